import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { uuidv7 } from 'uuidv7';
import { demoId } from '../../gateway/src/demo/demo-organisations.js';
import { mintDemoToken } from '../../gateway/src/demo/demo-tokens.js';
import { demoUnitId } from '../../gateway/src/demo/seed.js';
import { postgres, type Sql, startBenchServer } from './bench-server.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const JSON_BATCH = 10_000;
const MEASURES = 100;
const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  console.error('Set TEST_DATABASE_URL to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/test');
  process.exit(1);
}

const barts = demoId('barts-health');
const unitsOf: (string | null)[] = [
  null,
  ...['site', 'urgent-care', 'ed', 'amu', 'ed-nursing'].map((key) => demoUnitId('barts-health', key)),
];
const HEADER = 'measureId,unitId,period,numerator,denominator,value,expected,status';

/** Mondays counting back from last week. */
const DAY = 86_400_000;
const now = new Date();
const lastMonday =
  Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) -
  ((now.getUTCDay() + 6) % 7) * DAY -
  7 * DAY;
const monday = (weeksBack: number) => new Date(lastMonday - weeksBack * 7 * DAY).toISOString().slice(0, 10);

interface BenchRow {
  measureId: string;
  unitId: string | null;
  period: string;
  value: number;
}

/** `count` rows over `measureIds` × units, week by week. */
function* rowsOf(measureIds: string[], count: number): Generator<BenchRow> {
  let produced = 0;
  for (let week = 0; produced < count; week++) {
    const period = monday(week);
    for (const measureId of measureIds) {
      for (const unitId of unitsOf) {
        if (produced++ >= count) return;
        yield { measureId, unitId, period, value: produced % 97 };
      }
    }
  }
}

const csvLine = (row: BenchRow) =>
  `${row.measureId},${row.unitId ?? ''},${row.period},,,${row.value},,final\n`;

function rssOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en-GB')} rows/s`;

async function main() {
  const server = await startBenchServer(serverUrl as string);
  const { url, config, keys, base, child } = server;
  let owner: Sql | undefined;
  try {
    const pid = child.pid as number;
    console.log(`server RSS after start-up (demo seed): ${mb(rssOf(pid).rss)}`);
    const token = await mintDemoToken(keys, config, 'barts-health', 'submitter', 3600);
    owner = postgres(url.toString(), { max: 2, onnotice: () => {} });
    const db = owner;

    // Three groups of Barts's own weekly count measures: one per method, so each writes new rows.
    const groups: Record<'copy' | 'json' | 'csv', { ids: string[]; versionIds: string[] }> = {
      copy: { ids: [], versionIds: [] },
      json: { ids: [], versionIds: [] },
      csv: { ids: [], versionIds: [] },
    };
    for (const [group, ids] of Object.entries(groups)) {
      for (let index = 0; index < MEASURES; index++) {
        const id = uuidv7();
        const versionId = uuidv7();
        ids.ids.push(id);
        ids.versionIds.push(versionId);
        await db.unsafe('insert into measures.measures (tenant_id, id, code) values ($1, $2, $3)', [
          barts,
          id,
          `BENCH-${group}-${index}`,
        ]);
        await db.unsafe(
          `insert into measures.measure_versions (tenant_id, id, measure_id, version, status, title, kind, value_type,
             periodicity, improvement_direction) values ($1, $2, $3, 1, 'active', $4, 'process', 'count', 'week', 'decrease')`,
          [barts, versionId, id, `Bench ${group} ${index}`],
        );
      }
    }
    console.log(
      `ingest benchmark: ${ROWS.toLocaleString('en-GB')} rows per method, ${MEASURES} measures × ${unitsOf.length} series, PostgreSQL ${url.pathname.slice(1)}`,
    );

    // 1. Raw COPY as the owner (no API, no validation, no RLS) into the same table.
    const submissionId = uuidv7();
    await db.unsafe(
      `insert into measures.submissions (tenant_id, id, format, mode, outcome, received, created, revised, unchanged,
         rejected, summary, content_type, submitted_by, request_id)
       values ($1, $2, 'csv', 'all_or_nothing', 'accepted', 0, 0, 0, 0, 0, '{}', 'text/csv', 'bench', 'bench')`,
      [barts, submissionId],
    );
    const versionOf = new Map(groups.copy.ids.map((id, index) => [id, groups.copy.versionIds[index]]));
    const copyStarted = performance.now();
    const writable =
      await db`copy measures.observations (tenant_id, id, measure_tenant_id, measure_id, measure_version_id,
      unit_id, period_start, revision, value, status, late, submission_id) from stdin`.writable();
    let buffer: string[] = [];
    const flush = async (end: boolean) => {
      const text = buffer.join('');
      buffer = [];
      if (!writable.write(text)) await new Promise((resolve) => writable.once('drain', resolve));
      if (end)
        await new Promise<void>((resolve, reject) => {
          writable.once('finish', resolve);
          writable.once('error', reject);
          writable.end();
        });
    };
    for (const row of rowsOf(groups.copy.ids, ROWS)) {
      buffer.push(
        `${barts}\t${uuidv7()}\t${barts}\t${row.measureId}\t${versionOf.get(row.measureId)}\t${row.unitId ?? '\\N'}\t${row.period}\t1\t${row.value}\tfinal\tf\t${submissionId}\n`,
      );
      if (buffer.length >= 10_000) await flush(false);
    }
    await flush(true);
    const copyMs = performance.now() - copyStarted;
    console.log(`COPY (owner, raw):          ${rate(ROWS, copyMs)}  (${(copyMs / 1000).toFixed(1)} s)`);

    // 2. One CSV upload, streamed with a Content-Length (as a file upload is).
    let length = Buffer.byteLength(`${HEADER}\n`);
    for (const row of rowsOf(groups.csv.ids, ROWS)) length += Buffer.byteLength(csvLine(row));
    const before = rssOf(pid);
    let peak = before.rss;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssOf(pid).rss);
    }, 20);
    const csvStarted = performance.now();
    const csvResult = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        `${base}/v1/submissions`,
        {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv', 'Content-Length': length },
        },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            body += chunk;
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      (async () => {
        const write = (text: string) =>
          req.write(text) ? Promise.resolve() : new Promise<void>((done) => req.once('drain', () => done()));
        let pending: string[] = [`${HEADER}\n`];
        for (const row of rowsOf(groups.csv.ids, ROWS)) {
          pending.push(csvLine(row));
          if (pending.length >= 2_000) {
            await write(pending.join(''));
            pending = [];
          }
        }
        await write(pending.join(''));
        req.end();
      })().catch(reject);
    });
    const csvMs = performance.now() - csvStarted;
    clearInterval(sampler);
    peak = Math.max(peak, rssOf(pid).rss);
    if (csvResult.status !== 201) throw new Error(`CSV: ${csvResult.status} ${csvResult.body.slice(0, 500)}`);
    const csvSummary = JSON.parse(csvResult.body) as { created: number };
    console.log(
      `API, one CSV upload:        ${rate(ROWS, csvMs)}  (${(csvMs / 1000).toFixed(1)} s, ${csvSummary.created.toLocaleString('en-GB')} created, ${mb(length)} body) = ${(copyMs / csvMs).toFixed(2)} × COPY`,
    );
    console.log(
      `server RSS (child process, /proc sampling every 20 ms): ${mb(before.rss)} before the CSV upload, peak ${mb(peak)} during it`,
    );
    // 3. JSON batches of 10,000 rows through the API.
    const jsonStarted = performance.now();
    let batch: Record<string, unknown>[] = [];
    let jsonCreated = 0;
    const send = async () => {
      const response = await fetch(`${base}/v1/submissions`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ rows: batch }),
      });
      const body = (await response.json()) as { created?: number };
      if (response.status !== 201)
        throw new Error(`JSON batch: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
      jsonCreated += body.created ?? 0;
      batch = [];
    };
    for (const row of rowsOf(groups.json.ids, ROWS)) {
      batch.push({
        measureId: row.measureId,
        unitId: row.unitId,
        period: row.period,
        value: row.value,
        status: 'final',
      });
      if (batch.length >= JSON_BATCH) await send();
    }
    if (batch.length > 0) await send();
    const jsonMs = performance.now() - jsonStarted;
    console.log(
      `API, JSON batches of 10,000: ${rate(ROWS, jsonMs)}  (${(jsonMs / 1000).toFixed(1)} s, ${jsonCreated.toLocaleString('en-GB')} created) = ${(copyMs / jsonMs).toFixed(2)} × COPY`,
    );

    console.log(`targets: API ≥ 0.5 × COPY; CSV peak RSS < 300 MB`);
  } finally {
    await owner?.end({ timeout: 5 });
    await server.stop();
  }
}

await main();
