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
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { DEMO_ORGANISATIONS, demoId, mintDemoToken, startPlatform } from '@qms/gateway';
import { generateSecrets, loadConfig, SigningKeys } from '@qms/platform';
import postgres from 'postgres';

export interface LoadTarget {
  /** Every replica's address; requests go round them in turn. */
  baseUrls: string[];
  database: string;
  tokens: {
    /** One submitter per actively enrolled trust, so submissions spread over tenants. */
    submitters: string[];
    boardViewer: string;
    analyst: string;
    inspector: string;
  };
  ids: {
    measureSet: string;
    measures: { fourHour: string; attendances: string; admissions: string };
    programme: string;
    benchmarkRun: string;
    inspection: string;
    frameworkVersion: string;
    inspected: string;
  };
}

const config = loadConfig({ LOG_LEVEL: 'silent', QMS_RATE_LIMIT: '100000000/60' });
const pool = Number(process.env.LOAD_POOL ?? 10);

async function serveOn(databaseUrl: string, keys: SigningKeys) {
  const platform = await startPlatform({
    config,
    keys,
    database: { kind: 'postgres', url: databaseUrl, maxConnections: pool },
  });
  const server = serve({ fetch: platform.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  return { platform, server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

// A replica: the database is migrated and seeded already; serve until told to stop.
if (process.env.LOAD_REPLICA_DATABASE_URL && process.env.LOAD_REPLICA_SECRETS) {
  const replica = await serveOn(
    process.env.LOAD_REPLICA_DATABASE_URL,
    SigningKeys.fromJson(process.env.LOAD_REPLICA_SECRETS),
  );
  process.stdout.write(`${JSON.stringify({ baseUrl: replica.baseUrl })}\n`);
  const stopReplica = async () => {
    replica.server.close();
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
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
await admin.end();
const url = new URL(serverUrl);
url.pathname = `/${name}`;

const secrets = JSON.stringify(await generateSecrets());
const keys = SigningKeys.fromJson(secrets);
const { platform, server, baseUrl } = await serveOn(url.toString(), keys);

const token = (slug: string, role: Parameters<typeof mintDemoToken>[3]) =>
  mintDemoToken(keys, config, slug, role, 6 * 60 * 60);
const submitters = await Promise.all(
  DEMO_ORGANISATIONS.filter((o) => o.kind === 'trust' && o.slug !== 'royal-cornwall').map((o) =>
    token(o.slug, 'submitter'),
  ),
);
const analyst = await token('national-quality-body', 'analyst');
const inspector = await token('care-regulator', 'inspector');

async function call<T>(
  path: string,
  bearer: string,
  init: RequestInit = {},
): Promise<{ body: T; etag: string }> {
  const response = await fetch(`${baseUrl}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', ...init.headers },
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`set-up ${init.method ?? 'GET'} ${path}: ${response.status} ${text}`);
  return { body: JSON.parse(text) as T, etag: response.headers.get('etag') ?? '' };
}

const programme = demoId('programme/uec-flow');
const measures = {
  fourHour: demoId('measure/AE-4HR'),
  attendances: demoId('measure/AE-ATT'),
  admissions: demoId('measure/AE-ADM'),
};
const run = await call<{ id: string }>('/v1/benchmark-runs', analyst, {
  method: 'POST',
  body: JSON.stringify({
    programmeId: programme,
    measureId: measures.fourHour,
    period: { type: 'quarter', quarter: '2019-Q1' },
  }),
});
const frameworkVersion = demoId('framework/demo-five-questions/v1');
const inspected = demoId('barts-health');
const planned = await call<{ id: string }>('/v1/inspections', inspector, {
  method: 'POST',
  body: JSON.stringify({
    organisationId: inspected,
    frameworkVersionId: frameworkVersion,
    type: 'announced',
    title: 'Load test: urgent and emergency care',
    team: ['inspector@care-regulator'],
    startsOn: '2026-03-02',
    endsOn: '2026-03-04',
  }),
});
await call(`/v1/inspections/${planned.body.id}/start-fieldwork`, inspector, {
  method: 'POST',
  headers: { 'If-Match': planned.etag },
});

const replicas: ChildProcess[] = [];
const baseUrls = [baseUrl];
for (let n = 1; n < Number(process.env.LOAD_REPLICAS ?? 2); n++) {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOAD_REPLICA_DATABASE_URL: url.toString(), LOAD_REPLICA_SECRETS: secrets },
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
  tokens: { submitters, boardViewer: await token('barts-health', 'viewer'), analyst, inspector },
  ids: {
    measureSet: demoId('measure-set/uec-board'),
    measures,
    programme,
    benchmarkRun: run.body.id,
    inspection: planned.body.id,
    frameworkVersion,
    inspected,
  },
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
  server.close();
  await platform.close();
  const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await cleanup.unsafe(`drop database if exists ${name} with (force)`);
  await cleanup.end();
  process.exit(0);
}
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
