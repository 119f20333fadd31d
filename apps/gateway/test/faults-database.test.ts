import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMeasureId } from '../src/demo/demo-measures.js';
import type { TestPlatform } from './harness.js';
import { startPostgresPlatformBehind, TcpProxy } from './support/tcp-proxy.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const ROWS_PER_BATCH = 4;
/** No request may take longer than this, outage or not (the driver's connect timeout is 5 s). */
const REQUEST_BOUND_MS = 10_000;

interface Outcome {
  n: number;
  status: number | 'no-response';
  contentType: string | null;
  retryAfter: string | null;
  problemType: string | undefined;
  submissionId: string | undefined;
  ms: number;
}

/** Batch `n` writes its own months of a demo measure for Barts, long before the demo data. */
function batchRows(n: number, code: string) {
  return Array.from({ length: ROWS_PER_BATCH }, (_, k) => {
    const month = n * ROWS_PER_BATCH + k;
    const period = new Date(Date.UTC(1800 + Math.floor(month / 12), month % 12, 1))
      .toISOString()
      .slice(0, 10);
    return { measureId: demoMeasureId(code), period, value: 1000 + month, status: 'final' };
  });
}

const until = async (what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe.skipIf(!serverUrl)('PostgreSQL outage under load (through a TCP proxy)', () => {
  let proxy: TcpProxy;
  let t: TestPlatform;
  let submitter: string;

  beforeAll(async () => {
    const url = new URL(serverUrl as string);
    proxy = await TcpProxy.start(url.hostname, Number(url.port || 5432));
    // FAULTS_LOG=warn shows the platform's own account of every failed request.
    t = await startPostgresPlatformBehind(proxy, serverUrl as string, {
      LOG_LEVEL: process.env.FAULTS_LOG ?? 'silent',
    });
    submitter = await t.token('barts-health', 'submitter');
  }, 60_000);
  afterAll(async () => {
    await proxy?.restore();
    await t?.close();
    await proxy?.close();
  });

  /** Batch `n` of `code`, with a request id and Idempotency-Key of its own. */
  const submit = async (n: number, code = 'AE-ATT'): Promise<Outcome> => {
    const key = `fault-${code}-${n}`;
    const started = performance.now();
    try {
      const response = await t.fetch('/v1/submissions', {
        method: 'POST',
        token: submitter,
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, 'Request-Id': key },
        body: JSON.stringify({ rows: batchRows(n, code) }),
        signal: AbortSignal.timeout(REQUEST_BOUND_MS * 2),
      });
      const text = await response.text();
      const body = text
        ? (JSON.parse(text) as { type?: string; submissionId?: string; summary?: { submissionId?: string } })
        : {};
      return {
        n,
        status: response.status,
        contentType: response.headers.get('content-type'),
        retryAfter: response.headers.get('retry-after'),
        problemType: body.type,
        submissionId: body.summary?.submissionId ?? body.submissionId,
        ms: performance.now() - started,
      };
    } catch {
      return {
        n,
        status: 'no-response',
        contentType: null,
        retryAfter: null,
        problemType: undefined,
        submissionId: undefined,
        ms: performance.now() - started,
      };
    }
  };

  const readiness = async () => {
    const response = await t.fetch('/readyz', { signal: AbortSignal.timeout(REQUEST_BOUND_MS * 2) });
    return { status: response.status, retryAfter: response.headers.get('retry-after') };
  };

  /** What the database holds for each request id: its submissions and their observations. */
  const storedByRequest = async () => {
    const rows = (await t.platform.owner.db.execute(sql`
      select s.request_id, s.id, s.outcome, count(o.id)::int as observations
        from measures.submissions s
        left join measures.observations o on o.tenant_id = s.tenant_id and o.submission_id = s.id
       where s.request_id like 'fault-%'
       group by s.request_id, s.id, s.outcome`)) as unknown as {
      request_id: string;
      id: string;
      outcome: string;
      observations: number;
    }[];
    const byRequest = new Map<string, typeof rows>();
    for (const row of rows) byRequest.set(row.request_id, [...(byRequest.get(row.request_id) ?? []), row]);
    return byRequest;
  };

  it('answers 503 with Retry-After during the outage, recovers by itself, and loses no acknowledged batch', async () => {
    const outcomes: Outcome[] = [];
    let next = 0;
    let stopped = false;
    let inFlight = 0;
    const worker = async () => {
      while (!stopped) {
        inFlight++;
        outcomes.push(await submit(next++));
        inFlight--;
      }
    };
    const acknowledged = () => outcomes.filter((o) => o.status === 201).length;
    const unavailable = () => outcomes.filter((o) => o.status === 503).length;
    const workers = Array.from({ length: 3 }, worker);
    let inFlightAtCut = 0;
    let completedBeforeCut = 0;
    try {
      await until('batches acknowledged before the outage', () => acknowledged() >= 10);
      inFlightAtCut = inFlight;
      completedBeforeCut = outcomes.length;
      await proxy.cut();

      await until('503s during the outage', () => unavailable() >= 6);
      const notReady = await readiness();
      expect(notReady).toEqual({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });

      await proxy.restore();
      const acceptedAtRestore = acknowledged();
      await until('readiness after the outage', async () => (await readiness()).status === 200);
      await until('batches acknowledged after the outage', () => acknowledged() >= acceptedAtRestore + 10);
    } finally {
      stopped = true;
      await Promise.all(workers);
    }
    // Batches write distinct months from 1800 on, before the demo's data (2016).
    expect(outcomes.length).toBeLessThan(600);

    // Every request was answered, in bounded time, with a success or a retryable 503; never a 500.
    expect(outcomes.filter((o) => o.status !== 201 && o.status !== 503)).toEqual([]);
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(REQUEST_BOUND_MS);
    const failures = outcomes.filter((o) => o.status === 503);
    for (const failure of failures) {
      expect(failure).toMatchObject({
        contentType: 'application/problem+json',
        retryAfter: expect.stringMatching(/^\d+$/),
        problemType: '/problems/service-unavailable',
      });
    }
    // The 503s are the outage's: none before the cut.
    expect(outcomes.slice(0, completedBeforeCut).every((o) => o.status === 201)).toBe(true);
    expect(completedBeforeCut).toBeGreaterThanOrEqual(10);

    // Every acknowledged batch is there whole, under the id it was acknowledged with.
    const stored = await storedByRequest();
    for (const ok of outcomes.filter((o) => o.status === 201)) {
      expect(stored.get(`fault-AE-ATT-${ok.n}`)).toEqual([
        {
          request_id: `fault-AE-ATT-${ok.n}`,
          id: ok.submissionId,
          outcome: 'accepted',
          observations: ROWS_PER_BATCH,
        },
      ]);
    }
    // A failed batch left nothing, or (when the connection died while its COMMIT was on the wire,
    // so the platform could not know) all of it; never a part. Only a request in flight at the cut
    // can be in that doubt.
    const inDoubt = failures.filter((o) => stored.has(`fault-AE-ATT-${o.n}`));
    expect(inDoubt.length).toBeLessThanOrEqual(inFlightAtCut);
    for (const failure of inDoubt) {
      expect(stored.get(`fault-AE-ATT-${failure.n}`)).toEqual([
        expect.objectContaining({ outcome: 'accepted', observations: ROWS_PER_BATCH }),
      ]);
    }

    // Retrying each failed batch with its Idempotency-Key stores it exactly once.
    for (const failure of failures) {
      const retry = await submit(failure.n);
      expect(retry.status).toBe(201);
    }
    const after = await storedByRequest();
    for (const failure of failures) {
      expect(after.get(`fault-AE-ATT-${failure.n}`)).toEqual([
        expect.objectContaining({ outcome: 'accepted', observations: ROWS_PER_BATCH }),
      ]);
    }
  }, 90_000);

  it('fails fast when the network goes silent, and /readyz follows the database', async () => {
    await until('ready before the partition', async () => (await readiness()).status === 200);
    await proxy.blackhole();
    const started = performance.now();
    const outcome = await submit(0, 'AE-ADM');
    expect(outcome).toMatchObject({
      status: 503,
      contentType: 'application/problem+json',
      problemType: '/problems/service-unavailable',
      retryAfter: expect.stringMatching(/^\d+$/),
    });
    expect(performance.now() - started).toBeLessThan(REQUEST_BOUND_MS);
    expect((await readiness()).status).toBe(503);

    await proxy.restore();
    await until('ready after the partition', async () => (await readiness()).status === 200);
    expect((await submit(1, 'AE-ADM')).status).toBe(201);
    const stored = await storedByRequest();
    expect(stored.has('fault-AE-ADM-0')).toBe(false);
    expect(stored.get('fault-AE-ADM-1')).toEqual([
      expect.objectContaining({ outcome: 'accepted', observations: ROWS_PER_BATCH }),
    ]);
  }, 60_000);
});
