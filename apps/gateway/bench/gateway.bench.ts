// `pnpm bench` (gateway): an authenticated, tenant-scoped read through the gateway (token check,
// principal resolution, RLS transaction, problem handling, logging, rate limit) against a bare
// Hono route running the same SQL on the same PostgreSQL server without auth or RLS.
// Figures go to docs/benchmarks.md. Not a test: it asserts nothing.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
import { appUrlFor } from '@qms/db';
import { loadConfig, SigningKeys } from '@qms/platform';
import { Hono } from 'hono';
import postgres from 'postgres';
import { demoId } from '../src/demo/demo-organisations.js';
import { mintDemoToken } from '../src/demo/demo-tokens.js';
import { startPlatform } from '../src/platform.js';

const serverUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const autocannon = fileURLToPath(new URL('../../../node_modules/autocannon/autocannon.js', import.meta.url));

const name = `qms_bench_${randomBytes(4).toString('hex')}`;
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
  database: { kind: 'postgres', url: url.toString(), maxConnections: Number(process.env.BENCH_POOL ?? 10) },
});
const gateway = serve({ fetch: platform.app.fetch, port: 0, hostname: '127.0.0.1' });

const tenantId = demoId('barts-health');
const bareSql = postgres(url.toString(), { max: 10, onnotice: () => {} });
const bare = new Hono().get('/organisations/:id', async (c) => {
  const [row] = await bareSql`select * from tenancy.organisations where tenant_id = ${c.req.param('id')}`;
  return row ? c.json(row) : c.json({ status: 404 }, 404);
});
// The floor of any design that keeps a per-request RLS transaction: BEGIN, the tenant settings,
// the same SQL and COMMIT sent in one socket write, with no framework, token or principal work.
const floorSql = postgres(appUrlFor(url.toString()), { max: 10, onnotice: () => {} });
bare.get('/rls-floor/organisations/:id', async (c) => {
  const connection = await floorSql.reserve();
  try {
    const id = c.req.param('id');
    const [, , rows] = await Promise.all([
      connection`begin`,
      connection`select set_config('app.tenant_id', ${id}, true), set_config('app.platform_admin', 'off', true),
                        set_config('app.readable_tenants', '{}', true), set_config('role', 'qms_app', true)`,
      connection`select * from tenancy.organisations where tenant_id = ${id}`,
      connection`commit`,
    ]);
    return rows[0] ? c.json(rows[0]) : c.json({ status: 404 }, 404);
  } finally {
    connection.release();
  }
});
const bareServer = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => setTimeout(resolve, 300));
const port = (server: typeof gateway) => (server.address() as AddressInfo).port;
const token = await mintDemoToken(keys, config, 'barts-health', 'viewer', 3600);

interface Result {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}

// CPU time is counted as well as requests/s: on a shared, noisy machine the CPU spent per request
// (this Node process + the PostgreSQL backends of the bench database) moves far less than
// throughput does, and on a quiet CPU-bound machine its ratio is what throughput converges to.
const ticksPerSecond = 100; // Linux USER_HZ
async function backendPids(): Promise<number[]> {
  const rows = await bareSql<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${name}`;
  return rows.map((row) => row.pid);
}
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return 0; // a backend that ended; its time is lost (rare: pools keep connections open)
  }
}
async function cpuMs(): Promise<Map<string, number>> {
  const usage = process.cpuUsage();
  const sample = new Map([['node', (usage.user + usage.system) / 1000]]);
  for (const pid of await backendPids()) sample.set(`pg:${pid}`, processCpuMs(pid));
  return sample;
}
function spent(before: Map<string, number>, after: Map<string, number>, only?: string): number {
  let total = 0;
  for (const [key, value] of after) {
    if (only === undefined || key.startsWith(only)) total += value - (before.get(key) ?? 0);
  }
  return total;
}

// autocannon runs as a child process: the servers under test keep this process's event loop.
const run = promisify(execFile);
async function load(
  target: string,
  headers: string[] = [],
  duration = seconds,
  clients = connections,
): Promise<Result & { cpuMs: number; nodeCpuMs: number }> {
  const before = await cpuMs();
  const { stdout } = await run(
    process.execPath,
    [
      autocannon,
      '-j',
      '-c',
      String(clients),
      '-d',
      String(duration),
      ...headers.flatMap((header) => ['-H', header]),
      target,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const after = await cpuMs();
  return {
    ...(JSON.parse(stdout) as Result),
    cpuMs: spent(before, after),
    nodeCpuMs: spent(before, after, 'node'),
  };
}

const bareBase = `http://127.0.0.1:${port(bareServer)}`;
const paths = [
  {
    path: 'bare Hono route, same SQL, no auth/RLS',
    url: `${bareBase}/organisations/${tenantId}`,
    headers: [],
  },
  {
    path: 'floor: same SQL in an RLS transaction, one write, no auth',
    url: `${bareBase}/rls-floor/organisations/${tenantId}`,
    headers: [],
  },
  {
    path: 'gateway: JWT + principal + RLS transaction',
    url: `http://127.0.0.1:${port(gateway)}/v1/organisations/${tenantId}`,
    headers: [`Authorization=Bearer ${token}`],
  },
];
const selected = paths.filter(
  (entry) => process.env.BENCH_ONLY !== 'gateway' || entry.path.startsWith('gateway'),
);
// Warm every path (JIT, connection pools, prepared statements) before measuring.
for (const entry of selected) await load(entry.url, entry.headers, 2, 4);
// Alternate the paths so that noise from other work on the machine falls on all of them.
const runs: { path: string; result: Result & { cpuMs: number; nodeCpuMs: number } }[] = [];
for (let round = 0; round < 2; round++) {
  for (const entry of selected) runs.push({ path: entry.path, result: await load(entry.url, entry.headers) });
}

const summarise = (path: string) => {
  const mine = runs.filter((entry) => entry.path === path).map((entry) => entry.result);
  const requests = mine.reduce((sum, result) => sum + result.requests.total, 0);
  return {
    rps: mine.reduce((sum, result) => sum + result.requests.average, 0) / mine.length,
    p50: Math.max(...mine.map((result) => result.latency.p50)),
    p99: Math.max(...mine.map((result) => result.latency.p99)),
    cpuUsPerRequest: (mine.reduce((sum, result) => sum + result.cpuMs, 0) * 1000) / Math.max(requests, 1),
    nodeUsPerRequest:
      (mine.reduce((sum, result) => sum + result.nodeCpuMs, 0) * 1000) / Math.max(requests, 1),
    failures: mine.reduce((sum, result) => sum + result.errors + result.non2xx, 0),
  };
};
const figures = new Map(selected.map((entry) => [entry.path, summarise(entry.path)]));
console.log(
  `\nGateway read benchmark: ${connections} connections, 2 × ${seconds} s per path, PostgreSQL ${url.host}\n`,
);
console.log('| path | requests/s | p50 ms | p99 ms | CPU µs/request: Node + PostgreSQL = total | errors |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [path, result] of figures) {
  console.log(
    `| ${path} | ${result.rps.toFixed(0)} | ${result.p50} | ${result.p99} | ${result.nodeUsPerRequest.toFixed(0)} + ${(result.cpuUsPerRequest - result.nodeUsPerRequest).toFixed(0)} = ${result.cpuUsPerRequest.toFixed(0)} | ${result.failures} |`,
  );
}
const bareFigures = figures.get(paths[0]?.path ?? '');
if (bareFigures) {
  for (const [path, result] of figures) {
    if (result === bareFigures) continue;
    console.log(
      `\n${path} / bare: throughput ${(result.rps / bareFigures.rps).toFixed(2)}, ` +
        `CPU per request ${(bareFigures.cpuUsPerRequest / result.cpuUsPerRequest).toFixed(2)} (target ≥ 0.70)`,
    );
  }
}

gateway.close();
await floorSql.end();
bareServer.close();
await bareSql.end();
await platform.close();
const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
await cleanup.unsafe(`drop database if exists ${name} with (force)`);
await cleanup.end();
process.exit(0);
