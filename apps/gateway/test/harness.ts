import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createQmsClient } from '@qms/client';
import { type DatabaseConfig, postgresDatabase, type Role } from '@qms/db';
import {
  generateSecrets,
  type Listening,
  listen,
  loadConfig,
  type PlatformConfig,
  type PlatformSecrets,
  type RunningService,
  SigningKeys,
  startService,
} from '@qms/platform';
import postgres from 'postgres';
import { mintDemoToken } from '../src/demo/demo-tokens.js';
import { type RunningPlatform, startPlatform } from '../src/platform.js';
import { SERVICES } from '../src/services.js';

/**
 * `postgres-forwarded`: every service as its own HTTP server (own app, own pool, own port) and
 * the gateway forwarding to them over HTTP, as when they are deployed separately.
 */
export type Engine = 'pglite' | 'postgres' | 'postgres-forwarded';

/** PGlite always; PostgreSQL in one process and behind a forwarding gateway when TEST_DATABASE_URL names a server. */
export const engines: Engine[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres', 'postgres-forwarded']
  : ['pglite'];

export interface TestPlatform {
  engine: Engine;
  baseUrl: string;
  platform: RunningPlatform;
  config: PlatformConfig;
  /** The PostgreSQL database of this platform (not with PGlite). */
  databaseUrl: string | undefined;
  /** The services running on their own (engine `postgres-forwarded` only). */
  services: { service: RunningService; listening: Listening; url: string }[];
  /** The platform's signing keys, so tests can forge tokens the platform must refuse. */
  secrets: PlatformSecrets;
  /** A demo person's token (see apps/gateway/src/demo). */
  token(slug: string, role: Role): Promise<string>;
  /** The typed client generated from the OpenAPI document. */
  client(token?: string): ReturnType<typeof createQmsClient>;
  /** Plain fetch against the gateway, for what the typed client cannot send (bad JSON, huge bodies). */
  fetch(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
  close(): Promise<void>;
}

/** A fresh database on the PostgreSQL server for this test file, dropped at the end. */
export async function freshPostgresDatabase(serverUrl: string) {
  const name = `qms_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** Each service on a port of its own, on its own pool of the same database, with the gateway's keys. */
async function startServices(config: PlatformConfig, databaseUrl: string, keys: SigningKeys) {
  return Promise.all(
    SERVICES.map(async (definition) => {
      const pool = postgresDatabase({ url: databaseUrl, maxConnections: 2 });
      const service = startService(definition, { config, database: pool, keys });
      const listening = await listen(service.app.fetch, { port: 0, hostname: '127.0.0.1' });
      return {
        definition,
        service,
        listening,
        url: `http://127.0.0.1:${listening.port}`,
        close: async () => {
          await listening.stop(0);
          await service.close();
          await pool.close();
        },
      };
    }),
  );
}

/**
 * Starts the whole platform as `npm start` does (migrations, demo seed, every service behind the
 * gateway) on a real HTTP port, on a fresh PGlite or a fresh PostgreSQL database; with
 * `postgres-forwarded`, the services run as HTTP servers of their own behind a forwarding gateway.
 */
export async function startTestPlatform(
  engine: Engine,
  env: Record<string, string> = {},
): Promise<TestPlatform> {
  // TEST_LOG_LEVEL=warn shows the platform's own logs (a forwarding failure names its cause).
  const baseEnv = { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', QMS_RATE_LIMIT: '100000/60', ...env };
  let config = loadConfig(baseEnv);
  let drop: () => Promise<void> = async () => {};
  let database: DatabaseConfig = { kind: 'pglite' };
  if (engine !== 'pglite') {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
    const fresh = await freshPostgresDatabase(serverUrl);
    drop = fresh.drop;
    database = { kind: 'postgres', url: fresh.url, maxConnections: 4 };
  }
  const secrets = await generateSecrets();
  // One key set for every server here stands for one QMS_SECRETS given to every process (so a
  // test's key rotation reaches them all, as a rollout of new secrets would); the child-process
  // test in topology.test.ts loads the keys from QMS_SECRETS in each process.
  const keys = SigningKeys.fromJson(JSON.stringify(secrets));
  let services: Awaited<ReturnType<typeof startServices>> = [];
  if (engine === 'postgres-forwarded' && database.kind === 'postgres') {
    // Services start before the gateway has migrated: their pools connect on first use.
    services = await startServices(config, database.url, keys);
    const urls: Record<string, string> = {};
    for (const running of services) urls[running.definition.urlVariable] = running.url;
    config = loadConfig({ ...baseEnv, ...urls });
  }
  const platform = await startPlatform({ config, database, keys });
  const server = serve({ fetch: platform.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    engine,
    baseUrl,
    platform,
    config,
    databaseUrl: database.kind === 'postgres' ? database.url : undefined,
    services: services.map(({ service, listening, url }) => ({ service, listening, url })),
    secrets,
    token: (slug, role) => mintDemoToken(keys, config, slug, role, 3600),
    client: (token) => createQmsClient({ baseUrl, ...(token ? { token } : {}) }),
    fetch: (path, init = {}) => {
      const { token, headers, ...rest } = init;
      return fetch(`${baseUrl}${path}`, {
        ...rest,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(headers as Record<string, string>),
        },
      });
    },
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections(): void }).closeAllConnections();
      });
      await platform.close();
      await Promise.all(services.map((running) => running.close()));
      await drop();
    },
  };
}

export const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
