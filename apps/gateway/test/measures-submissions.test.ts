import { type DataQualityRules, measures, measureVersions, programmeMeasures, type ValueType } from '@qms/db';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '../src/demo/demo-organisations.js';
import { demoUnitId } from '../src/demo/seed.js';
import { engines, startTestPlatform, type TestPlatform } from './harness.js';

const national = demoId('national-quality-body');
const barts = demoId('barts-health');
const guys = demoId('guys-st-thomas');
const uecFlow = demoId('programme/uec-flow');
const bartsEd = demoUnitId('barts-health', 'ed');
const bartsAmu = demoUnitId('barts-health', 'amu');
const guysEd = demoUnitId('guys-st-thomas', 'ed');

interface Summary {
  submissionId: string | null;
  outcome: string;
  received: number;
  created: number;
  revised: number;
  unchanged: number;
  rejected: number;
  rejections: { row: number; field: string; reason: string }[];
  rejectionsTruncated: number;
  warnings: { row: number; kind: string; message: string }[];
}

interface Observation {
  id: string;
  period: string;
  revision: number;
  isCurrent: boolean;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  status: string;
  late: boolean;
}

type Row = Record<string, unknown>;

/** Monthly periods counting back from last month: 0 = last month. */
function monthsAgo(count: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1 - count, 1))
    .toISOString()
    .slice(0, 10);
}

function mondaysAgo(count: number): string {
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const monday = today - ((now.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(monday - (count + 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}

describe.each(engines)('measure data submissions on %s', (engine) => {
  let t: TestPlatform;
  let submitter: string;
  let viewer: string;
  const m: Record<string, string> = {};

  async function createMeasure(
    owner: string,
    code: string,
    valueType: ValueType,
    options: {
      periodicity?: 'week' | 'month' | 'quarter';
      rules?: DataQualityRules;
      programme?: boolean;
      status?: 'active' | 'draft';
      multiplier?: number;
    } = {},
  ): Promise<string> {
    const id = uuidv7();
    const db = t.platform.owner.db;
    await db.insert(measures).values({ tenantId: owner, id, code: `SUB-${code}` });
    await db.insert(measureVersions).values({
      tenantId: owner,
      id: uuidv7(),
      measureId: id,
      version: 1,
      status: options.status ?? 'active',
      title: code,
      kind: 'process',
      valueType,
      multiplier: options.multiplier ?? 1,
      periodicity: options.periodicity ?? 'month',
      improvementDirection: 'increase',
      dataQualityRules: options.rules ?? {},
    });
    if (options.programme) {
      await db.insert(programmeMeasures).values({ tenantId: owner, programmeId: uecFlow, measureId: id });
    }
    return id;
  }

  const submit = (token: string, rows: Row[], query = '', headers: Record<string, string> = {}) =>
    t.fetch(`/v1/submissions${query}`, {
      method: 'POST',
      token,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ rows }),
    });

  const submitCsv = (
    token: string,
    body: string | ReadableStream<Uint8Array>,
    query = '',
    headers: Record<string, string> = {},
  ) =>
    t.fetch(`/v1/submissions${query}`, {
      method: 'POST',
      token,
      headers: { 'Content-Type': 'text/csv', ...headers },
      body,
      ...(typeof body === 'string' ? {} : { duplex: 'half' }),
    } as RequestInit & { token: string });

  async function summaryOf(response: Response, status: number): Promise<Summary> {
    const text = await response.text();
    expect(response.status, text).toBe(status);
    const body = JSON.parse(text) as Summary & { summary?: Summary };
    return body.summary ?? body;
  }

  async function observationsOf(token: string, query: string): Promise<Observation[]> {
    const response = await t.fetch(
      `/v1/observations?${query.includes('limit=') ? '' : 'limit=200&'}${query}`,
      { token },
    );
    expect(response.status, await response.clone().text()).toBe(200);
    return ((await response.json()) as { items: Observation[] }).items;
  }

  beforeAll(async () => {
    t = await startTestPlatform(engine);
    submitter = await t.token('barts-health', 'submitter');
    viewer = await t.token('barts-health', 'viewer');
    m.proportion = await createMeasure(national, 'UEC-4H', 'proportion', {
      programme: true,
      rules: { plausibleMin: 0.2 },
    });
    m.rate = await createMeasure(national, 'UEC-FALLS', 'rate', { programme: true, multiplier: 1000 });
    m.ratio = await createMeasure(national, 'UEC-SMR', 'ratio', { programme: true, periodicity: 'quarter' });
    m.count = await createMeasure(national, 'UEC-12H', 'count', {
      programme: true,
      periodicity: 'week',
      rules: { denominatorRequired: true },
    });
    m.continuous = await createMeasure(barts, 'BARTS-LOS', 'continuous', { rules: { plausibleMax: 100 } });
    m.late = await createMeasure(barts, 'BARTS-LATE', 'count', { rules: { submissionDeadlineDays: 30 } });
    m.limits = await createMeasure(barts, 'BARTS-LIMITS', 'continuous');
    m.draft = await createMeasure(national, 'UEC-DRAFT', 'count', { programme: true, status: 'draft' });
    m.unpublished = await createMeasure(national, 'NAT-HIDDEN', 'count');
    m.guysLocal = await createMeasure(guys, 'GUYS-LOCAL', 'count');
  });
  afterAll(() => t?.close());

  it('accepts a JSON batch, with the summary stored and the observations readable', async () => {
    const rows = [
      {
        measureId: m.proportion,
        unitId: bartsEd,
        period: monthsAgo(3),
        numerator: 40,
        denominator: 50,
        status: 'final',
      },
      { measureId: m.proportion, period: monthsAgo(3), numerator: 400, denominator: 500, status: 'final' },
      {
        measureId: m.rate,
        unitId: bartsAmu,
        period: monthsAgo(3),
        numerator: 3,
        denominator: 1200.5,
        status: 'provisional',
      },
    ];
    const response = await submit(submitter, rows);
    const summary = await summaryOf(response, 201);
    expect(summary).toMatchObject({
      outcome: 'accepted',
      received: 3,
      created: 3,
      revised: 0,
      unchanged: 0,
      rejected: 0,
    });
    expect(response.headers.get('location')).toBe(`/v1/submissions/${summary.submissionId}`);
    expect(summary.warnings).toEqual([expect.objectContaining({ row: 3, kind: 'provisional' })]);

    const stored = await t.fetch(`/v1/submissions/${summary.submissionId}`, { token: viewer });
    expect(stored.status).toBe(200);
    const detail = (await stored.json()) as { summary: Summary; created: number; format: string };
    expect(detail).toMatchObject({ created: 3, format: 'json' });
    expect(detail.summary).toEqual(summary);

    const items = await observationsOf(viewer, `measureId=${m.proportion}`);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ revision: 1, isCurrent: true, status: 'final', late: false });

    const payload = await t.fetch(`/v1/submissions/${summary.submissionId}/payload`, { token: viewer });
    expect(payload.headers.get('content-type')).toBe('application/json');
    expect(await payload.text()).toBe(JSON.stringify({ rows }));

    const list = await t.fetch('/v1/submissions', { token: viewer });
    const page = (await list.json()) as { items: { id: string }[] };
    expect(page.items[0]?.id).toBe(summary.submissionId);
  });

  it('accepts CSV, and gives the raw payload back as sent', async () => {
    const csv = [
      'measureId,unitId,period,numerator,denominator,value,expected,status',
      `${m.proportion},${bartsAmu},${monthsAgo(4)},30,60,,,final`,
      `${m.count},,${mondaysAgo(2)},,100,5,,final`,
      `${m.ratio},,2024-01-01,9,,,10.5,final`,
    ].join('\n');
    const summary = await summaryOf(await submitCsv(submitter, csv), 201);
    expect(summary).toMatchObject({ outcome: 'accepted', received: 3, created: 3 });
    const payload = await t.fetch(`/v1/submissions/${summary.submissionId}/payload`, { token: viewer });
    expect(payload.headers.get('content-type')).toContain('text/csv');
    expect(await payload.text()).toBe(csv);
    const counts = await observationsOf(viewer, `measureId=${m.count}`);
    expect(counts).toEqual([expect.objectContaining({ value: 5, denominator: 100, numerator: null })]);
  });

  it('writes nothing on a dry run, not even the submission', async () => {
    const before = (
      (await (await t.fetch('/v1/submissions?limit=200', { token: viewer })).json()) as { items: unknown[] }
    ).items.length;
    const rows = [
      {
        measureId: m.proportion,
        unitId: bartsEd,
        period: monthsAgo(3),
        numerator: 41,
        denominator: 50,
        status: 'final',
      },
      {
        measureId: m.proportion,
        unitId: bartsEd,
        period: monthsAgo(5),
        numerator: 41,
        denominator: 50,
        status: 'final',
      },
      {
        measureId: m.proportion,
        unitId: bartsEd,
        period: monthsAgo(6),
        numerator: 1,
        denominator: 0,
        status: 'final',
      },
    ];
    const summary = await summaryOf(await submit(submitter, rows, '?dryRun=true'), 200);
    expect(summary).toMatchObject({
      outcome: 'validated',
      submissionId: null,
      created: 1,
      revised: 1,
      rejected: 1,
    });
    const after = (
      (await (await t.fetch('/v1/submissions?limit=200', { token: viewer })).json()) as { items: unknown[] }
    ).items.length;
    expect(after).toBe(before);
    const items = await observationsOf(
      viewer,
      `measureId=${m.proportion}&unitId=${bartsEd}&includeRevisions=true`,
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.numerator).toBe(40);
  });

  it('rejects the whole batch in all-or-nothing mode, and writes the valid rows in partial mode', async () => {
    const rows = [
      {
        measureId: m.proportion,
        unitId: bartsEd,
        period: monthsAgo(8),
        numerator: 10,
        denominator: 20,
        status: 'final',
      },
      {
        measureId: m.proportion,
        unitId: bartsEd,
        period: '2024-01-15',
        numerator: 10,
        denominator: 20,
        status: 'final',
      },
    ];
    const refused = await submit(submitter, rows);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    const summary = await summaryOf(refused, 422);
    expect(summary).toMatchObject({ outcome: 'rejected', received: 2, created: 0, rejected: 1 });
    expect(summary.rejections).toEqual([
      { row: 2, field: 'period', reason: 'a monthly period starts on the 1st of the month' },
    ]);
    expect(
      await observationsOf(viewer, `measureId=${m.proportion}&from=${monthsAgo(8)}&to=${monthsAgo(8)}`),
    ).toEqual([]);
    // The refusal itself is kept: the submission, its summary and what was sent.
    const keptId = (summary as { submissionId: string }).submissionId;
    expect(keptId).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await t.fetch(`/v1/submissions/${keptId}`, { token: submitter });
    expect(kept.status).toBe(200);
    expect(await kept.json()).toMatchObject({ outcome: 'rejected', received: 2, rejected: 1, created: 0 });
    const keptPayload = await t.fetch(`/v1/submissions/${keptId}/payload`, { token: submitter });
    expect(JSON.parse(await keptPayload.text())).toEqual({ rows });

    const partial = await summaryOf(await submit(submitter, rows, '?mode=partial'), 201);
    expect(partial).toMatchObject({ outcome: 'partially_accepted', created: 1, rejected: 1 });
    expect(
      await observationsOf(viewer, `measureId=${m.proportion}&from=${monthsAgo(8)}&to=${monthsAgo(8)}`),
    ).toHaveLength(1);

    const none = await submit(submitter, [rows[1] as Row], '?mode=partial');
    expect(none.status).toBe(422);
  });

  it('replays a retried batch with the same Idempotency-Key and refuses a different body', async () => {
    const rows = [
      { measureId: m.proportion, period: monthsAgo(9), numerator: 7, denominator: 9, status: 'final' },
    ];
    const headers = { 'Idempotency-Key': 'batch-0001' };
    const first = await submit(submitter, rows, '', headers);
    const firstBody = await first.text();
    expect(first.status).toBe(201);
    const retry = await submit(submitter, rows, '', headers);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.text()).toBe(firstBody);
    const different = await submit(submitter, [{ ...rows[0], numerator: 8 }], '', headers);
    expect(different.status).toBe(422);
    expect(((await different.json()) as { type: string }).type).toBe('/problems/idempotency-key-reused');
    const items = await observationsOf(
      viewer,
      `measureId=${m.proportion}&from=${monthsAgo(9)}&to=${monthsAgo(9)}&includeRevisions=true`,
    );
    expect(items).toHaveLength(1);

    // CSV is fingerprinted as it streams.
    const csv = `measureId,period,value,denominator,status\n${m.count},${mondaysAgo(5)},3,10,final\n`;
    const csvHeaders = { 'Idempotency-Key': 'batch-csv-0001' };
    const csvFirst = await submitCsv(submitter, csv, '', csvHeaders);
    expect(csvFirst.status).toBe(201);
    const csvRetry = await submitCsv(submitter, csv, '', csvHeaders);
    expect(csvRetry.status).toBe(201);
    expect(csvRetry.headers.get('idempotent-replayed')).toBe('true');
    expect(await csvRetry.text()).toBe(await csvFirst.text());
    const csvDifferent = await submitCsv(submitter, csv.replace(',3,', ',4,'), '', csvHeaders);
    expect(csvDifferent.status).toBe(422);
    expect(
      await observationsOf(
        viewer,
        `measureId=${m.count}&from=${mondaysAgo(5)}&to=${mondaysAgo(5)}&includeRevisions=true`,
      ),
    ).toHaveLength(1);
  });

  it('keeps revisions: a different value is a new revision, the same one unchanged', async () => {
    const period = monthsAgo(10);
    const row = {
      measureId: m.proportion,
      unitId: bartsAmu,
      period,
      numerator: 20,
      denominator: 40,
      status: 'provisional',
    };
    expect(await summaryOf(await submit(submitter, [row]), 201)).toMatchObject({ created: 1 });
    const revised = await summaryOf(
      await submit(submitter, [{ ...row, numerator: 22, status: 'final' }]),
      201,
    );
    expect(revised).toMatchObject({ created: 0, revised: 1 });
    const same = await summaryOf(await submit(submitter, [{ ...row, numerator: 22, status: 'final' }]), 201);
    expect(same).toMatchObject({ created: 0, revised: 0, unchanged: 1 });

    const current = await observationsOf(
      viewer,
      `measureId=${m.proportion}&unitId=${bartsAmu}&from=${period}&to=${period}`,
    );
    expect(current).toEqual([
      expect.objectContaining({ revision: 2, isCurrent: true, numerator: 22, status: 'final' }),
    ]);
    const all = await observationsOf(
      viewer,
      `measureId=${m.proportion}&unitId=${bartsAmu}&from=${period}&to=${period}&includeRevisions=true`,
    );
    expect(all.map((item) => [item.revision, item.isCurrent])).toEqual(
      expect.arrayContaining([
        [1, false],
        [2, true],
      ]),
    );
    const history = await t.fetch(
      `/v1/observations/history?measureId=${m.proportion}&unitId=${bartsAmu}&period=${period}`,
      { token: viewer },
    );
    expect(history.status).toBe(200);
    const body = (await history.json()) as {
      revisions: (Observation & { submission: { id: string } | null })[];
    };
    expect(body.revisions.map((item) => item.revision)).toEqual([2, 1]);
    expect(body.revisions[0]?.submission?.id).toBe(revised.submissionId);
    expect(
      (
        await t.fetch(`/v1/observations/history?measureId=${m.proportion}&period=${monthsAgo(30)}`, {
          token: viewer,
        })
      ).status,
    ).toBe(404);
  });

  it('settles racing submissions to one series: 2xx or 409, one current revision, consecutive revisions', async () => {
    const measureId = await createMeasure(barts, 'BARTS-RACE', 'continuous');
    const period = monthsAgo(2);
    const header = 'measureId,unitId,period,value,status';
    const statuses: number[] = [];
    // Round 0 races two first revisions (the unique index decides); later rounds race two revisions
    // of the same current observation (retiring it decides). One JSON and one CSV body each time.
    for (let round = 0; round < 4; round++) {
      const responses = await Promise.all([
        submit(submitter, [{ measureId, unitId: bartsEd, period, value: 10 + round * 2, status: 'final' }]),
        submitCsv(submitter, `${header}\n${measureId},${bartsEd},${period},${11 + round * 2},final\n`),
      ]);
      for (const response of responses) {
        const text = await response.text();
        if (response.status === 409) {
          expect(response.headers.get('content-type'), text).toBe('application/problem+json');
          expect(JSON.parse(text)).toMatchObject({ status: 409 });
        } else {
          expect(response.status, text).toBe(201);
          expect(JSON.parse(text)).toMatchObject({ received: 1, rejected: 0, unchanged: 0 });
        }
        statuses.push(response.status);
      }
    }
    console.info(`racing submissions on ${engine}: ${statuses.join(' ')}`);
    expect(statuses.filter((status) => status === 201).length).toBeGreaterThanOrEqual(4);

    const all = await observationsOf(
      viewer,
      `measureId=${measureId}&unitId=${bartsEd}&from=${period}&to=${period}&includeRevisions=true`,
    );
    const current = all.filter((item) => item.isCurrent);
    expect(current).toHaveLength(1);
    const revisions = all.map((item) => item.revision).sort((a, b) => a - b);
    // One revision per accepted submission, numbered 1, 2, 3… with no gap or repeat.
    expect(revisions).toEqual(revisions.map((_, index) => index + 1));
    expect(revisions).toHaveLength(statuses.filter((status) => status === 201).length);
    expect(current[0]?.revision).toBe(revisions.length);
  });

  it('reports every rejection reason with its row and field', async () => {
    const future = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 1)).toISOString().slice(0, 10);
    const p = monthsAgo(12);
    const base = { measureId: m.proportion, period: p, numerator: 1, denominator: 2, status: 'final' };
    const cases: [Row, string, RegExp][] = [
      [{ ...base, measureId: 'not-a-uuid' }, 'measureId', /UUID/],
      [{ ...base, measureId: uuidv7() }, 'measureId', /unknown measure/],
      [{ ...base, measureId: m.unpublished }, 'measureId', /unknown measure/],
      [{ ...base, measureId: m.guysLocal }, 'measureId', /unknown measure/],
      [{ ...base, measureId: m.draft }, 'measureId', /no active version/],
      [{ ...base, unitId: guysEd }, 'unitId', /not a unit of your organisation/],
      [{ ...base, unitId: 'ed' }, 'unitId', /UUID/],
      [{ ...base, period: '2024-02-30' }, 'period', /YYYY-MM-DD/],
      [{ ...base, period: '2024-02-02' }, 'period', /1st of the month/],
      [{ ...base, period: future }, 'period', /future/],
      [{ ...base, status: 'draft' }, 'status', /provisional or final/],
      [{ ...base, numerator: 3 }, 'numerator', /exceed the denominator/],
      [{ ...base, numerator: 1.5 }, 'numerator', /integer/],
      [{ ...base, denominator: 0 }, 'denominator', /greater than 0/],
      [{ ...base, denominator: null }, 'denominator', /required/],
      [{ ...base, numerator: 1, denominator: 10 }, 'numerator', /plausible range/],
      [{ ...base, measureId: m.rate, numerator: 2, denominator: 0 }, 'denominator', /greater than 0/],
      [
        { ...base, measureId: m.ratio, period: '2024-04-01', numerator: 2, expected: 0 },
        'expected',
        /greater than 0/,
      ],
      [
        { ...base, measureId: m.ratio, period: '2024-05-01', numerator: 2, expected: 1 },
        'period',
        /quarterly/,
      ],
      [
        { ...base, measureId: m.count, period: mondaysAgo(20), value: -1, denominator: 5 },
        'value',
        /non-negative integer/,
      ],
      [
        { ...base, measureId: m.count, period: mondaysAgo(21), value: 2.5, denominator: 5 },
        'value',
        /non-negative integer/,
      ],
      [
        { ...base, measureId: m.count, period: mondaysAgo(22), value: 2, denominator: null },
        'denominator',
        /data-quality rules/,
      ],
      [{ ...base, measureId: m.count, period: '2024-01-02', value: 2, denominator: 5 }, 'period', /Monday/],
      [{ ...base, measureId: m.continuous, value: null }, 'value', /required/],
      [{ ...base, measureId: m.continuous, value: 150 }, 'value', /plausible range/],
      [{ ...base, measureId: m.continuous, period: monthsAgo(13), value: 5 }, 'period', /duplicate/],
      [{ ...base, period: monthsAgo(16), numerator: null }, 'numerator', /required for a proportion/],
      [
        { ...base, measureId: m.rate, period: monthsAgo(16), numerator: 2.5, denominator: 10 },
        'numerator',
        /non-negative integer/,
      ],
      [
        { ...base, measureId: m.ratio, period: '2023-10-01', numerator: -1, expected: 2 },
        'numerator',
        /not be negative/,
      ],
      [
        { ...base, measureId: m.ratio, period: '2023-07-01', numerator: 2, expected: null },
        'expected',
        /required for a ratio/,
      ],
    ];
    // The duplicate needs an earlier row of the same series.
    const rows: Row[] = [
      { measureId: m.continuous, period: monthsAgo(13), value: 4, status: 'final' },
      ...cases.map(([row]) => row),
    ];
    const summary = await summaryOf(await submit(submitter, rows, '?mode=partial'), 201);
    const rejectedRows = new Set(summary.rejections.map((rejection) => rejection.row));
    expect(cases.map((_, index) => index + 2).filter((row) => !rejectedRows.has(row))).toEqual([]);
    expect(summary).toMatchObject({ received: rows.length, created: 1, rejected: cases.length });
    cases.forEach(([, field, reason], index) => {
      const found = summary.rejections.filter((rejection) => rejection.row === index + 2);
      expect(found, `row ${index + 2}: ${JSON.stringify(cases[index]?.[0])}`).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, reason: expect.stringMatching(reason) })]),
      );
    });

    // An organisation invited (not yet enrolled) sees the programme's measures but may not report them.
    const cornwall = await t.token('royal-cornwall', 'submitter');
    const invited = await summaryOf(await submit(cornwall, [base]), 422);
    expect(invited.rejections).toEqual([
      expect.objectContaining({
        field: 'measureId',
        reason: expect.stringMatching(/not enrolled in a programme/),
      }),
    ]);

    // CSV lines with the wrong number of fields, and bad numbers.
    const csv = `measureId,period,value,status\n${m.continuous},${monthsAgo(14)},1,final,extra\n${m.continuous},${monthsAgo(15)},abc,final\n`;
    const csvSummary = await summaryOf(await submitCsv(submitter, csv), 422);
    expect(csvSummary.rejections).toEqual([
      expect.objectContaining({ row: 1, field: 'row' }),
      expect.objectContaining({ row: 2, field: 'value', reason: 'must be a number' }),
    ]);
    // Required cells left empty in CSV (JSON refuses such a body outright with 400).
    const empties = await summaryOf(
      await submitCsv(
        submitter,
        `measureId,period,value,status\n,${monthsAgo(17)},1,final\n${m.continuous},,1,final\n${m.continuous},${monthsAgo(18)},1,\n`,
      ),
      422,
    );
    expect(empties.rejections).toEqual([
      expect.objectContaining({ row: 1, field: 'measureId' }),
      expect.objectContaining({ row: 2, field: 'period', reason: 'is required' }),
      expect.objectContaining({ row: 3, field: 'status', reason: 'is required: provisional or final' }),
    ]);
    const badHeader = await submitCsv(submitter, 'measure,period\nx,y\n');
    expect(badHeader.status).toBe(400);
  });

  it('warns about late data and values beyond the process limits', async () => {
    const old = monthsAgo(24);
    const late = await summaryOf(
      await submit(submitter, [{ measureId: m.late, period: old, value: 3, status: 'final' }]),
      201,
    );
    expect(late.warnings).toEqual([expect.objectContaining({ row: 1, kind: 'late' })]);
    expect((await observationsOf(viewer, `measureId=${m.late}`))[0]?.late).toBe(true);
    const onTime = await summaryOf(
      await submit(submitter, [{ measureId: m.late, period: monthsAgo(0), value: 3, status: 'final' }]),
      201,
    );
    expect(onTime.warnings).toEqual([]);

    const stable = Array.from({ length: 20 }, (_, index) => ({
      measureId: m.limits,
      period: monthsAgo(index + 2),
      value: 50 + (index % 3),
      status: 'final',
    }));
    const baseline = await summaryOf(await submit(submitter, stable), 201);
    expect(baseline.warnings.filter((warning) => warning.kind === 'beyond_limits')).toEqual([]);
    const outlier = [{ measureId: m.limits, period: monthsAgo(1), value: 90, status: 'final' }];
    const dry = await summaryOf(await submit(submitter, outlier, '?dryRun=true'), 200);
    expect(dry.warnings).toEqual([expect.objectContaining({ row: 1, kind: 'beyond_limits' })]);
    const written = await summaryOf(await submit(submitter, outlier), 201);
    expect(written.warnings).toEqual([expect.objectContaining({ row: 1, kind: 'beyond_limits' })]);
  });

  it('streams a large CSV upload (200,000 rows generated on the fly)', { timeout: 300_000 }, async () => {
    const measureIds: string[] = [];
    for (let index = 0; index < 10; index++) {
      measureIds.push(await createMeasure(barts, `BARTS-BULK-${index}`, 'count', { periodicity: 'week' }));
    }
    const unitsOf = [
      null,
      ...['site', 'urgent-care', 'ed', 'amu', 'ed-nursing'].map((key) => demoUnitId('barts-health', key)),
    ];
    const total = 200_000;
    const perSeries = Math.ceil(total / (measureIds.length * unitsOf.length));
    const encoder = new TextEncoder();
    let produced = 0;
    let week = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (produced >= total) {
          controller.close();
          return;
        }
        const lines: string[] = produced === 0 ? ['measureId,unitId,period,value,status'] : [];
        // One week of every series per pull.
        const period = mondaysAgo(week++);
        for (const measureId of measureIds) {
          for (const unitId of unitsOf) {
            if (produced >= total) break;
            lines.push(`${measureId},${unitId ?? ''},${period},${produced % 17},final`);
            produced++;
          }
        }
        controller.enqueue(encoder.encode(`${lines.join('\n')}\n`));
      },
    });
    expect(perSeries).toBeGreaterThan(1);
    const summary = await summaryOf(await submitCsv(submitter, stream), 201);
    expect(summary).toMatchObject({ outcome: 'accepted', received: total, created: total, rejected: 0 });
    const items = await observationsOf(
      viewer,
      `measureId=${measureIds[0]}&unitId=${demoUnitId('barts-health', 'ed')}&limit=5`,
    );
    expect(items).toHaveLength(5);
  });

  it('accepts a submission from an API client with a client-credentials token', async () => {
    const admin = await t.token('barts-health', 'tenant_admin');
    const created = await t.fetch('/v1/api-clients', {
      method: 'POST',
      token: admin,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'EPR feed', roles: ['submitter'] }),
    });
    expect(created.status).toBe(201);
    const client = (await created.json()) as { clientId: string; clientSecret: string };
    const issued = await t.fetch('/oauth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: client.clientId,
        client_secret: client.clientSecret,
      }),
    });
    expect(issued.status).toBe(200);
    const { access_token: token } = (await issued.json()) as { access_token: string };
    const summary = await summaryOf(
      await submit(token, [
        { measureId: m.proportion, period: monthsAgo(11), numerator: 5, denominator: 9, status: 'final' },
      ]),
      201,
    );
    expect(summary.created).toBe(1);
    // A viewer may read but not submit.
    expect(
      (await submit(viewer, [{ measureId: m.proportion, period: monthsAgo(11), status: 'final' }])).status,
    ).toBe(403);
  });

  it('keeps organisations apart, and shows enrolled data to the programme owner for its measures only', async () => {
    const guysViewer = await t.token('guys-st-thomas', 'viewer');
    // Another trust's data: the organisation is not visible, so 404 (not an empty page).
    expect(
      (
        await t.fetch(`/v1/observations?measureId=${m.proportion}&organisationId=${barts}`, {
          token: guysViewer,
        })
      ).status,
    ).toBe(404);
    expect(await observationsOf(guysViewer, `measureId=${m.proportion}`)).toEqual([]);
    const history = await t.fetch(
      `/v1/observations/history?measureId=${m.proportion}&period=${monthsAgo(3)}&organisationId=${barts}`,
      { token: guysViewer },
    );
    expect(history.status).toBe(404);
    const bartsSubmissions = (await (await t.fetch('/v1/submissions', { token: viewer })).json()) as {
      items: { id: string }[];
    };
    const someone = bartsSubmissions.items[0]?.id;
    expect((await t.fetch(`/v1/submissions/${someone}`, { token: guysViewer })).status).toBe(404);
    expect((await t.fetch(`/v1/submissions/${someone}/payload`, { token: guysViewer })).status).toBe(404);

    const nationalViewer = await t.token('national-quality-body', 'viewer');
    const programmeData = await observationsOf(
      nationalViewer,
      `measureId=${m.proportion}&organisationId=${barts}`,
    );
    expect(programmeData.length).toBeGreaterThan(0);
    const history2 = await t.fetch(
      `/v1/observations/history?measureId=${m.proportion}&unitId=${bartsAmu}&period=${monthsAgo(10)}&organisationId=${barts}`,
      { token: nationalViewer },
    );
    expect(history2.status).toBe(200);
    const revisions = ((await history2.json()) as { revisions: { submission: unknown }[] }).revisions;
    expect(revisions.every((revision) => revision.submission === null)).toBe(true);
    // Barts's own measure is not the programme's.
    expect(
      (
        await t.fetch(`/v1/observations?measureId=${m.continuous}&organisationId=${barts}`, {
          token: nationalViewer,
        })
      ).status,
    ).toBe(404);

    const nationalAdmin = await t.token('national-quality-body', 'tenant_admin');
    const enrolment = `/v1/programmes/${uecFlow}/enrolments/${demoId('enrolment/uec-flow/barts-health')}`;
    const current = await t.fetch(enrolment, { token: nationalAdmin });
    const withdrawn = await t.fetch(`${enrolment}/withdraw`, {
      method: 'POST',
      token: nationalAdmin,
      headers: { 'Content-Type': 'application/json', 'If-Match': current.headers.get('etag') ?? '' },
      body: JSON.stringify({ reason: 'Test of withdrawal' }),
    });
    expect(withdrawn.status, await withdrawn.clone().text()).toBe(200);
    // Withdrawn: the organisation is no longer the programme owner's to read.
    expect(
      (
        await t.fetch(`/v1/observations?measureId=${m.proportion}&organisationId=${barts}`, {
          token: nationalViewer,
        })
      ).status,
    ).toBe(404);
    // Nor may Barts report the programme's measures any more.
    const refused = await summaryOf(
      await submit(submitter, [
        { measureId: m.proportion, period: monthsAgo(16), numerator: 1, denominator: 2, status: 'final' },
      ]),
      422,
    );
    expect(refused.rejections[0]?.field).toBe('measureId');
  });
});
