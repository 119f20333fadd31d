// The engine itself (not a dependency of the gateway package): the reference for the icons.

import { analyseSpc } from '@qms/statistics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MEASURES, demoMeasureId } from '../src/demo/demo-measures.js';
import { demoId } from '../src/demo/demo-organisations.js';
import { engines, json, startTestPlatform, type TestPlatform } from './harness.js';
import {
  aeSeries,
  createLink,
  createMeasure,
  createMeasureSet,
  createObservations,
  createSubmission,
  type MeasureFixture,
  type ObservationFixture,
  publishToProgramme,
} from './isolation/measures-quality-control.cases.js';

const barts = demoId('barts-health');
const oxford = demoId('oxford-university-hospitals');
const national = demoId('national-quality-body');
const programme = demoId('programme/uec-flow');
const bartsEnrolment = demoId('enrolment/uec-flow/barts-health');

interface SpcBody {
  measure: { id: string; code: string };
  engine: { name: string; version: string };
  ruleFamily: string;
  chart: string;
  options: { multiplier: number; target: number | null; recalculateAt: string[] };
  target: { value: number | null; source: string | null };
  points: {
    period: string;
    value: number | null;
    centre: number | null;
    phase: number;
    classification: string;
    dataQuality: {
      missing: boolean;
      provisional: boolean;
      late: boolean;
      revised: boolean;
      revision: number | null;
    };
  }[];
  phases: { startPeriod: string; centre: number | null }[];
  variationIcon: string | null;
  assuranceIcon: string | null;
  annotations: { period: string; text: string }[];
  warnings: { code: string }[];
}

interface BoardBody {
  rows: {
    measureId: string;
    code: string;
    uses: string[];
    latestPeriod: string | null;
    latestValue: number | null;
    target: number | null;
    centre: number | null;
    variationIcon: string | null;
    assuranceIcon: string | null;
    dataQuality: {
      state: string;
      provisional: boolean;
      missingLatestPeriod: boolean;
      expectedLatestPeriod: string;
    };
    sparkline: { period: string; value: number | null }[];
  }[];
}

describe.each(engines)('quality control of stored data on %s', (engine) => {
  let t: TestPlatform;
  let viewer: string;
  let steward: string;
  let analyst: string;
  const rows = aeSeries('R1H');
  /** The 4-hour series as stored: period 30 revised, 33 late, the last provisional. */
  const fourHourRows: ObservationFixture[] = rows.map((row, k) => ({
    period: row.period,
    numerator: row.attendances - row.breaches,
    denominator: row.attendances,
    ...(k === 30 ? { revision: 2 } : {}),
    ...(k === 33 ? { late: true } : {}),
    ...(k === rows.length - 1 ? { status: 'provisional' as const } : {}),
  }));
  const missingMonth = '2017-12-01';
  let fourHours: MeasureFixture;
  let attendances: MeasureFixture;
  let admissions: MeasureFixture;
  let nationalFourHours: MeasureFixture;
  let nationalPrivate: MeasureFixture;
  let setId: string;

  beforeAll(async () => {
    t = await startTestPlatform(engine);
    viewer = await t.token('barts-health', 'viewer');
    steward = await t.token('barts-health', 'measure_steward');
    analyst = await t.token('national-quality-body', 'analyst');
    const submission = await createSubmission(t, barts, 2);

    fourHours = await createMeasure(t, barts, 'qc-ae-4h', {
      title: 'A&E type 1: seen within 4 hours',
      valueType: 'proportion',
      multiplier: 100,
      unit: '%',
      improvementDirection: 'increase',
      targets: [{ from: '2016-01-01', value: 95 }],
    });
    await createObservations(t, barts, fourHours, submission, [
      // The first value of the revised period, superseded.
      { ...(fourHourRows[30] as ObservationFixture), numerator: 1, revision: 1, isCurrent: false },
      ...fourHourRows,
    ]);
    attendances = await createMeasure(t, barts, 'qc-ae-attendances', {
      title: 'A&E type 1 attendances',
      valueType: 'count',
      improvementDirection: 'neutral',
    });
    await createObservations(
      t,
      barts,
      attendances,
      submission,
      rows.map((row) => ({ period: row.period, value: row.attendances })),
    );
    admissions = await createMeasure(t, barts, 'qc-ae-admissions', {
      title: 'Admissions from A&E type 1',
      valueType: 'count',
      improvementDirection: 'neutral',
    });
    await createObservations(
      t,
      barts,
      admissions,
      submission,
      rows
        .filter((row) => row.period !== missingMonth)
        .map((row) => ({ period: row.period, value: row.admissions })),
    );
    setId = await createMeasureSet(t, barts, 'qc-board', [
      { measure: fourHours, uses: ['quality_control', 'assurance'] },
      { measure: attendances, uses: ['quality_control'] },
      { measure: admissions, uses: ['improvement'] },
    ]);

    nationalFourHours = await createMeasure(t, national, 'qc-nat-4h', {
      title: 'National: seen within 4 hours',
      valueType: 'proportion',
      multiplier: 100,
      improvementDirection: 'increase',
      targets: [{ from: '2016-01-01', value: 95 }],
    });
    await publishToProgramme(t, nationalFourHours, programme);
    await createObservations(
      t,
      barts,
      nationalFourHours,
      submission,
      fourHourRows.map((row) => ({ ...row, revision: 1, late: false, status: 'final' as const })),
    );
    nationalPrivate = await createMeasure(t, national, 'qc-nat-private', {
      title: 'National body internal measure',
      valueType: 'count',
      improvementDirection: 'neutral',
    });
    await createLink(t, fourHours, nationalFourHours, 'contributes_to');
    await createLink(t, attendances, fourHours, 'balancing');
  });
  afterAll(() => t?.close());

  const getJson = async <T>(path: string, token: string, status = 200): Promise<T> => {
    const response = await t.fetch(path, { token });
    const text = await response.text();
    expect(response.status, text).toBe(status);
    return JSON.parse(text) as T;
  };

  it('analyses the stored series: centre is the mean, icons as the engine gives them', async () => {
    const body = await getJson<SpcBody>(`/v1/measures/${fourHours.id}/spc`, viewer);
    expect(body.points).toHaveLength(36);
    expect(body.ruleFamily).toBe('mdc');
    expect(body.chart).toBe('xmr');
    expect(body.engine.name).toBe('qms-spc');
    expect(body.options.multiplier).toBe(100);
    expect(body.target).toEqual({ value: 95, source: 'measure' });
    const values = fourHourRows.map((row) => ((row.numerator ?? 0) / (row.denominator ?? 1)) * 100);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(body.points[0]?.centre).toBeCloseTo(mean, 9);
    body.points.forEach((point, k) => {
      expect(point.value).toBeCloseTo(values[k] ?? 0, 9);
    });
    const direct = analyseSpc(
      values.map((value, k) => ({ period: fourHourRows[k]?.period ?? '', value })),
      { ruleFamily: 'mdc', chart: 'xmr', improvementDirection: 'increase', target: 95 },
    );
    expect(body.variationIcon).toBe(direct.variationIcon);
    expect(body.assuranceIcon).toBe(direct.assuranceIcon);
    expect(body.points.map((point) => point.classification)).toEqual(
      direct.points.map((p) => p.classification),
    );
  });

  it('carries revised, late and provisional flags per point', async () => {
    const body = await getJson<SpcBody>(`/v1/measures/${fourHours.id}/spc`, viewer);
    expect(body.points[30]?.dataQuality).toMatchObject({ revised: true, revision: 2, late: false });
    expect(body.points[33]?.dataQuality).toMatchObject({ late: true, revised: false });
    expect(body.points[35]?.dataQuality).toMatchObject({ provisional: true });
    expect(body.points[0]?.dataQuality).toEqual({
      missing: false,
      provisional: false,
      late: false,
      revised: false,
      revision: 1,
    });
    // A gap in the series is a missing point, not a shorter series.
    const admissionsBody = await getJson<SpcBody>(`/v1/measures/${admissions.id}/spc`, viewer);
    const gap = admissionsBody.points.find((point) => point.period === missingMonth);
    expect(gap?.value).toBeNull();
    expect(gap?.dataQuality.missing).toBe(true);
  });

  it('stores a limit change that splits the phases for everyone', async () => {
    const refused = await t.fetch('/v1/limit-changes', {
      token: viewer,
      ...json({ measureId: fourHours.id, period: '2017-04-01', kind: 'recalculation', reason: 'x' }),
    });
    expect(refused.status).toBe(403);
    const noReason = await t.fetch('/v1/limit-changes', {
      token: steward,
      ...json({ measureId: fourHours.id, period: '2017-04-01', kind: 'recalculation' }),
    });
    expect(noReason.status).toBe(400);
    const badPeriod = await t.fetch('/v1/limit-changes', {
      token: steward,
      ...json({ measureId: fourHours.id, period: '2017-04-02', kind: 'recalculation', reason: 'x' }),
    });
    expect(badPeriod.status).toBe(422);
    const created = await t.fetch('/v1/limit-changes', {
      token: steward,
      ...json({
        measureId: fourHours.id,
        period: '2017-04-01',
        kind: 'recalculation',
        reason: 'new triage process',
      }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const change = (await created.json()) as { id: string; reason: string; organisationId: string };
    expect(change).toMatchObject({ reason: 'new triage process', organisationId: barts });

    const body = await getJson<SpcBody>(`/v1/measures/${fourHours.id}/spc`, viewer);
    expect(body.phases).toHaveLength(2);
    expect(body.phases[1]?.startPeriod).toBe('2017-04-01');
    expect(body.options.recalculateAt).toEqual(['2017-04-01']);
    const second = fourHourRows.slice(12).map((row) => ((row.numerator ?? 0) / (row.denominator ?? 1)) * 100);
    expect(body.phases[1]?.centre).toBeCloseTo(second.reduce((a, b) => a + b, 0) / second.length, 9);
    const list = await getJson<{ items: { id: string }[] }>(
      `/v1/limit-changes?measureId=${fourHours.id}`,
      viewer,
    );
    expect(list.items.map((item) => item.id)).toEqual([change.id]);
  });

  it('returns the annotations in range', async () => {
    for (const [period, text] of [
      ['2017-04-01', 'New triage <process> & streaming'],
      ['2015-01-01', 'Before the series'],
    ] as const) {
      const response = await t.fetch('/v1/annotations', {
        token: steward,
        ...json({ measureId: fourHours.id, period, category: 'system_change', text }),
      });
      expect(response.status, await response.clone().text()).toBe(201);
    }
    const body = await getJson<SpcBody>(`/v1/measures/${fourHours.id}/spc`, viewer);
    expect(body.annotations.map((note) => note.period)).toEqual(['2017-04-01']);
    const inRange = await getJson<{ items: { period: string }[] }>(
      `/v1/annotations?measureId=${fourHours.id}&from=2017-01-01&to=2017-12-01`,
      viewer,
    );
    expect(inRange.items.map((note) => note.period)).toEqual(['2017-04-01']);
    const all = await getJson<{ items: unknown[] }>(`/v1/annotations?measureId=${fourHours.id}`, viewer);
    expect(all.items).toHaveLength(2);
  });

  it('summarises a set of three measures for the board', async () => {
    const board = await getJson<BoardBody>(
      `/v1/board-summary?measureSetId=${setId}&asOf=2019-05-15&points=12`,
      viewer,
    );
    expect(board.rows.map((row) => row.code)).toEqual(['qc-ae-4h', 'qc-ae-attendances', 'qc-ae-admissions']);
    const [first, second] = board.rows;
    const spc = await getJson<SpcBody>(`/v1/measures/${fourHours.id}/spc`, viewer);
    expect(first).toMatchObject({
      uses: ['quality_control', 'assurance'],
      latestPeriod: '2019-03-01',
      target: 95,
      variationIcon: spc.variationIcon,
      assuranceIcon: spc.assuranceIcon,
    });
    expect(first?.latestValue).toBeCloseTo(spc.points[35]?.value ?? 0, 9);
    expect(first?.centre).toBeCloseTo(spc.phases[1]?.centre ?? 0, 9);
    expect(first?.sparkline).toHaveLength(12);
    expect(first?.dataQuality).toMatchObject({
      state: 'provisional',
      provisional: true,
      missingLatestPeriod: false,
      expectedLatestPeriod: '2019-03-01',
    });
    expect(second?.dataQuality.state).toBe('ok');
    // Judged later, the latest period is missing.
    const later = await getJson<BoardBody>(`/v1/board-summary?measureSetId=${setId}&asOf=2019-07-15`, viewer);
    expect(later.rows[1]?.dataQuality).toMatchObject({ state: 'missing', missingLatestPeriod: true });
  });

  it('draws well-formed SVG charts', async () => {
    const response = await t.fetch(`/v1/measures/${fourHours.id}/spc.svg`, { token: viewer });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = await response.text();
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect((svg.match(/<circle/g) ?? []).length).toBe(36);
    expect((svg.match(/<\/circle>/g) ?? []).length).toBe(36);
    expect(svg).toContain('New triage &lt;process&gt; &amp; streaming');
    expect(svg).not.toContain('<process>');
    expect((svg.match(/class="centre"/g) ?? []).length).toBe(2);

    const gap = await (await t.fetch(`/v1/measures/${admissions.id}/spc.svg`, { token: viewer })).text();
    expect((gap.match(/<circle/g) ?? []).length).toBe(35);

    const board = await t.fetch(`/v1/board-summary.svg?measureSetId=${setId}&points=12`, { token: viewer });
    expect(board.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const boardSvg = await board.text();
    expect((boardSvg.match(/<g class="row">/g) ?? []).length).toBe(3);
    expect((boardSvg.match(/<circle/g) ?? []).length).toBe(36);
  });

  it('follows the golden thread from a trust measure to a national one', async () => {
    type Thread = {
      measure: { measureId: string; signal: { periodStart: string } | null };
      above: {
        measureId: string;
        code: string | null;
        signal: { periodStart: string | null; value: number } | null;
      }[];
      below: { measureId: string; code: string | null }[];
      balancing: { measureId: string }[];
      links: { fromMeasureId: string; toMeasureId: string; kind: string }[];
    };
    const up = await getJson<Thread>(`/v1/measures/${fourHours.id}/thread`, viewer);
    expect(up.measure.signal?.periodStart).toBe('2019-03-01');
    expect(up.above.map((node) => node.measureId)).toEqual([nationalFourHours.id]);
    expect(up.above[0]?.code).toBe('qc-nat-4h');
    expect(up.above[0]?.signal?.periodStart).toBe('2019-03-01');
    expect(up.balancing.map((node) => node.measureId)).toEqual([attendances.id]);

    const down = await getJson<Thread>(`/v1/measures/${nationalFourHours.id}/thread`, viewer);
    expect(down.below.map((node) => node.measureId)).toEqual([fourHours.id]);
    // The national body drills down into the enrolled trust: the link is visible, the trust's own
    // measure definition is not.
    const drill = await getJson<Thread>(
      `/v1/measures/${nationalFourHours.id}/thread?organisationId=${barts}`,
      analyst,
    );
    expect(drill.below.map((node) => node.measureId)).toEqual([fourHours.id]);
    expect(drill.below[0]?.code).toBeNull();
    expect(drill.measure.signal?.periodStart).toBe('2019-03-01');
  });

  it('finds a deliberately missing month in the data-quality report', async () => {
    type Report = {
      organisations: {
        organisationId: string;
        validity: { submissions: number; rejectedRows: number } | null;
        measures: {
          measureId: string;
          missingPeriods: string[];
          completeness: number;
          timeliness: number;
          revisionsByPeriod: { period: string; revisions: number }[];
        }[];
      }[];
    };
    const report = await getJson<Report>(
      `/v1/data-quality?measureSetId=${setId}&from=2016-04-01&to=2019-03-01`,
      viewer,
    );
    const [own] = report.organisations;
    expect(own?.organisationId).toBe(barts);
    const byId = new Map(own?.measures.map((row) => [row.measureId, row]));
    expect(byId.get(admissions.id)?.missingPeriods).toEqual([missingMonth]);
    expect(byId.get(admissions.id)?.completeness).toBeCloseTo(35 / 36, 12);
    expect(byId.get(fourHours.id)?.missingPeriods).toEqual([]);
    expect(byId.get(fourHours.id)?.timeliness).toBeCloseTo(35 / 36, 12);
    expect(byId.get(fourHours.id)?.revisionsByPeriod).toEqual([{ period: rows[30]?.period, revisions: 1 }]);
    // Without a set, the organisation's own report covers every measure it reports, including
    // one with no data at all (its own, active, never submitted).
    const silent = await createMeasure(t, barts, 'qc-never-submitted', {
      title: 'A measure nobody has submitted yet',
      valueType: 'count',
      improvementDirection: 'neutral',
    });
    const ownReport = await getJson<Report>('/v1/data-quality?from=2016-04-01&to=2016-06-30', viewer);
    const silentRow = ownReport.organisations[0]?.measures.find((row) => row.measureId === silent.id);
    expect(silentRow?.completeness).toBe(0);
    expect(silentRow?.missingPeriods).toEqual(['2016-04-01', '2016-05-01', '2016-06-01']);
    const today = new Date().toISOString().slice(0, 10);
    const validity = await getJson<Report>(`/v1/data-quality?from=2016-04-01&to=${today}`, viewer);
    expect(validity.organisations[0]?.validity?.rejectedRows).toBeGreaterThanOrEqual(2);

    // The programme owner: every actively enrolled organisation, over the programme's measures.
    const programmeReport = await getJson<Report>(
      `/v1/data-quality?programmeId=${programme}&from=2016-04-01&to=2019-03-01`,
      analyst,
    );
    const bartsRow = programmeReport.organisations.find((row) => row.organisationId === barts);
    expect(bartsRow?.validity).toBeNull();
    // The demo seed publishes its own measures to the programme too; look past them.
    const demoMeasures = new Set(DEMO_MEASURES.map((measure) => demoMeasureId(measure.code)));
    expect(
      bartsRow?.measures
        .filter((row) => !demoMeasures.has(row.measureId))
        .map((row) => [row.measureId, row.completeness]),
    ).toEqual([[nationalFourHours.id, 1]]);
    expect(programmeReport.organisations.length).toBeGreaterThan(1);
  });

  it('answers a board summary of 100 measures x 60 periods', async () => {
    const submission = await createSubmission(t, oxford);
    const items: { measure: MeasureFixture; uses: string[] }[] = [];
    for (let m = 0; m < 100; m++) {
      const measure = await createMeasure(t, oxford, `qc-perf-${m}`, {
        title: `Measure ${m}`,
        valueType: m % 2 === 0 ? 'proportion' : 'count',
        multiplier: 100,
        improvementDirection: 'increase',
        targets: [{ from: '2014-01-01', value: 50 }],
      });
      const series = Array.from({ length: 60 }, (_, k) => {
        const period = new Date(Date.UTC(2014, k, 1)).toISOString().slice(0, 10);
        const noise = ((k * 7919 + m * 104_729) % 97) / 97;
        return m % 2 === 0
          ? { period, numerator: Math.round(400 + 100 * noise), denominator: 1000 }
          : { period, value: 50 + 10 * noise };
      });
      await createObservations(t, oxford, measure, submission, series);
      items.push({ measure, uses: ['quality_control'] });
    }
    const bigSet = await createMeasureSet(t, oxford, 'qc-perf-set', items);
    const token = await t.token('oxford-university-hospitals', 'viewer');
    const path = `/v1/board-summary?measureSetId=${bigSet}&points=12`;
    const warm = await getJson<BoardBody>(path, token);
    expect(warm.rows).toHaveLength(100);
    // Its speed is measured by apps/measures/bench/board-summary.bench.ts (docs/benchmarks.md),
    // not asserted here: a shared test machine makes timings noise.
    expect(new Set(warm.rows.map((row) => row.measureId)).size).toBe(100);
  });

  it('lets the national body read an enrolled trust’s programme series, and only that', async () => {
    const body = await getJson<SpcBody>(
      `/v1/measures/${nationalFourHours.id}/spc?organisationId=${barts}`,
      analyst,
    );
    expect(body.points).toHaveLength(36);
    // A trust's own measure is not the programme's.
    await getJson(`/v1/measures/${fourHours.id}/spc?organisationId=${barts}`, analyst, 404);
    // The national body's measure outside the programme gives no access to the trust's data.
    await getJson(`/v1/measures/${nationalPrivate.id}/spc?organisationId=${barts}`, analyst, 404);

    const admin = await t.token('national-quality-body', 'tenant_admin');
    const enrolment = await t.fetch(`/v1/programmes/${programme}/enrolments/${bartsEnrolment}`, {
      token: admin,
    });
    expect(enrolment.status).toBe(200);
    const withdrawn = await t.fetch(`/v1/programmes/${programme}/enrolments/${bartsEnrolment}/withdraw`, {
      token: admin,
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'If-Match': enrolment.headers.get('etag') ?? '' },
      body: JSON.stringify({ reason: 'Data sharing agreement ended' }),
    });
    expect(withdrawn.status, await withdrawn.clone().text()).toBe(200);
    await getJson(`/v1/measures/${nationalFourHours.id}/spc?organisationId=${barts}`, analyst, 404);
    await getJson(`/v1/board-summary?measureSetId=${setId}&organisationId=${barts}`, analyst, 404);
  });
});
