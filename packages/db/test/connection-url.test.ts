import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresClient, postgresDatabase, socketOf } from '../src/index.js';

describe('socketOf (libpq’s host=/directory in a connection URL)', () => {
  it('leaves a URL without a socket directory as it is', () => {
    const url = 'postgres://qms_app:secret@db.example:6543/qms?sslmode=require';
    expect(socketOf(url)).toEqual({ url, socketPath: undefined });
  });

  it('leaves a host name in the parameter to postgres.js', () => {
    const url = 'postgres://qms_app@localhost/qms?host=db.example';
    expect(socketOf(url).socketPath).toBeUndefined();
  });

  it('turns the directory into the socket of the URL’s port and drops the parameter', () => {
    const { url, socketPath } = socketOf(
      'postgres://qms_app@localhost:6543/qms?host=/var/run/postgresql/&application_name=qms',
    );
    expect(socketPath).toBe('/var/run/postgresql/.s.PGSQL.6543');
    expect(new URL(url).searchParams.has('host')).toBe(false);
    expect(new URL(url).searchParams.get('application_name')).toBe('qms');
    expect(new URL(url).pathname).toBe('/qms');
  });

  it('uses PostgreSQL’s default port when the URL names none', () => {
    expect(socketOf('postgres://qms_app@localhost/qms?host=%2Ftmp').socketPath).toBe('/tmp/.s.PGSQL.5432');
  });
});

// Against the real server: the socket directory is the one it reports, so this runs wherever
// the tests' PostgreSQL runs on the same machine (as in CI).
const serverUrl = process.env.TEST_DATABASE_URL;
describe.runIf(serverUrl)('a Unix-socket URL against the PostgreSQL server', () => {
  let socketUrl: string;
  beforeAll(async () => {
    const tcp = postgres(serverUrl as string, { max: 1, onnotice: () => {} });
    const [{ unix_socket_directories: directories } = { unix_socket_directories: '' }] =
      await tcp`show unix_socket_directories`;
    await tcp.end();
    const url = new URL(serverUrl as string);
    url.searchParams.set('host', String(directories).split(',')[0]?.trim() ?? '');
    socketUrl = url.toString();
  });

  const clients: postgres.Sql[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end({ timeout: 1 })));
  });

  it('connects through the socket, not TCP (the server sees no client address)', async () => {
    const client = postgresClient(socketUrl, { max: 1, onnotice: () => {} });
    clients.push(client);
    const [row] = await client`select inet_client_addr() as address, current_database() as database`;
    expect(row?.address).toBeNull();
    expect(row?.database).toBe(new URL(serverUrl as string).pathname.slice(1));
  });

  it('serves the application pool the same way', async () => {
    const name = `qms_socket_test_${process.pid}_${Date.now().toString(36)}`;
    const url = new URL(socketUrl);
    url.searchParams.set('application_name', name);
    const database = postgresDatabase({ url: url.toString(), appUrl: url.toString(), maxConnections: 1 });
    const observer = postgres(serverUrl as string, { max: 1, onnotice: () => {} });
    clients.push(observer);
    try {
      expect(await database.ping()).toBe(true);
      // A Unix-socket client has no address and port -1 in the server's own view.
      const seen =
        await observer`select client_addr, client_port from pg_stat_activity where application_name = ${name}`;
      expect([...seen]).toEqual([{ client_addr: null, client_port: -1 }]);
    } finally {
      await database.close();
    }
  });
});
