import { inspections as assuranceInspections, evidence, findings, judgements, reportVersions } from '@qms/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFrameworkVersionId } from '../src/demo/demo-frameworks.js';
import { DEMO_INSPECTION } from '../src/demo/demo-inspections.js';
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
const cornwall = demoId(DEMO_INVITED_ONLY);
const nationalBody = demoId('national-quality-body');
const regulator = demoId('care-regulator');

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
  let regulatorAdmin: string;
  let demoInspection: string;
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

  /** The regulator inspects a trust (Barts) in the given days, judges nodes, and shares the draft (or only submits it). */
  async function inspect(
    title: string,
    startsOn: string,
    endsOn: string,
    ratings: Record<string, string>,
    organisationId = barts,
    stage: 'draft' | 'factual_accuracy' = 'factual_accuracy',
  ) {
    const inspection = await ok<{ id: string }>(
      await call(inspector, 'POST', '/v1/inspections', {
        organisationId,
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
    if (stage === 'factual_accuracy')
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
    regulatorAdmin = await t.token('care-regulator', 'tenant_admin');
    const listed = await ok<{ items: { id: string; title: string }[] }>(
      await call(bartsAdmin, 'GET', '/v1/inspections?stage=published'),
    );
    demoInspection = listed.items.find((i) => i.title === DEMO_INSPECTION.title)?.id ?? '';
    expect(demoInspection).not.toBe('');
    // Winter 2019: Barts' four-hour performance falls below its lower process limit.
    inspections.winter = await inspect('Winter 2019', '2019-02-04', '2019-02-08', {
      'SAFE.1': 'good',
      'LED.1': 'good',
      'RESP.1': 'requires_improvement',
    });
    // Autumn 2016: the same measure sits in a run above its mean (improvement).
    inspections.autumn = await inspect('Autumn 2016', '2016-10-03', '2016-10-07', { 'RESP.1': 'inadequate' });
    // Spring 2019, still in draft: the inspectors' own until shared, and never the programme owner's.
    inspections.draft = await inspect(
      'Spring 2019 (draft)',
      '2019-03-04',
      '2019-03-08',
      { 'LED.1': 'outstanding' },
      barts,
      'draft',
    );
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

  it('gives the programme owner every enrolled organisation’s control and the published report of the regulator, with its divergence', async () => {
    const report = await ok<Report>(
      await call(nationalAdmin, 'GET', `/v1/programmes/${programmeId}/alignment`),
    );
    expect(report.scope).toEqual({ kind: 'programme', id: programmeId });
    const enrolled = DEMO_ORGANISATIONS.filter((o) => o.kind === 'trust' && o.slug !== DEMO_INVITED_ONLY).map(
      (o) => demoId(o.slug),
    );
    expect(report.organisations.map((o) => o.organisationId).sort()).toEqual([...enrolled].sort());
    for (const organisation of report.organisations) {
      expect(organisation.measures.map((m) => m.measure.code).sort()).toEqual(['AE-4HR', 'AE-ADM', 'AE-ATT']);
      for (const row of organisation.measures) expect(row).toMatchObject({ usedInControl: true });
      if (organisation.organisationId === barts) continue;
      // No other trust has a published inspection: hidden, and said so.
      expect(organisation.assuranceVisible).toBe(false);
      expect(organisation.assuranceNote).toContain('only once they are published');
      expect(organisation.inspections).toBe(0);
      expect(organisation.divergences).toEqual([]);
      for (const row of organisation.measures) expect(row.usedInAssurance).toBe(false);
    }

    const own = report.organisations.find((o) => o.organisationId === barts) as OrganisationAlignment;
    expect(own.assuranceVisible).toBe(true);
    expect(own.assuranceNote).toContain('Only published inspection reports are included');
    // The demo's published report only: not the winter and autumn inspections at factual
    // accuracy, nor the one still in draft.
    expect(own.inspections).toBe(1);
    expect(
      own.divergences.map((d) => [d.kind, d.inspectionId, d.node.code, d.judgement.rating, d.measure.code]),
    ).toEqual([['judged_good_control_concern', demoInspection, 'LED.1', 'good', 'AE-4HR']]);
    const divergence = own.divergences[0] as Divergence;
    // April 2019, widened back by three reporting periods (92 days): the trust's own SPC then.
    expect(divergence.period).toEqual({ from: '2018-12-31', to: '2019-04-04' });
    const concern = divergence.signals.filter((s) => s.kind === 'special_cause_concern');
    expect(concern.map((s) => s.period)).toEqual(concernIn('2018-12-31', '2019-04-04', 'concern'));
    const unpublished = [inspections.winter, inspections.autumn, inspections.draft];
    for (const id of unpublished) {
      expect(JSON.stringify(own), id).not.toContain(id);
    }
    const fourHourRow = own.measures.find((m) => m.measure.code === 'AE-4HR') as MeasureRow;
    expect(fourHourRow).toMatchObject({ usedInAssurance: true, alignment: 'aligned' });
    expect(fourHourRow.assurance.nodes.map((n) => n.code).sort()).toEqual(['LED.1', 'RESP.1']);
    // The requirement and the good practice cite AE-4HR in the published report.
    expect(fourHourRow.assurance.findingCount).toBe(2);
    expect(fourHourRow.assurance.evidenceCount).toBeGreaterThan(0);
    // The six judged nodes of the report; only they count.
    expect(own.summary.judgements).toBe(6);
    expect(report.summary).toMatchObject({
      controlMeasures: enrolled.length * 3,
      judgements: 6,
      divergences: { total: 1, judged_good_control_concern: 1 },
    });
  });

  it('shows the programme owner nothing unpublished, and nothing of an organisation not actively enrolled', async () => {
    const { database } = t.platform.services;
    const cornwallReport = await inspect(
      'Cornwall winter 2019',
      '2019-02-04',
      '2019-02-08',
      { 'LED.1': 'good' },
      cornwall,
    );
    await ok(
      await call(regulatorAdmin, 'POST', `/v1/inspections/${cornwallReport}/publish`, undefined, {
        'If-Match': '"4"',
      }),
    );
    // Through the API: the published report of Barts, nothing else.
    await ok(await call(nationalAdmin, 'GET', `/v1/inspections/${demoInspection}/report`));
    // Its working records stay the two parties': the owner is sent to the report, not shown
    // empty lists.
    for (const records of ['findings', 'evidence', 'judgements', 'framework']) {
      const response = await call(nationalAdmin, 'GET', `/v1/inspections/${demoInspection}/${records}`);
      expect(response.status, records).toBe(404);
      expect(await response.text()).toContain(`/v1/inspections/${demoInspection}/report`);
    }
    for (const id of [inspections.winter, inspections.draft, cornwallReport]) {
      const response = await call(nationalAdmin, 'GET', `/v1/inspections/${id}/report`);
      expect(response.status, id).toBe(404);
    }
    // Row-level security decides, even for queries with no filter at all.
    const seen = await database.tenant({ tenantId: nationalBody }, async (tx) => ({
      inspections: await tx.select({ id: assuranceInspections.id }).from(assuranceInspections),
      reports: await tx.select({ inspectionId: reportVersions.inspectionId }).from(reportVersions),
      judgements: await tx.select({ inspectionId: judgements.inspectionId }).from(judgements),
      findings: await tx.select({ inspectionId: findings.inspectionId }).from(findings),
      evidence: await tx.select({ inspectionId: evidence.inspectionId }).from(evidence),
    }));
    expect(seen.inspections.map((row) => row.id)).toEqual([demoInspection]);
    expect(new Set(seen.reports.map((row) => row.inspectionId))).toEqual(new Set([demoInspection]));
    // The live rows of the draft (and of the published report, which is read from its versions).
    expect(seen.judgements).toEqual([]);
    expect(seen.findings).toEqual([]);
    expect(seen.evidence).toEqual([]);
    // The regulator sees them all: the rows exist.
    const regulatorSees = await database.tenant({ tenantId: regulator }, (tx) =>
      tx.select({ inspectionId: judgements.inspectionId }).from(judgements),
    );
    expect(regulatorSees.map((row) => row.inspectionId)).toContain(inspections.draft);
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
  it('reads a published report as its latest version: an amended rating is what alignment uses, for the organisation and the programme owner', async () => {
    const path = `/v1/inspections/${inspections.winter}`;
    await ok(await call(regulatorAdmin, 'POST', `${path}/publish`, undefined, { 'If-Match': '"4"' }));
    const winterOf = async (token: string, url: string) => {
      const report = await ok<Report>(await call(token, 'GET', url));
      const own = report.organisations.find((o) => o.organisationId === barts) as OrganisationAlignment;
      return own.divergences
        .filter((d) => d.inspectionId === inspections.winter)
        .map((d) => [d.kind, d.node.code, d.judgement.rating]);
    };
    const views = [
      [bartsAdmin, `/v1/organisations/${barts}/alignment`],
      [nationalAdmin, `/v1/programmes/${programmeId}/alignment`],
    ] as const;
    // Published as judged: the programme owner now sees the winter report too.
    for (const [token, url] of views)
      expect(await winterOf(token, url), url).toEqual([['judged_good_control_concern', 'LED.1', 'good']]);

    const framework = await ok<{ nodes: { id: string; code: string }[] }>(
      await call(inspector, 'GET', `${path}/framework`),
    );
    const nodeId = (code: string) => framework.nodes.find((node) => node.code === code)?.id;
    await ok(
      await call(
        regulatorAdmin,
        'POST',
        `${path}/report/amendments`,
        {
          reason: 'Leadership was understated; responsiveness overstated',
          ratings: [
            { nodeId: nodeId('LED.1'), rating: 'outstanding' },
            { nodeId: nodeId('RESP.1'), rating: 'good' },
          ],
        },
        { 'If-Match': '"1"' },
      ),
      201,
    );
    // The live judgements keep the report as first published; alignment reads the amendment.
    for (const [token, url] of views)
      expect((await winterOf(token, url)).sort(), url).toEqual([
        ['judged_good_control_concern', 'LED.1', 'outstanding'],
        ['judged_good_control_concern', 'RESP.1', 'good'],
      ]);
  });

  it('shows the programme owner no report once the organisation’s enrolment is withdrawn', async () => {
    await ok(await call(nationalAdmin, 'GET', `/v1/inspections/${demoInspection}/report`));
    await t.platform.owner.db.execute(
      sql`update tenancy.enrolments set status = 'withdrawn', withdrawn_at = now() where tenant_id = ${nationalBody} and organisation_id = ${barts}`,
    );
    const response = await call(nationalAdmin, 'GET', `/v1/inspections/${demoInspection}/report`);
    expect(response.status).toBe(404);
    const seen = await t.platform.services.database.tenant({ tenantId: nationalBody }, async (tx) => ({
      inspections: await tx.select({ id: assuranceInspections.id }).from(assuranceInspections),
      reports: await tx.select({ id: reportVersions.id }).from(reportVersions),
    }));
    expect(seen).toEqual({ inspections: [], reports: [] });
    const report = await ok<Report>(
      await call(nationalAdmin, 'GET', `/v1/programmes/${programmeId}/alignment`),
    );
    expect(report.organisations.map((o) => o.organisationId)).not.toContain(barts);
  });
});
