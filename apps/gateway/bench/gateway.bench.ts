// `pnpm bench` (gateway): an authenticated, tenant-scoped read through the gateway (token check,
// principal resolution, RLS transaction, problem handling, logging, rate limit) against a bare
// Hono route running the same SQL on the same PostgreSQL server without auth or RLS.
// Figures go to docs/benchmarks.md. Not a test: it asserts nothing.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serve } from '@hono/node-server';
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
const bareServer = serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => setTimeout(resolve, 300));
const port = (server: typeof gateway) => (server.address() as AddressInfo).port;
const token = await mintDemoToken(keys, config, 'barts-health', 'viewer', 3600);

interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}

// autocannon runs as a child process: the servers under test keep this process's event loop.
const run = promisify(execFile);
async function load(
  target: string,
  headers: string[] = [],
  duration = seconds,
  clients = connections,
): Promise<Result> {
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
  return JSON.parse(stdout) as Result;
}

const gatewayUrl = `http://127.0.0.1:${port(gateway)}/v1/organisations/${tenantId}`;
const bareUrl = `http://127.0.0.1:${port(bareServer)}/organisations/${tenantId}`;
// Warm both paths (JIT, connection pools) before measuring.
await load(bareUrl, [], 2, 4);
await load(gatewayUrl, [`Authorization=Bearer ${token}`], 2, 4);
// Alternate the two so that noise from other work on the machine falls on both.
const runs: { path: string; result: Result }[] = [];
for (let round = 0; round < 2; round++) {
  if (process.env.BENCH_ONLY !== 'gateway')
    runs.push({ path: 'bare Hono + SQL', result: await load(bareUrl) });
  runs.push({
    path: 'gateway (auth + RLS)',
    result: await load(gatewayUrl, [`Authorization=Bearer ${token}`]),
  });
}

const summarise = (path: string) => {
  const mine = runs.filter((run) => run.path === path).map((run) => run.result);
  return {
    rps: mine.reduce((sum, result) => sum + result.requests.average, 0) / mine.length,
    p50: Math.max(...mine.map((result) => result.latency.p50)),
    p99: Math.max(...mine.map((result) => result.latency.p99)),
    failures: mine.reduce((sum, result) => sum + result.errors + result.non2xx, 0),
  };
};
const bareFigures = summarise('bare Hono + SQL');
const gatewayFigures = summarise('gateway (auth + RLS)');
console.log(
  `\nGateway read benchmark: ${connections} connections, 2 × ${seconds} s per path, PostgreSQL ${url.host}\n`,
);
console.log('| path | requests/s | p50 ms | p99 ms | errors |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [path, figures] of [
  ['bare Hono route, same SQL, no auth/RLS', bareFigures],
  ['gateway: JWT + principal + RLS transaction', gatewayFigures],
] as const) {
  console.log(
    `| ${path} | ${figures.rps.toFixed(0)} | ${figures.p50} | ${figures.p99} | ${figures.failures} |`,
  );
}
console.log(
  `\ngateway / bare throughput: ${(gatewayFigures.rps / bareFigures.rps).toFixed(2)} (target ≥ 0.70)`,
);

gateway.close();
bareServer.close();
await bareSql.end();
await platform.close();
const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
await cleanup.unsafe(`drop database if exists ${name} with (force)`);
await cleanup.end();
process.exit(0);
