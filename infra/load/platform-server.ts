// The platform under load, in a process of its own so the load driver never shares its event
// loop: a fresh PostgreSQL database (dropped on exit), migrations and the demo seed, the gateway
// on a free port. It prepares what the journeys reuse (a benchmark run, an inspection in
// fieldwork), mints the demo tokens and prints one JSON line for the driver, then serves until
// SIGTERM.
//
// With LOAD_REPLICAS=n (default 2, one per core) it also starts n - 1 replicas of the platform
// in processes of their own, on the same database with the same signing keys, as a deployment
// runs stateless replicas behind a load balancer; the driver spreads requests over them.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { postgresClient } from '@qms/db';
import { startPlatform } from '@qms/gateway';
import { createLogger, generateSecrets, listen, loadConfig, SigningKeys } from '@qms/platform';
import pino from 'pino';
import { type LoadFixtures, prepareFixtures } from './fixtures.js';

export interface LoadTarget extends LoadFixtures {
  /** Every replica's address; requests go round them in turn. */
  baseUrls: string[];
  database: string;
  /** How the database's dead rows and statistics are kept up during the run. */
  maintenance: string;
  /** Logging and rate limiting, as the replicas run them. */
  runtime: string;
}

// As deployed: one log line per request at info, written synchronously as pino writes to a
// container's stdout (here to a file per replica, removed at the end), and rate limits counted
// in Redis, shared by the replicas, with a limit the journeys stay under. LOAD_LOG_LEVEL=silent
// and LOAD_REDIS_URL= (empty) measure the platform without either.
const redisUrl = process.env.LOAD_REDIS_URL ?? 'redis://127.0.0.1:6379';
const config = loadConfig({
  LOG_LEVEL: process.env.LOAD_LOG_LEVEL ?? 'info',
  QMS_RATE_LIMIT: '100000000/60',
  ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
});
const logFile = (database: string, replica: number) => join(tmpdir(), `${database}-replica-${replica}.log`);
// Connections per replica, as infra/k8s/configmap.yaml sets QMS_DATABASE_POOL_SIZE: with two
// replicas, eight backends on a two-core database (docs/benchmarks.md compares 2, 4, 6 and 10).
const pool = Number(process.env.LOAD_POOL ?? 4);

async function serveOn(databaseUrl: string, keys: SigningKeys, replica: number) {
  const database = new URL(databaseUrl).pathname.slice(1);
  const platform = await startPlatform({
    config,
    ...(config.LOG_LEVEL === 'silent'
      ? {}
      : {
          logger: createLogger(
            config.LOG_LEVEL,
            pino.destination({ dest: logFile(database, replica), sync: true }),
          ),
        }),
    keys,
    database: { kind: 'postgres', url: databaseUrl, maxConnections: pool },
  });
  // The services' own listener (keep-alive and draining as deployed).
  const server = await listen(platform.app.fetch, { port: 0, hostname: '127.0.0.1' });
  return { platform, server, baseUrl: `http://127.0.0.1:${server.port}` };
}

// A replica: the database is migrated and seeded already; serve until told to stop.
if (process.env.LOAD_REPLICA_DATABASE_URL && process.env.LOAD_REPLICA_SECRETS) {
  const replica = await serveOn(
    process.env.LOAD_REPLICA_DATABASE_URL,
    SigningKeys.fromJson(process.env.LOAD_REPLICA_SECRETS),
    Number(process.env.LOAD_REPLICA_NUMBER),
  );
  process.stdout.write(`${JSON.stringify({ baseUrl: replica.baseUrl })}\n`);
  const stopReplica = async () => {
    await replica.server.stop(5_000);
    await replica.platform.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stopReplica());
  process.once('SIGINT', () => void stopReplica());
  await new Promise(() => {});
}

const serverUrl =
  process.env.LOAD_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const name = `qms_load_${randomBytes(4).toString('hex')}`;
const admin = postgresClient(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
await admin.end();
const url = new URL(serverUrl);
url.pathname = `/${name}`;

const secrets = JSON.stringify(await generateSecrets());
const keys = SigningKeys.fromJson(secrets);
const { platform, server, baseUrl } = await serveOn(url.toString(), keys, 0);

const fixtures = await prepareFixtures(platform.app, keys, config);

// A deployment's PostgreSQL runs autovacuum (the default, and the compose file's image); this
// machine's runs with it off. Without it the journeys' revisions leave dead rows and stale
// statistics behind for the whole run, which no production database would. So the harness does
// what autovacuum would with its default settings: every minute (autovacuum_naptime), VACUUM
// the tables past its vacuum thresholds and ANALYZE those past its analyze threshold. Said in
// the output. Like autovacuum, it works at its pace: a 2 ms pause after each 200 units of page
// cost (autovacuum_vacuum_cost_delay and vacuum_cost_limit), where a manual VACUUM would run
// unthrottled and take a core from the platform for as long as it lasts.
const maintenance = postgresClient(url.toString(), {
  max: 1,
  onnotice: () => {},
  connection: { vacuum_cost_delay: 2, vacuum_cost_limit: 200 },
});
const [{ autovacuum } = { autovacuum: 'on' }] = await maintenance<{ autovacuum: string }[]>`show autovacuum`;
const vacuumEveryMs = 60_000;
async function vacuumLikeAutovacuum() {
  const due = await maintenance<{ name: string; vacuum: boolean }[]>`
    select format('%I.%I', t.schemaname, t.relname) as name,
           n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0)
             or n_ins_since_vacuum > 1000 + 0.2 * greatest(c.reltuples, 0) as vacuum
      from pg_stat_user_tables t join pg_class c on c.oid = t.relid
     where n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0)
        or n_ins_since_vacuum > 1000 + 0.2 * greatest(c.reltuples, 0)
        or n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)`;
  for (const table of due) {
    await maintenance.unsafe(`${table.vacuum ? 'vacuum (analyze)' : 'analyze'} ${table.name}`);
  }
}
const vacuum = () =>
  vacuumLikeAutovacuum().catch((error: unknown) => {
    // Said, not swallowed: a run without its maintenance would measure the wrong thing.
    console.error('load: maintenance failed:', error);
  });
if (autovacuum !== 'on') await vacuum();
const vacuuming = autovacuum === 'on' ? undefined : setInterval(vacuum, vacuumEveryMs);

const replicas: ChildProcess[] = [];
const baseUrls = [baseUrl];
for (let n = 1; n < Number(process.env.LOAD_REPLICAS ?? 2); n++) {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      LOAD_REPLICA_DATABASE_URL: url.toString(),
      LOAD_REPLICA_SECRETS: secrets,
      LOAD_REPLICA_NUMBER: String(n),
    },
  });
  replicas.push(child);
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`replica exited (${code}) before it was ready`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', resolve);
  });
  baseUrls.push((JSON.parse(line) as { baseUrl: string }).baseUrl);
}

const target: LoadTarget = {
  baseUrls,
  database: `${url.host}/${name}`,
  maintenance:
    autovacuum === 'on'
      ? 'autovacuum on'
      : `autovacuum off on this server: the harness vacuums and analyzes at autovacuum's default thresholds every ${vacuumEveryMs / 1000} s`,
  runtime: `logs at ${config.LOG_LEVEL}${config.LOG_LEVEL === 'silent' ? '' : ` to ${logFile(name, 0).replace('-0.log', '-N.log')}`}, rate limits in ${redisUrl ? `Redis ${redisUrl}` : 'memory'}`,
  ...fixtures,
};
process.stdout.write(`${JSON.stringify(target)}\n`);

async function stop() {
  await Promise.all(
    replicas.map(
      (child) =>
        new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
  clearInterval(vacuuming);
  await maintenance.end({ timeout: 5 });
  await server.stop(5_000);
  await platform.close();
  const cleanup = postgresClient(serverUrl, { max: 1, onnotice: () => {} });
  await cleanup.unsafe(`drop database if exists ${name} with (force)`);
  await cleanup.end();
  for (let n = 0; n < baseUrls.length; n++) rmSync(logFile(name, n), { force: true });
  process.exit(0);
}
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
