/**
 * Benchmark runs benchmark (a script, not a test). Starts the whole platform in process on a fresh
 * database (PostgreSQL when `TEST_DATABASE_URL` names a server, else PGlite), stores a programme of
 * 500 organisations × 60 monthly periods of a proportion measure (30,000 current observations), then
 * times through the gateway over HTTP:
 *   - computing and storing a run (rolling 12 months: 6,000 inputs, 500 organisations);
 *   - reading a run's results;
 * and prints p50/p95/p99.
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test pnpm exec tsx bench/runs.bench.ts
 *   BENCH_ORGANISATIONS (500), BENCH_PERIODS (60), BENCH_RUNS (60), BENCH_READS (300) to change it.
 */
import {
  enrolments,
  observations,
  organisations,
  programmeMeasures,
  programmes,
  queryRows,
  submissions,
} from '@qms/db';
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { demoMeasureId } from '../../gateway/src/demo/demo-measures.js';
import { demoId } from '../../gateway/src/demo/demo-organisations.js';
import { startTestPlatform } from '../../gateway/test/harness.js';

const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 500);
const PERIODS = Number(process.env.BENCH_PERIODS ?? 60);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const READS = Number(process.env.BENCH_READS ?? 300);
const engine = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

const national = demoId('national-quality-body');
const measure = demoMeasureId('AE-4HR');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
const report = (label: string, times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const f = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `${label.padEnd(34)} n=${sorted.length}  p50 ${f(percentile(sorted, 50))}  p95 ${f(percentile(sorted, 95))}  p99 ${f(percentile(sorted, 99))}`,
  );
};

const t = await startTestPlatform(engine);
try {
  const db = t.platform.owner.db;
  const started = performance.now();
  const programmeId = uuidv7();
  await db
    .insert(programmes)
    .values({ tenantId: national, id: programmeId, code: 'bench', name: 'Bench programme' });
  await db.insert(programmeMeasures).values({ tenantId: national, programmeId, measureId: measure });
  const [version] = await queryRows<{ id: string }>(
    db,
    sql`select id from measures.measure_versions where tenant_id = ${national} and measure_id = ${measure} and status = 'active'`,
  );
  const periods = Array.from({ length: PERIODS }, (_, k) => {
    const date = new Date(Date.UTC(2015, k, 1));
    return date.toISOString().slice(0, 10);
  });
  const orgIds = Array.from({ length: ORGANISATIONS }, () => uuidv7());
  const regions = ['North', 'Midlands', 'London', 'South East', 'South West'];
  await db.insert(organisations).values(
    orgIds.map((id, i) => ({
      tenantId: id,
      slug: `bench-${i}`,
      name: `Bench trust ${i}`,
      kind: 'trust' as const,
      attributes: { region: regions[i % regions.length] as string },
    })),
  );
  await db.insert(enrolments).values(
    orgIds.map((organisationId) => ({
      tenantId: national,
      programmeId,
      organisationId,
      status: 'active' as const,
    })),
  );
  const submissionOf = new Map(orgIds.map((id) => [id, uuidv7()]));
  await db.insert(submissions).values(
    orgIds.map((tenantId) => ({
      tenantId,
      id: submissionOf.get(tenantId) as string,
      format: 'json' as const,
      mode: 'partial' as const,
      outcome: 'accepted' as const,
      received: PERIODS,
      created: PERIODS,
      revised: 0,
      unchanged: 0,
      rejected: 0,
      summary: {},
      contentType: 'application/json',
      submittedBy: 'bench',
      requestId: 'bench',
    })),
  );
  let rows: (typeof observations.$inferInsert)[] = [];
  const flush = async () => {
    if (rows.length) await db.insert(observations).values(rows);
    rows = [];
  };
  for (const [i, tenantId] of orgIds.entries()) {
    const size = 2000 + ((i * 7919) % 20000);
    for (const periodStart of periods) {
      const denominator = size + Math.floor(Math.random() * 500);
      const rate = 0.7 + 0.25 * Math.random();
      rows.push({
        tenantId,
        measureTenantId: national,
        measureId: measure,
        measureVersionId: version?.id ?? '',
        periodStart,
        revision: 1,
        numerator: Math.round(denominator * rate),
        denominator,
        submissionId: submissionOf.get(tenantId) as string,
      });
      if (rows.length >= 2000) await flush();
    }
  }
  await flush();
  if (engine === 'postgres') await db.execute(sql`analyze`);
  console.log(
    `${engine}: stored ${ORGANISATIONS} organisations × ${PERIODS} periods (${ORGANISATIONS * PERIODS} observations) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const analyst = await t.token('national-quality-body', 'analyst');
  const body = JSON.stringify({
    programmeId,
    measureId: measure,
    period: { type: 'rolling', end: periods.at(-1), length: 12 },
    options: { overdispersion: { adjustment: 'multiplicative' } },
  });
  const create = async () => {
    const response = await t.fetch('/v1/benchmark-runs', {
      token: analyst,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    const run = (await response.json()) as { id: string; organisationCount: number; inputCount: number };
    if (response.status !== 201) throw new Error(`create: ${response.status} ${JSON.stringify(run)}`);
    return run;
  };
  let last = await create();
  for (let i = 0; i < 5; i += 1) await create();
  console.log(`run: ${last.organisationCount} organisations, ${last.inputCount} inputs`);
  const createTimes: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    last = await create();
    createTimes.push(performance.now() - start);
  }
  report('compute + store a run (POST)', createTimes);
  const read = async () => {
    const response = await t.fetch(`/v1/benchmark-runs/${last.id}`, { token: analyst });
    if (response.status !== 200) throw new Error(`read: ${response.status}`);
    await response.arrayBuffer();
  };
  for (let i = 0; i < 20; i += 1) await read();
  const readTimes: number[] = [];
  for (let i = 0; i < READS; i += 1) {
    const start = performance.now();
    await read();
    readTimes.push(performance.now() - start);
  }
  report('read a run’s results (GET)', readTimes);
} finally {
  await t.close();
}
