import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measures, measureVersions } from '@qms/db';
import { generateSecrets, type Listening, listen, loadConfig, SigningKeys } from '@qms/platform';
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '../src/demo/demo-organisations.js';
import { mintDemoToken } from '../src/demo/demo-tokens.js';
import { demoUnitId } from '../src/demo/seed.js';
import { type RunningPlatform, startPlatform } from '../src/platform.js';
import { SERVICES } from '../src/services.js';
import { freshPostgresDatabase, startTestPlatform, type TestPlatform } from './harness.js';

// Services deployed as their own processes need PostgreSQL (PGlite serves one process only).
const serverUrl = process.env.TEST_DATABASE_URL;

const barts = demoId('barts-health');

interface Problem {
  type: string;
  status: number;
  detail?: string;
  instance?: string;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { operationId: string; security?: unknown[] }>>;
}

describe.runIf(serverUrl)('the gateway forwarding to services on their own', () => {
  let t: TestPlatform;
  let viewer: string;

  beforeAll(async () => {
    t = await startTestPlatform('postgres-forwarded');
    viewer = await t.token('barts-health', 'viewer');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('forwards every operation of the OpenAPI document to the service that defines it', async () => {
    const document = (await (await t.fetch('/openapi.json')).json()) as OpenApiDocument;
    let protectedOperations = 0;
    for (const [template, operations] of Object.entries(document.paths)) {
      const path = template.replace(/\{[^}]+\}/g, () => uuidv7());
      for (const [method, operation] of Object.entries(operations)) {
        if (!operation.security || operation.security.length === 0) continue;
        protectedOperations++;
        // The forwarding routes have no operation middleware: a 401 for a request without a
        // token can only come from the service's own operation.
        const response = await t.fetch(path, { method: method.toUpperCase() });
        expect(response.status, `${method} ${template} (${operation.operationId})`).toBe(401);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
        await response.body?.cancel();
      }
    }
    expect(protectedOperations).toBeGreaterThan(80);
  });

  it('gives the service the caller’s request id, or its own, so one id follows the request', async () => {
    const given = `topology-${uuidv7()}`;
    const missing = await t.fetch(`/v1/units/${uuidv7()}`, {
      token: viewer,
      headers: { 'Request-Id': given },
    });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('request-id')).toBe(given);
    // The problem document is written by the service: its instance is the id it was given.
    expect(((await missing.json()) as Problem).instance).toBe(given);

    const unnamed = await t.fetch(`/v1/units/${uuidv7()}`, { token: viewer });
    const generated = unnamed.headers.get('request-id');
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await unnamed.json()) as Problem).instance).toBe(generated);
  });

  it('streams an upload: the service answers a bad CSV header while the body is still being sent', async () => {
    const submitter = await t.token('barts-health', 'submitter');
    const encoder = new TextEncoder();
    let sendingStopped = false;
    // The body never ends by itself: were it buffered anywhere on the way, no answer could come.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('measureId,period,status,colour\n'));
        controller.enqueue(encoder.encode(`${uuidv7()},2024-01-01,final,red\n`.repeat(2_000)));
      },
      cancel() {
        sendingStopped = true;
      },
    });
    const abandon = new AbortController();
    const timer = setTimeout(() => abandon.abort(), 20_000);
    try {
      const response = await t.fetch('/v1/submissions', {
        method: 'POST',
        token: submitter,
        headers: { 'Content-Type': 'text/csv' },
        body,
        duplex: 'half',
        signal: abandon.signal,
      } as RequestInit & { token: string });
      expect(response.status).toBe(400);
      expect(((await response.json()) as Problem).detail).toContain('Unknown CSV column(s) colour');
    } finally {
      clearTimeout(timer);
      abandon.abort();
    }
    expect(sendingStopped || abandon.signal.aborted).toBe(true);
  });

  it('streams a large CSV upload through to the measures service', { timeout: 180_000 }, async () => {
    const measureIds: string[] = [];
    for (let index = 0; index < 5; index++) {
      const measureId = uuidv7();
      measureIds.push(measureId);
      await t.platform.owner.db
        .insert(measures)
        .values({ tenantId: barts, id: measureId, code: `TOPOLOGY-BULK-${index}` });
      await t.platform.owner.db.insert(measureVersions).values({
        tenantId: barts,
        id: uuidv7(),
        measureId,
        version: 1,
        status: 'active',
        title: `Topology bulk ${index}`,
        kind: 'process',
        valueType: 'count',
        multiplier: 1,
        periodicity: 'week',
        improvementDirection: 'increase',
        dataQualityRules: {},
      });
    }
    const units = [
      '',
      ...['site', 'urgent-care', 'ed', 'amu', 'ed-nursing'].map((key) => demoUnitId('barts-health', key)),
    ];
    const weeks = 1_000;
    const total = weeks * units.length * measureIds.length;
    const encoder = new TextEncoder();
    let week = 0;
    let sentBytes = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (week >= weeks) {
          controller.close();
          return;
        }
        const lines = week === 0 ? ['measureId,unitId,period,value,status'] : [];
        // Mondays from 1 January 1990 (a Monday), twenty weeks a pull.
        for (let batch = 0; batch < 20 && week < weeks; batch++, week++) {
          const period = new Date(Date.UTC(1990, 0, 1) + week * 7 * 86_400_000).toISOString().slice(0, 10);
          for (const measureId of measureIds) {
            for (const unitId of units) lines.push(`${measureId},${unitId},${period},${week % 13},final`);
          }
        }
        const chunk = encoder.encode(`${lines.join('\n')}\n`);
        sentBytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const submitter = await t.token('barts-health', 'submitter');
    const response = await t.fetch('/v1/submissions', {
      method: 'POST',
      token: submitter,
      headers: { 'Content-Type': 'text/csv' },
      body,
      duplex: 'half',
    } as RequestInit & { token: string });
    const text = await response.text();
    expect(response.status, text.slice(0, 500)).toBe(201);
    expect(JSON.parse(text)).toMatchObject({ outcome: 'accepted', received: total, created: total });
    expect(sentBytes).toBeGreaterThan(1_000_000);
  });

  describe('with a gateway that waits 1 s for a service', () => {
    let impatient: RunningPlatform;
    let listening: Listening;
    let base: string;

    beforeAll(async () => {
      const urls: Record<string, string> = {};
      for (const [index, service] of SERVICES.entries()) {
        const running = t.services[index];
        if (running) urls[service.urlVariable] = running.url;
      }
      impatient = await startPlatform({
        config: loadConfig({
          LOG_LEVEL: 'silent',
          QMS_SEED_DEMO: 'never',
          QMS_SERVICE_TIMEOUT_MS: '1000',
          ...urls,
        }),
        database: { kind: 'postgres', url: t.databaseUrl ?? '', maxConnections: 1 },
        keys: t.platform.services.keys,
      });
      listening = await listen(impatient.app.fetch, { port: 0, hostname: '127.0.0.1' });
      base = `http://127.0.0.1:${listening.port}`;
    });
    afterAll(async () => {
      await listening?.stop(0);
      await impatient?.close();
    });

    it('answers 504 problem+json when the service does not answer in time', async () => {
      // The tenants service is made slow for real: its units table is locked by another session.
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked = () => {};
      const lockTaken = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const holding = t.platform.owner.db.transaction(async (tx) => {
        await tx.execute(sql`lock table tenancy.units in access exclusive mode`);
        locked();
        await released;
      });
      await lockTaken;
      try {
        const started = performance.now();
        const response = await fetch(`${base}/v1/units`, { headers: { Authorization: `Bearer ${viewer}` } });
        const waited = performance.now() - started;
        expect(response.status).toBe(504);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        const problem = (await response.json()) as Problem;
        expect(problem).toMatchObject({ type: '/problems/gateway-timeout', status: 504 });
        expect(problem.detail).toContain('tenants');
        expect(problem.instance).toBe(response.headers.get('request-id'));
        expect(waited).toBeGreaterThanOrEqual(950);
        expect(waited).toBeLessThan(10_000);
      } finally {
        release();
        await holding;
      }
      // The service itself is fine once the lock goes.
      expect(
        (await fetch(`${base}/v1/units`, { headers: { Authorization: `Bearer ${viewer}` } })).status,
      ).toBe(200);
      expect((await fetch(`${base}/problems/gateway-timeout`)).status).toBe(200);
    });
  });

  // Last: it stops a service.
  it('answers 503 problem+json at once when a service is stopped, and is not ready', async () => {
    const ready = await t.fetch('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok' });
    const measuresIndex = SERVICES.findIndex((service) => service.name === 'measures');
    await t.services[measuresIndex]?.listening.stop(0);

    const started = performance.now();
    const response = await t.fetch('/v1/measures', { token: viewer });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect((await response.json()) as Problem).toMatchObject({
      type: '/problems/service-unavailable',
      status: 503,
      detail: expect.stringContaining('measures'),
    });
    // The other services still answer.
    expect((await t.fetch('/v1/units', { token: viewer })).status).toBe(200);

    const notReady = await t.fetch('/readyz');
    expect(notReady.status).toBe(503);
    expect(notReady.headers.get('retry-after')).toBe('5');
    expect(await notReady.json()).toEqual({
      status: 'unavailable',
      services: { tenants: 'ok', measures: 'unavailable', benchmarking: 'ok', assurance: 'ok' },
    });
  });
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** A process started as `pnpm start` does (tsx), its output kept for the failure message. */
function startProcess(main: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitUntilAnswering(url: string, deadline: number, output: () => string) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer in time:\n${output()}`);
}

describe.runIf(serverUrl)('every service as its own process (tsx src/main.ts)', () => {
  const children: ChildProcess[] = [];
  let drop: () => Promise<void> = async () => {};
  const dataDir = mkdtempSync(join(tmpdir(), 'qms-topology-'));
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves each service through the gateway, verifying the same keys everywhere', {
    timeout: 240_000,
  }, async () => {
    const fresh = await freshPostgresDatabase(serverUrl ?? '');
    drop = fresh.drop;
    const secrets = JSON.stringify(await generateSecrets());
    const common = {
      DATABASE_URL: fresh.url,
      QMS_SECRETS: secrets,
      QMS_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
    };
    const deadline = Date.now() + 180_000;

    const services = await Promise.all(
      SERVICES.map(async (service) => {
        const port = await freePort();
        const main = fileURLToPath(new URL(`../../${service.name}/src/main.ts`, import.meta.url));
        const running = startProcess(main, { ...common, PORT: String(port) });
        children.push(running.child);
        return { service, running, url: `http://127.0.0.1:${port}` };
      }),
    );
    const gatewayPort = await freePort();
    const urls = Object.fromEntries(services.map(({ service, url }) => [service.urlVariable, url]));
    const gateway = startProcess(fileURLToPath(new URL('../src/main.ts', import.meta.url)), {
      ...common,
      ...urls,
      PORT: String(gatewayPort),
    });
    children.push(gateway.child);
    const base = `http://127.0.0.1:${gatewayPort}`;
    for (const { url, running } of services)
      await waitUntilAnswering(`${url}/healthz`, deadline, running.output);
    await waitUntilAnswering(`${base}/readyz`, deadline, gateway.output);

    // The gateway is ready only when every service it forwards to is.
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ok' });
    // Tokens signed with the configured keys verify in every process.
    const keys = SigningKeys.fromJson(secrets);
    const config = loadConfig({});
    const token = await mintDemoToken(keys, config, 'barts-health', 'tenant_admin', 600);
    const requestId = `processes-${uuidv7()}`;
    for (const [path, service] of [
      ['/v1/me', 'tenants'],
      ['/v1/measures', 'measures'],
      ['/v1/benchmark-runs', 'benchmarking'],
      ['/v1/inspections', 'assurance'],
    ] as const) {
      const response = await fetch(`${base}${path}`, {
        headers: { Authorization: `Bearer ${token}`, 'Request-Id': requestId },
      });
      expect(response.status, `${path} (${service}): ${await response.clone().text()}`).toBe(200);
      expect(response.headers.get('request-id')).toBe(requestId);
    }
    // The OAuth endpoints live in the tenants service too.
    const jwks = (await (await fetch(`${base}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] };
    expect(jwks.keys.map((key) => key.kid)).toEqual(
      JSON.parse(secrets).keys.map((key: { kid: string }) => key.kid),
    );

    // SIGTERM: every process drains and exits cleanly.
    const exits = [gateway, ...services.map(({ running }) => running)].map(({ child, exited }) => {
      child.kill('SIGTERM');
      return exited;
    });
    expect(await Promise.all(exits)).toEqual([0, 0, 0, 0, 0]);
  });
});
