import { FRAMEWORK_FORMAT, type FrameworkDocument, writeFrameworkDocument } from '@qms/assurance';
import { crosswalks, frameworkNodes, frameworkVersions, type OwnerDatabase } from '@qms/db';
import { and, eq } from 'drizzle-orm';
import { demoMeasureId } from './demo-measures.js';
import { DEMO_PROGRAMME, demoId } from './demo-organisations.js';

/** The regulator that owns the demo frameworks. */
export const DEMO_FRAMEWORK_OWNER = 'care-regulator';

const evidence = [
  { key: 'observation', label: 'Observation of care' },
  { key: 'interview', label: 'Conversation with people, staff or leaders' },
  { key: 'document', label: 'Document or record' },
  { key: 'measure', label: 'Measure from the platform' },
];

/**
 * Two small frameworks written for the demo, in the shape of an English regulator's (key question
 * → quality statement, rated on four levels) and a Scottish regulator's (key focus area → domain
 * → quality indicator, rated on six levels). The wording is the demo's own.
 */
export const DEMO_FRAMEWORKS: FrameworkDocument[] = [
  {
    format: FRAMEWORK_FORMAT,
    code: 'demo-five-questions',
    name: 'Five questions assessment framework (demo)',
    description: 'Five key questions, each answered through a handful of quality statements.',
    nodeKinds: [
      { key: 'key_question', label: 'Key question' },
      { key: 'quality_statement', label: 'Quality statement' },
    ],
    ratingScale: [
      { key: 'outstanding', label: 'Outstanding' },
      { key: 'good', label: 'Good' },
      { key: 'requires_improvement', label: 'Requires improvement' },
      { key: 'inadequate', label: 'Inadequate' },
    ],
    evidenceCategories: evidence,
    nodes: [
      { code: 'SAFE', kind: 'key_question', title: 'Are people protected from avoidable harm?' },
      {
        code: 'SAFE.1',
        parentCode: 'SAFE',
        kind: 'quality_statement',
        title: 'Incidents are reported, investigated and learnt from',
      },
      {
        code: 'SAFE.2',
        parentCode: 'SAFE',
        kind: 'quality_statement',
        title: 'There are enough skilled staff on every shift',
      },
      { code: 'EFF', kind: 'key_question', title: 'Does care achieve good outcomes?' },
      {
        code: 'EFF.1',
        parentCode: 'EFF',
        kind: 'quality_statement',
        title: 'Care follows current evidence and is audited',
      },
      { code: 'CAR', kind: 'key_question', title: 'Are people treated with kindness and respect?' },
      {
        code: 'CAR.1',
        parentCode: 'CAR',
        kind: 'quality_statement',
        title: 'People are involved in decisions about their care',
      },
      { code: 'RESP', kind: 'key_question', title: 'Do services meet people’s needs in good time?' },
      {
        code: 'RESP.1',
        parentCode: 'RESP',
        kind: 'quality_statement',
        title: 'People are seen, treated and admitted or discharged promptly',
        measureIds: [demoMeasureId('AE-4HR'), demoMeasureId('AE-ATT')],
      },
      { code: 'LED', kind: 'key_question', title: 'Do leaders make sure care is good and improving?' },
      {
        code: 'LED.1',
        parentCode: 'LED',
        kind: 'quality_statement',
        title: 'Leaders watch the right measures and act on real signals',
        measureIds: [demoMeasureId('AE-4HR')],
      },
    ],
  },
  {
    format: FRAMEWORK_FORMAT,
    code: 'demo-quality-indicators',
    name: 'Quality indicator framework (demo)',
    description: 'Key focus areas broken into domains and graded quality indicators.',
    nodeKinds: [
      { key: 'key_focus_area', label: 'Key focus area' },
      { key: 'domain', label: 'Domain' },
      { key: 'quality_indicator', label: 'Quality indicator' },
    ],
    ratingScale: [
      { key: 'excellent', label: 'Excellent' },
      { key: 'very_good', label: 'Very good' },
      { key: 'good', label: 'Good' },
      { key: 'adequate', label: 'Adequate' },
      { key: 'weak', label: 'Weak' },
      { key: 'unsatisfactory', label: 'Unsatisfactory' },
    ],
    evidenceCategories: evidence,
    // Graded on the mean of the indicators' grades, not the worst of them.
    rollUp: {
      method: 'mean_of_ranks',
      thresholds: [
        { upTo: 1.5, level: 'excellent' },
        { upTo: 2.5, level: 'very_good' },
        { upTo: 3.5, level: 'good' },
        { upTo: 4.5, level: 'adequate' },
        { upTo: 5.5, level: 'weak' },
      ],
    },
    nodes: [
      { code: 'KFA1', kind: 'key_focus_area', title: 'Outcomes and impact' },
      {
        code: 'KFA1.D1',
        parentCode: 'KFA1',
        kind: 'domain',
        title: 'Results for the people who use the service',
      },
      {
        code: 'KFA1.D1.QI1',
        parentCode: 'KFA1.D1',
        kind: 'quality_indicator',
        title: 'People get timely access to urgent care',
        measureIds: [demoMeasureId('AE-4HR'), demoMeasureId('AE-ADM')],
      },
      { code: 'KFA2', kind: 'key_focus_area', title: 'Service delivery' },
      { code: 'KFA2.D2', parentCode: 'KFA2', kind: 'domain', title: 'Processes for delivering care safely' },
      {
        code: 'KFA2.D2.QI2',
        parentCode: 'KFA2.D2',
        kind: 'quality_indicator',
        title: 'Risks are identified and reduced',
      },
      { code: 'KFA3', kind: 'key_focus_area', title: 'Vision and leadership' },
      { code: 'KFA3.D3', parentCode: 'KFA3', kind: 'domain', title: 'Leadership and direction' },
      {
        code: 'KFA3.D3.QI3',
        parentCode: 'KFA3.D3',
        kind: 'quality_indicator',
        title: 'Leaders use data to drive improvement',
      },
    ],
  },
];

export const demoFrameworkId = (code: string) => demoId(`framework/${code}`);
export const demoFrameworkVersionId = (code: string) => demoId(`framework/${code}/v1`);

/**
 * The regulator's two frameworks, each with a published version 1, their nodes bound to the
 * national body's A&E measures (the seed binds them directly: the regulator cannot see those
 * measures through the API), and the two urgent-care nodes crosswalked as equivalent.
 */
export async function seedDemoFrameworks(owner: OwnerDatabase): Promise<void> {
  const tenantId = demoId(DEMO_FRAMEWORK_OWNER);
  const measureOwner = demoId(DEMO_PROGRAMME.owner);
  const measureTenants = new Map(
    DEMO_FRAMEWORKS.flatMap((document) => document.nodes.flatMap((node) => node.measureIds ?? [])).map(
      (measureId) => [measureId, measureOwner] as const,
    ),
  );
  await owner.db.transaction(async (tx) => {
    for (const document of DEMO_FRAMEWORKS) {
      const { version } = await writeFrameworkDocument(tx, tenantId, document, measureTenants, {
        frameworkId: demoFrameworkId(document.code),
        versionId: demoFrameworkVersionId(document.code),
      });
      await tx
        .update(frameworkVersions)
        .set({ status: 'published', publishedAt: new Date('2024-04-01T00:00:00Z') })
        .where(and(eq(frameworkVersions.tenantId, tenantId), eq(frameworkVersions.id, version.id)));
    }
    const [from] = await tx
      .select({ id: frameworkNodes.id })
      .from(frameworkNodes)
      .where(
        and(
          eq(frameworkNodes.versionId, demoFrameworkVersionId('demo-five-questions')),
          eq(frameworkNodes.code, 'RESP.1'),
        ),
      );
    const [to] = await tx
      .select({ id: frameworkNodes.id })
      .from(frameworkNodes)
      .where(
        and(
          eq(frameworkNodes.versionId, demoFrameworkVersionId('demo-quality-indicators')),
          eq(frameworkNodes.code, 'KFA1.D1.QI1'),
        ),
      );
    if (from && to) {
      await tx.insert(crosswalks).values({
        tenantId,
        id: demoId('crosswalk/RESP.1/KFA1.D1.QI1'),
        fromNodeId: from.id,
        toNodeId: to.id,
        relation: 'equivalent',
        createdBy: 'system|demo-seed',
      });
    }
  });
}
