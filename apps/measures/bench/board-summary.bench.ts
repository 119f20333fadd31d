import { uuidv7 } from 'uuidv7';
import { demoId } from '../../gateway/src/demo/demo-organisations.js';
import { mintDemoToken } from '../../gateway/src/demo/demo-tokens.js';
import { postgres, type Sql, startBenchServer } from './bench-server.js';

const STORED = Number(process.env.BENCH_ROWS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const WARM_UP = 20;
const BOARD_MEASURES = 100;
const PERIODS = 60;
/** Other measures (each organisation reports them for itself and its units). */
const OTHER_MEASURES = 800;
const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  console.error('Set TEST_DATABASE_URL to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/test');
  process.exit(1);
}

const barts = demoId('barts-health');
const national = demoId('national-quality-body');

/** 60 monthly periods ending last month. */
const now = new Date();
const periods = Array.from({ length: PERIODS }, (_, k) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - PERIODS + k, 1)).toISOString().slice(0, 10),
);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;

interface MeasureRow {
  tenantId: string;
  id: string;
  versionId: string;
  proportion: boolean;
}

async function main() {
  const server = await startBenchServer(serverUrl as string);
  const { url, config, keys, base } = server;
  let owner: Sql | undefined;
  try {
    owner = postgres(url.toString(), { max: 2, onnotice: () => {} });
    const db = owner;

    // The measures: the board's 100 (Barts's own, half proportions, half counts) and 800 others
    // owned by the national body, each with an active monthly version.
    const insertMeasure = async (
      tenantId: string,
      code: string,
      proportion: boolean,
    ): Promise<MeasureRow> => {
      const id = uuidv7();
      const versionId = uuidv7();
      await db.unsafe('insert into measures.measures (tenant_id, id, code) values ($1, $2, $3)', [
        tenantId,
        id,
        code,
      ]);
      await db.unsafe(
        `insert into measures.measure_versions (tenant_id, id, measure_id, version, status, title, kind, value_type,
           multiplier, periodicity, improvement_direction, targets)
         values ($1, $2, $3, 1, 'active', $4, 'process', $5, $6, 'month', 'increase', $7::jsonb)`,
        [
          tenantId,
          versionId,
          id,
          `Bench ${code}`,
          proportion ? 'proportion' : 'count',
          proportion ? 100 : 1,
          JSON.stringify([{ from: periods[0], value: 50 }]),
        ],
      );
      return { tenantId, id, versionId, proportion };
    };
    const board: MeasureRow[] = [];
    for (let m = 0; m < BOARD_MEASURES; m++)
      board.push(await insertMeasure(barts, `BOARD-${m}`, m % 2 === 0));
    const others: MeasureRow[] = [];
    for (let m = 0; m < OTHER_MEASURES; m++)
      others.push(await insertMeasure(national, `OTHER-${m}`, m % 2 === 0));
    const setId = uuidv7();
    await db.unsafe(
      `insert into measures.measure_sets (tenant_id, id, code, name) values ($1, $2, 'BOARD-BENCH', 'Board bench')`,
      [barts, setId],
    );
    for (const [position, measure] of board.entries()) {
      await db.unsafe(
        `insert into measures.measure_set_items (tenant_id, set_id, measure_tenant_id, measure_id, uses, position)
         values ($1, $2, $3, $4, '{quality_control,assurance}', $5)`,
        [barts, setId, measure.tenantId, measure.id, position],
      );
    }

    // Every organisation with its units (null: the whole organisation), one submission each.
    const unitRows = (await db.unsafe('select tenant_id, id from tenancy.units order by tenant_id, id')) as {
      tenant_id: string;
      id: string;
    }[];
    const tenants = (await db.unsafe(
      `select tenant_id as id from tenancy.organisations where kind <> 'platform' order by tenant_id`,
    )) as { id: string }[];
    const submissionOf = new Map<string, string>();
    for (const { id: tenantId } of tenants) {
      const submissionId = uuidv7();
      submissionOf.set(tenantId, submissionId);
      await db.unsafe(
        `insert into measures.submissions (tenant_id, id, format, mode, outcome, received, created, revised, unchanged,
           rejected, summary, content_type, submitted_by, request_id)
         values ($1, $2, 'csv', 'all_or_nothing', 'accepted', 0, 0, 0, 0, 0, '{}', 'text/csv', 'bench', 'bench')`,
        [tenantId, submissionId],
      );
    }
    const unitsOfTenant = (tenantId: string) => [
      null,
      ...unitRows.filter((unit) => unit.tenant_id === tenantId).map((unit) => unit.id),
    ];

    const loadStarted = performance.now();
    const writable =
      await db`copy measures.observations (tenant_id, id, measure_tenant_id, measure_id, measure_version_id,
      unit_id, period_start, revision, is_current, numerator, denominator, value, status, late, submission_id)
      from stdin`.writable();
    let copyError: unknown;
    writable.on('error', (error) => {
      copyError = error;
    });
    let buffer: string[] = [];
    let stored = 0;
    let boardRows = 0;
    const flush = async () => {
      if (copyError) throw copyError;
      const text = buffer.join('');
      buffer = [];
      if (!writable.write(text)) await new Promise((resolve) => writable.once('drain', resolve));
    };
    /** One series: every period, the first periods of one series in ten with an earlier revision. */
    const series = async (tenantId: string, measure: MeasureRow, unitId: string | null, seed: number) => {
      const submissionId = submissionOf.get(tenantId);
      for (const [k, period] of periods.entries()) {
        if (stored >= STORED) return;
        const noise = ((k * 7919 + seed * 104_729) % 97) / 97;
        const values = measure.proportion
          ? `${Math.round(400 + 100 * noise)}\t1000\t\\N`
          : `\\N\t\\N\t${(50 + 10 * noise).toFixed(3)}`;
        const revised = seed % 10 === 0 && k < 6 && stored + 1 < STORED;
        const line = (revision: number, current: boolean, shown: string) =>
          `${tenantId}\t${uuidv7()}\t${measure.tenantId}\t${measure.id}\t${measure.versionId}\t${unitId ?? '\\N'}\t${period}\t${revision}\t${current ? 't' : 'f'}\t${shown}\t${k === PERIODS - 1 ? 'provisional' : 'final'}\tf\t${submissionId}\n`;
        if (revised) {
          buffer.push(line(1, false, measure.proportion ? '1\t1000\t\\N' : '\\N\t\\N\t1'));
          stored++;
        }
        buffer.push(line(revised ? 2 : 1, true, values));
        stored++;
        if (buffer.length >= 10_000) await flush();
      }
    };
    // 1. The board: Barts, the whole organisation, 100 × 60; then the same measures for its units.
    let seed = 0;
    for (const unitId of unitsOfTenant(barts)) {
      for (const measure of board) {
        await series(barts, measure, unitId, seed++);
        if (unitId === null) boardRows = stored;
      }
    }
    // 2. The rest, round-robin over organisations and their units, until the table is full.
    const pairs = tenants.flatMap(({ id }) => unitsOfTenant(id).map((unitId) => ({ tenantId: id, unitId })));
    for (let m = 0; stored < STORED; m++) {
      const measure = others[m % others.length] as MeasureRow;
      const pair = pairs[Math.floor(m / others.length) % pairs.length];
      if (!pair) break;
      if (m > 0 && m % (others.length * pairs.length) === 0) {
        throw new Error(`not enough distinct series for ${STORED.toLocaleString('en-GB')} observations`);
      }
      await series(pair.tenantId, measure, pair.unitId, seed++);
    }
    await flush();
    await new Promise<void>((resolve, reject) => {
      writable.once('finish', resolve);
      writable.once('error', reject);
      writable.end();
    });
    await db.unsafe('analyze measures.observations');
    await db.unsafe('analyze');
    const loadMs = performance.now() - loadStarted;
    const [count] = (await db.unsafe('select count(*)::int as n from measures.observations')) as {
      n: number;
    }[];
    console.log(
      `board summary benchmark: ${count?.n.toLocaleString('en-GB')} observations stored (${boardRows.toLocaleString('en-GB')} in the board's 100 × ${PERIODS} series of Barts, ${tenants.length} organisations, ${pairs.length} organisation/unit series keys), COPY + ANALYZE ${(loadMs / 1000).toFixed(1)} s, PostgreSQL ${url.pathname.slice(1)}`,
    );

    const token = await mintDemoToken(keys, config, 'barts-health', 'viewer', 3600);
    const path = `/v1/board-summary?measureSetId=${setId}&points=12`;
    const time = async (): Promise<number> => {
      const started = performance.now();
      const response = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
      const body = await response.text();
      const ms = performance.now() - started;
      if (response.status !== 200) throw new Error(`board summary: ${response.status} ${body.slice(0, 500)}`);
      return ms;
    };
    const first = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    const firstBody = (await first.json()) as {
      rows: { sparkline: unknown[]; latestPeriod: string | null }[];
    };
    if (firstBody.rows.length !== BOARD_MEASURES || firstBody.rows.some((row) => row.latestPeriod === null))
      throw new Error(`board summary: expected ${BOARD_MEASURES} rows with data`);
    for (let i = 0; i < WARM_UP; i++) await time();
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) times.push(await time());
    times.sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(
      `GET /v1/board-summary (100 measures × ${PERIODS} periods, points=12), ${REQUESTS} sequential requests after ${WARM_UP} warm-up: p50 ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))}, p99 ${ms(percentile(times, 0.99))}, max ${ms(times[times.length - 1] ?? Number.NaN)}`,
    );
    console.log('target: p95 < 100 ms');
  } finally {
    await owner?.end({ timeout: 5 });
    await server.stop();
  }
}

await main();
