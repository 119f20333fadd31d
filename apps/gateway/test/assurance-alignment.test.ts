import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFrameworkVersionId } from '../src/demo/demo-frameworks.js';
import { demoMeasureId } from '../src/demo/demo-measures.js';
import {
  DEMO_INVITED_ONLY,
  DEMO_ORGANISATIONS,
  DEMO_PROGRAMME,
  demoId,
} from '../src/demo/demo-organisations.js';
import { engines, startTestPlatform, type TestPlatform } from './harness.js';

const barts = demoId('barts-health');
const programmeId = demoId(`programme/${DEMO_PROGRAMME.code}`);
const fourHour = demoMeasureId('AE-4HR');

interface Signal {
  kind: string;
  period: string;
  rules: string[];
  assuranceIcon: string | null;
}
interface Divergence {
  kind: string;
  inspectionId: string;
  node: { code: string };
  judgement: { rating: string; band: string };
  measure: { id: string; code: string };
  period: { from: string; to: string };
  signals: Signal[];
  explanation: string;
}
interface MeasureRow {
  measure: { id: string; code: string };
  alignment: string;
  usedInControl: boolean;
  usedInAssurance: boolean;
  control: { spcAvailable: boolean; lastSubmittedAt: string | null; reason: string };
  assurance: { nodes: { code: string; inspectionId: string }[]; findingCount: number; evidenceCount: number };
}
interface OrganisationAlignment {
  organisationId: string;
  assuranceVisible: boolean;
  assuranceNote: string | null;
  inspections: number;
  measures: MeasureRow[];
  divergences: Divergence[];
  notAssessable: { inspectionId: string; nodeCode: string; measureCode: string; reason: string }[];
  summary: {
    controlMeasures: number;
    controlMeasuresUsedByAssurance: number;
    shareOfControlMeasuresUsedByAssurance: number | null;
    judgements: number;
    judgementsBackedByControl: number;
    shareOfJudgementsBackedByControl: number | null;
    divergences: {
      judged_good_control_concern: number;
      judged_poor_control_improving: number;
      total: number;
    };
  };
}
interface Report {
  scope: { kind: string; id: string };
  organisations: OrganisationAlignment[];
  summary: OrganisationAlignment['summary'];
}
interface SpcPoint {
  period: string;
  classification: string;
  specialCauses: string[];
}

describe.each(engines)('alignment of assurance and control on %s', (engine) => {
  let t: TestPlatform;
  let inspector: string;
  let bartsAdmin: string;
  let bartsViewer: string;
  let nationalAdmin: string;
  let guysAdmin: string;
  let spc: SpcPoint[];
  const inspections: Record<string, string> = {};

  const call = async (
    token: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.fetch(path, {
      method,
      token,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const ok = async <T>(response: Response, status = 200): Promise<T> => {
    const text = await response.text();
    expect(response.status, text).toBe(status);
    return JSON.parse(text) as T;
  };

  /** The regulator inspects Barts in the given days, judges nodes, and shares the draft. */
  async function inspect(title: string, startsOn: string, endsOn: string, ratings: Record<string, string>) {
    const inspection = await ok<{ id: string }>(
      await call(inspector, 'POST', '/v1/inspections', {
        organisationId: barts,
        frameworkVersionId: demoFrameworkVersionId('demo-five-questions'),
        type: 'announced',
        title,
        team: ['inspector@care-regulator'],
        startsOn,
        endsOn,
      }),
      201,
    );
    const path = `/v1/inspections/${inspection.id}`;
    await ok(await call(inspector, 'POST', `${path}/start-fieldwork`, undefined, { 'If-Match': '"1"' }));
    const framework = await ok<{ nodes: { id: string; code: string }[] }>(
      await call(inspector, 'GET', `${path}/framework`),
    );
    for (const [code, rating] of Object.entries(ratings)) {
      const node = framework.nodes.find((candidate) => candidate.code === code);
      await ok(
        await call(
          inspector,
          'PUT',
          `${path}/judgements/${node?.id}`,
          { rating, rationale: 'Test' },
          { 'If-Match': '"0"' },
        ),
      );
    }
    await ok(await call(inspector, 'POST', `${path}/submit-draft`, undefined, { 'If-Match': '"2"' }));
    await ok(await call(inspector, 'POST', `${path}/share-draft`, undefined, { 'If-Match': '"3"' }));
    return inspection.id;
  }

  beforeAll(async () => {
    t = await startTestPlatform(engine);
    inspector = await t.token('care-regulator', 'inspector');
    bartsAdmin = await t.token('barts-health', 'tenant_admin');
    bartsViewer = await t.token('barts-health', 'viewer');
    nationalAdmin = await t.token('national-quality-body', 'tenant_admin');
    guysAdmin = await t.token('guys-st-thomas', 'tenant_admin');
    // Winter 2019: Barts' four-hour performance falls below its lower process limit.
    inspections.winter = await inspect('Winter 2019', '2019-02-04', '2019-02-08', {
      'SAFE.1': 'good',
      'LED.1': 'good',
      'RESP.1': 'requires_improvement',
    });
    // Autumn 2016: the same measure sits in a run above its mean (improvement).
    inspections.autumn = await inspect('Autumn 2016', '2016-10-03', '2016-10-07', { 'RESP.1': 'inadequate' });
    spc = (await ok<{ points: SpcPoint[] }>(await call(bartsAdmin, 'GET', `/v1/measures/${fourHour}/spc`)))
      .points;
  });
  afterAll(() => t?.close());

  const concernIn = (from: string, to: string, kind: string) =>
    spc.filter((p) => p.period >= from && p.period <= to && p.classification === kind).map((p) => p.period);

  it('shows the organisation where its judgements and its SPC diverge, naming node, judgement, measure, signal and period', async () => {
    const report = await ok<Report>(await call(bartsViewer, 'GET', `/v1/organisations/${barts}/alignment`));
    expect(report.scope).toEqual({ kind: 'organisation', id: barts });
    expect(report.organisations).toHaveLength(1);
    const own = report.organisations[0] as OrganisationAlignment;
    expect(own.assuranceVisible).toBe(true);

    const winter = own.divergences.filter((d) => d.inspectionId === inspections.winter);
    expect(winter.map((d) => [d.kind, d.node.code, d.judgement.rating, d.measure.code])).toEqual([
      ['judged_good_control_concern', 'LED.1', 'good', 'AE-4HR'],
    ]);
    const divergence = winter[0] as Divergence;
    expect(divergence.period).toEqual({ from: '2018-11-04', to: '2019-02-08' });
    // The signals are exactly the concern points of the measure's own SPC in that period.
    const concern = divergence.signals.filter((s) => s.kind === 'special_cause_concern');
    expect(concern.map((s) => s.period)).toEqual(concernIn('2018-11-04', '2019-02-08', 'concern'));
    expect(concern.length).toBeGreaterThan(0);
    for (const signal of concern) {
      const point = spc.find((p) => p.period === signal.period);
      expect(signal.rules).toEqual(point?.specialCauses.filter((rule) => rule !== 'fewCrossings'));
    }
    expect(divergence.signals.some((s) => s.kind === 'consistently_failing')).toBe(true);
    expect(divergence.explanation).toContain('LED.1 judged Good while AE-4HR shows');
    // Requires improvement agrees with the concern: no divergence on RESP.1 that winter.

    const autumn = own.divergences.filter((d) => d.inspectionId === inspections.autumn);
    expect(autumn.map((d) => [d.kind, d.node.code, d.judgement.band, d.measure.code])).toEqual([
      ['judged_poor_control_improving', 'RESP.1', 'poor', 'AE-4HR'],
    ]);
    const improving = autumn[0]?.signals.filter((s) => s.kind === 'special_cause_improvement') ?? [];
    expect(improving.map((s) => s.period)).toEqual(concernIn('2016-07-03', '2016-10-07', 'improvement'));
    expect(improving.length).toBeGreaterThan(0);

    // AE-ATT is bound to RESP.1 too, but has no improvement direction: not assessable, said so.
    expect(own.notAssessable).toContainEqual({
      inspectionId: inspections.autumn,
      nodeCode: 'RESP.1',
      measureCode: 'AE-ATT',
      reason: 'The measure has no improvement direction',
    });
    // SAFE.1 was judged too but binds no measure: a judgement not backed by control.
    const fourHourRow = own.measures.find((m) => m.measure.code === 'AE-4HR') as MeasureRow;
    expect(fourHourRow).toMatchObject({ usedInControl: true, usedInAssurance: true, alignment: 'aligned' });
    expect(
      fourHourRow.assurance.nodes
        .filter((n) => n.inspectionId === inspections.winter)
        .map((n) => n.code)
        .sort(),
    ).toEqual(['LED.1', 'RESP.1']);
    const ownJudgements = own.summary.judgements;
    expect(ownJudgements).toBeGreaterThanOrEqual(4);
    expect(own.summary.judgementsBackedByControl).toBeLessThan(ownJudgements);
    expect(own.summary.shareOfJudgementsBackedByControl).toBeCloseTo(
      own.summary.judgementsBackedByControl / ownJudgements,
      3,
    );
    expect(own.summary.divergences.total).toBe(own.divergences.length);
    expect(own.summary.divergences.judged_good_control_concern).toBe(
      own.divergences.filter((d) => d.kind === 'judged_good_control_concern').length,
    );
    expect(report.summary).toEqual(own.summary);
  });

  it('counts control measures by recent submissions with SPC, and assurance use by bindings, findings and evidence', async () => {
    const report = await ok<Report>(await call(bartsAdmin, 'GET', `/v1/organisations/${barts}/alignment`));
    const own = report.organisations[0] as OrganisationAlignment;
    const codes = own.measures.map((m) => m.measure.code);
    expect(codes).toEqual(expect.arrayContaining(['AE-4HR', 'AE-ATT', 'AE-ADM']));
    for (const row of own.measures) {
      // The demo submitted 36 months through the API just now.
      expect(row.usedInControl, row.measure.code).toBe(true);
      expect(row.control.spcAvailable).toBe(true);
      expect(Date.now() - Date.parse(row.control.lastSubmittedAt ?? '')).toBeLessThan(92 * 86_400_000);
    }
    const admissions = own.measures.find((m) => m.measure.code === 'AE-ADM') as MeasureRow;
    // AE-ADM is bound only in the regulator's other framework, which no inspection of Barts uses.
    expect(admissions).toMatchObject({ usedInAssurance: false, alignment: 'control_only' });
    expect(own.summary.controlMeasures).toBe(own.measures.length);
    expect(own.summary.controlMeasuresUsedByAssurance).toBe(
      own.measures.filter((m) => m.usedInAssurance).length,
    );
  });

  it('gives the programme owner every enrolled organisation’s control, and says honestly that it cannot see the regulator’s assurance', async () => {
    const report = await ok<Report>(
      await call(nationalAdmin, 'GET', `/v1/programmes/${programmeId}/alignment`),
    );
    expect(report.scope).toEqual({ kind: 'programme', id: programmeId });
    const enrolled = DEMO_ORGANISATIONS.filter((o) => o.kind === 'trust' && o.slug !== DEMO_INVITED_ONLY).map(
      (o) => demoId(o.slug),
    );
    expect(report.organisations.map((o) => o.organisationId).sort()).toEqual([...enrolled].sort());
    for (const organisation of report.organisations) {
      expect(organisation.assuranceVisible).toBe(false);
      expect(organisation.assuranceNote).toContain(
        'readable only by the regulator and the inspected organisation',
      );
      expect(organisation.inspections).toBe(0);
      expect(organisation.divergences).toEqual([]);
      expect(organisation.measures.map((m) => m.measure.code).sort()).toEqual(['AE-4HR', 'AE-ADM', 'AE-ATT']);
      for (const row of organisation.measures)
        expect(row).toMatchObject({ usedInControl: true, usedInAssurance: false });
    }
    expect(report.summary).toMatchObject({
      controlMeasures: enrolled.length * 3,
      controlMeasuresUsedByAssurance: 0,
      shareOfControlMeasuresUsedByAssurance: 0,
      judgements: 0,
      shareOfJudgementsBackedByControl: null,
      divergences: { total: 0 },
    });
  });

  it('answers 404 to anyone but the organisation itself or the programme’s owner', async () => {
    for (const [token, path] of [
      [guysAdmin, `/v1/organisations/${barts}/alignment`],
      [nationalAdmin, `/v1/organisations/${barts}/alignment`],
      [inspector, `/v1/organisations/${barts}/alignment`],
      [bartsAdmin, `/v1/programmes/${programmeId}/alignment`],
      [inspector, `/v1/programmes/${programmeId}/alignment`],
    ] as const) {
      const response = await call(token, 'GET', path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await response.text()).not.toContain(fourHour);
    }
    const unknown = await call(nationalAdmin, 'GET', `/v1/programmes/${barts}/alignment`);
    expect(unknown.status).toBe(404);
  });
});
