import { request } from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMeasureId } from '../src/demo/demo-measures.js';
import { demoUnitId } from '../src/demo/seed.js';
import { engines, startTestPlatform, type TestPlatform } from './harness.js';

const unitIds = ['', demoUnitId('barts-health', 'ed'), demoUnitId('barts-health', 'amu')];

/** Months from 1200 on, long before the demo's data (2016): distinct periods for every row. */
const period = (month: number) =>
  new Date(Date.UTC(1200 + Math.floor(month / 12), month % 12, 1)).toISOString().slice(0, 10);

/** A CSV of about 2.5 MB: a demo measure for Barts and two of its units, month by month. */
function largeCsv(measureId: string): { csv: string; firstRows: Record<string, unknown>[] } {
  const lines = ['measureId,unitId,period,numerator,denominator,value,expected,status'];
  const firstRows: Record<string, unknown>[] = [];
  for (let month = 0; month < 9_600; month++) {
    for (const unitId of unitIds) {
      lines.push(`${measureId},${unitId},${period(month)},,,${month},,final`);
      if (firstRows.length < 3) {
        firstRows.push({
          measureId,
          ...(unitId ? { unitId } : {}),
          period: period(month),
          value: month,
          status: 'final',
        });
      }
    }
  }
  return { csv: `${lines.join('\n')}\n`, firstRows };
}

describe.each(engines)('a client disconnecting mid-upload on %s', (engine) => {
  let t: TestPlatform;
  let submitter: string;

  beforeAll(async () => {
    t = await startTestPlatform(engine);
    submitter = await t.token('barts-health', 'submitter');
  }, 60_000);
  afterAll(() => t?.close());

  /** Sends half of `body`, waits until the server has taken it, then drops the connection. */
  const uploadHalfThenDisconnect = (
    body: Buffer,
    requestId: string,
    framing: 'length' | 'chunked',
    beforeDisconnect: () => Promise<void>,
  ) =>
    new Promise<void>((resolve, reject) => {
      const url = new URL('/v1/submissions', t.baseUrl);
      const req = request(url, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${submitter}`,
          'Content-Type': 'text/csv',
          'Request-Id': requestId,
          ...(framing === 'length' ? { 'Content-Length': String(body.byteLength) } : {}),
        },
      });
      req.on('response', (response) => {
        response.resume();
        reject(new Error(`the server answered ${response.statusCode} to half a body`));
      });
      req.on('error', () => {});
      req.on('close', () => resolve());
      const half = body.subarray(0, Math.floor(body.byteLength / 2));
      // The write's callback runs once the half is handed to the socket; a full socket buffer
      // (drain) means the server is reading and processing it.
      const flushed = req.write(half);
      const drop = () => {
        beforeDisconnect().then(
          () => req.destroy(),
          (error: unknown) => {
            req.destroy();
            reject(error);
          },
        );
      };
      if (flushed) setImmediate(drop);
      else req.once('drain', drop);
    });

  /**
   * On PostgreSQL, waits until the upload's transaction has written (it holds a transaction id),
   * so the disconnect provably lands on a transaction with uncommitted rows. PGlite has one
   * connection and no view of it from another: there the test relies on the drain alone.
   */
  const writesInFlight = async () => {
    if (engine === 'pglite') return;
    const deadline = Date.now() + 20_000;
    for (;;) {
      const result = (await t.platform.owner.db.execute(sql`
        select count(*)::int as writing from pg_stat_activity
         where datname = current_database() and usename = 'qms_app' and backend_xid is not null`)) as unknown as
        | { rows: { writing: number }[] }
        | { writing: number }[];
      const [row] = Array.isArray(result) ? result : result.rows;
      if ((row?.writing ?? 0) > 0) return;
      if (Date.now() > deadline) throw new Error('the upload never started writing');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  const storedFor = async (requestId: string) => {
    const rows = (await t.platform.owner.db.execute(sql`
      select count(*)::int as submissions,
             (select count(*)::int from measures.observations o
               where o.submission_id in (select id from measures.submissions where request_id = ${requestId}))
               as observations
        from measures.submissions where request_id = ${requestId}`)) as unknown as
      | { rows: { submissions: number; observations: number }[] }
      | { submissions: number; observations: number }[];
    const list = Array.isArray(rows) ? rows : rows.rows;
    return list[0];
  };

  const cases = [
    { framing: 'length', measure: 'AE-ATT' },
    { framing: 'chunked', measure: 'AE-ADM' },
  ] as const;
  for (const { framing, measure } of cases) {
    it(`writes nothing of a CSV upload cut off half way (${framing === 'length' ? 'Content-Length' : 'chunked'})`, async () => {
      const { csv, firstRows } = largeCsv(demoMeasureId(measure));
      const body = Buffer.from(csv);
      expect(body.byteLength).toBeGreaterThan(2_000_000);
      const requestId = `disconnect-${framing}`;
      await uploadHalfThenDisconnect(body, requestId, framing, writesInFlight);

      // The server keeps serving.
      expect((await t.fetch('/healthz')).status).toBe(200);
      // Submitting the upload's first rows again waits for the abandoned transaction (same rows,
      // same unique keys) and finds none of them stored: it creates all three.
      const retry = await t.fetch('/v1/submissions', {
        method: 'POST',
        token: submitter,
        headers: { 'Content-Type': 'application/json', 'Request-Id': `${requestId}-retry` },
        body: JSON.stringify({ rows: firstRows }),
      });
      const text = await retry.text();
      expect(retry.status, text).toBe(201);
      const summary = JSON.parse(text) as { summary?: object };
      expect(summary.summary ?? summary).toMatchObject({ created: 3, revised: 0, unchanged: 0 });
      // No submission, accepted or rejected, and no observation came from the cut-off upload.
      expect(await storedFor(requestId)).toEqual({ submissions: 0, observations: 0 });
      expect(await storedFor(`${requestId}-retry`)).toEqual({ submissions: 1, observations: 3 });
    }, 120_000);
  }
});
