// The platform under load, in a process of its own so the load driver never shares its event
// loop: a fresh PostgreSQL database (dropped on exit), migrations and the demo seed, the gateway
// on a free port. It prepares what the journeys reuse (a benchmark run, an inspection in
// fieldwork), mints the demo tokens and prints one JSON line for the driver, then serves until
// SIGTERM.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { DEMO_ORGANISATIONS, demoId, mintDemoToken, startPlatform } from '@qms/gateway';
import { loadConfig, SigningKeys } from '@qms/platform';
import postgres from 'postgres';

export interface LoadTarget {
  baseUrl: string;
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

const serverUrl =
  process.env.LOAD_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const name = `qms_load_${randomBytes(4).toString('hex')}`;
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
await admin.end();
const url = new URL(serverUrl);
url.pathname = `/${name}`;

const config = loadConfig({ LOG_LEVEL: 'silent', QMS_RATE_LIMIT: '100000000/60' });
const keys = await SigningKeys.inMemory();
const platform = await startPlatform({
  config,
  keys,
  database: { kind: 'postgres', url: url.toString(), maxConnections: Number(process.env.LOAD_POOL ?? 10) },
});
const server = serve({ fetch: platform.app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

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

const target: LoadTarget = {
  baseUrl,
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
  server.close();
  await platform.close();
  const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await cleanup.unsafe(`drop database if exists ${name} with (force)`);
  await cleanup.end();
  process.exit(0);
}
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
