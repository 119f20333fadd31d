import type { RouteHandler } from '@hono/zod-openapi';
import {
  currentObservation,
  enrolments,
  evidence,
  findings,
  frameworkNodes,
  frameworkVersions,
  inspections,
  judgements,
  measureBindings,
  measures,
  measureVersions,
  observations,
  organisations,
  programmeMeasures,
  programmes,
  type RatingLevel,
  reportVersions,
  type Tx,
} from '@qms/db';
import { analyseSeriesBatch } from '@qms/measures';
import { type AppEnv, notFound, principalOf } from '@qms/platform';
import { and, desc, eq, inArray, isNotNull, isNull, max } from 'drizzle-orm';
import type { RulePoint } from '../action-plans/verification-rule.js';
import type { InspectionRow } from '../inspections/inspection-access.js';
import type { ReportSnapshot } from '../reports/amend-report.js';
import {
  type AlignmentSummary,
  type AssuranceUseInput,
  alignOrganisation,
  type ControlInput,
  combineSummaries,
  type JudgementInput,
  type MeasureInfo,
  type OrganisationAlignment,
} from './alignment.js';
import type { getOrganisationAlignment, getProgrammeAlignment } from './alignment.routes.js';

/** Judgements count from the stage the inspected organisation is shown them. */
const judgedStages = ['factual_accuracy', 'published', 'closed'] as const;
/** Stages with a published report, read from its latest version. */
const reportedStages = ['published', 'closed'] as const;

const definitions = {
  usedInControl:
    'The organisation submitted a current observation within the last three reporting periods (21 days weekly, 92 monthly, 276 quarterly; by submission time) and the series has SPC limits and a variation icon (13 points by default).',
  usedInAssurance:
    'Bound to a node of the framework version of an inspection of the organisation that you can see, or cited by its findings or evidence.',
  judgementBands:
    'Good or better: ranks 1..floor(n/2) of the version’s n-level scale; poor: ranks above ceil(n/2); the middle level of an odd scale is neither. Only explicitly judged nodes (leaf ratings and overrides) of inspections from factual accuracy on count; a published report counts as its latest version, with any amendment.',
  samePeriod:
    'Periods starting from the inspection’s first day minus three reporting periods up to its last day: the data the inspectors had in front of them.',
  divergence:
    'A good-or-better judgement while a bound measure shows special-cause concern or consistently fails its target (assurance icon at the last point of the period) in the same period; or a poor judgement while it shows special-cause improvement or consistently passes.',
};

interface OrganisationRef {
  organisationId: string;
  name: string;
}

/** Measures of an organisation: its own, those it reports data for, and those its assurance uses. */
async function organisationMeasureIds(tx: Tx, organisationId: string, assuranceIds: Iterable<string>) {
  const own = await tx
    .select({ id: measures.id })
    .from(measures)
    .where(eq(measures.tenantId, organisationId));
  const reported = await tx
    .selectDistinct({ id: observations.measureId })
    .from(observations)
    .where(and(eq(observations.tenantId, organisationId), currentObservation));
  return [...new Set([...own.map((r) => r.id), ...reported.map((r) => r.id), ...assuranceIds])];
}

async function measureInfos(tx: Tx, ids: readonly string[]): Promise<MeasureInfo[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({
      measureId: measureVersions.measureId,
      owner: measureVersions.tenantId,
      title: measureVersions.title,
      periodicity: measureVersions.periodicity,
      improvementDirection: measureVersions.improvementDirection,
      code: measures.code,
    })
    .from(measureVersions)
    .innerJoin(
      measures,
      and(eq(measures.tenantId, measureVersions.tenantId), eq(measures.id, measureVersions.measureId)),
    )
    .where(and(inArray(measureVersions.measureId, [...ids]), eq(measureVersions.status, 'active')));
  return rows
    .map((row) => ({
      measureId: row.measureId,
      ownerOrganisationId: row.owner,
      code: row.code,
      title: row.title,
      periodicity: row.periodicity,
      improvementDirection: row.improvementDirection,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** What an inspection's assurance consists of, read from its report or its live rows. */
interface InspectionContent {
  ratingScale: RatingLevel[];
  nodes: Map<string, { code: string; title: string }>;
  /** Explicit judgements only (leaf ratings and overrides), not computed roll-ups. */
  ratings: { nodeId: string; rating: string }[];
  findings: { id: string; measureIds: string[] }[];
  evidence: { id: string; measureId: string | null }[];
}

const keyOf = (tenantId: string, inspectionId: string) => `${tenantId}/${inspectionId}`;

/** A published report's content: its latest version (an amendment supersedes what was first published). */
function contentOfReport(snapshot: ReportSnapshot): InspectionContent {
  return {
    ratingScale: snapshot.frameworkVersion.ratingScale,
    nodes: new Map(snapshot.judgements.map((item) => [item.nodeId, { code: item.code, title: item.title }])),
    ratings: snapshot.judgements.flatMap((item) =>
      item.judgedRating === null ? [] : [{ nodeId: item.nodeId, rating: item.judgedRating }],
    ),
    findings: snapshot.findings.map((finding) => ({ id: finding.id, measureIds: finding.measureIds })),
    evidence: snapshot.evidence.map((item) => ({ id: item.id, measureId: item.measureId })),
  };
}

/** The latest report version of each published (or closed) inspection the caller can read. */
async function latestReports(tx: Tx, reported: readonly InspectionRow[]) {
  const latest = new Map<string, ReportSnapshot>();
  if (reported.length === 0) return latest;
  const rows = await tx
    .select({
      tenantId: reportVersions.tenantId,
      inspectionId: reportVersions.inspectionId,
      snapshot: reportVersions.snapshot,
    })
    .from(reportVersions)
    .where(
      inArray(
        reportVersions.inspectionId,
        reported.map((row) => row.id),
      ),
    )
    .orderBy(desc(reportVersions.number));
  for (const row of rows) {
    const key = keyOf(row.tenantId, row.inspectionId);
    if (!latest.has(key)) latest.set(key, row.snapshot as unknown as ReportSnapshot);
  }
  return latest;
}

/** An inspection at factual accuracy (or one whose report is not readable): its live rows. */
async function liveContents(tx: Tx, live: readonly InspectionRow[]) {
  const contents = new Map<string, InspectionContent>();
  if (live.length === 0) return contents;
  const inspectionIds = live.map((row) => row.id);
  const versionIds = [...new Set(live.map((row) => row.frameworkVersionId))];
  const versions = await tx.select().from(frameworkVersions).where(inArray(frameworkVersions.id, versionIds));
  const nodes = await tx.select().from(frameworkNodes).where(inArray(frameworkNodes.versionId, versionIds));
  const rated = await tx
    .select()
    .from(judgements)
    .where(and(inArray(judgements.inspectionId, inspectionIds), isNotNull(judgements.rating)));
  const cited = await tx
    .select({
      tenantId: findings.tenantId,
      id: findings.id,
      inspectionId: findings.inspectionId,
      measureIds: findings.measureIds,
    })
    .from(findings)
    .where(inArray(findings.inspectionId, inspectionIds));
  const evidenced = await tx
    .select({
      tenantId: evidence.tenantId,
      id: evidence.id,
      inspectionId: evidence.inspectionId,
      measureId: evidence.measureId,
    })
    .from(evidence)
    .where(and(inArray(evidence.inspectionId, inspectionIds), isNotNull(evidence.measureId)));
  for (const inspection of live) {
    const of = <R extends { tenantId: string; inspectionId: string }>(rows: R[]) =>
      rows.filter((row) => row.tenantId === inspection.tenantId && row.inspectionId === inspection.id);
    const version = versions.find(
      (v) => v.tenantId === inspection.tenantId && v.id === inspection.frameworkVersionId,
    );
    contents.set(keyOf(inspection.tenantId, inspection.id), {
      ratingScale: version?.ratingScale ?? [],
      nodes: new Map(
        nodes
          .filter((n) => n.tenantId === inspection.tenantId && n.versionId === inspection.frameworkVersionId)
          .map((n) => [n.id, { code: n.code, title: n.title }]),
      ),
      ratings: of(rated).flatMap((row) =>
        row.rating === null ? [] : [{ nodeId: row.nodeId, rating: row.rating }],
      ),
      findings: of(cited),
      evidence: of(evidenced),
    });
  }
  return contents;
}

/**
 * Everything the caller can see of the assurance of one organisation. Row-level security decides
 * which inspections: the inspected organisation sees its inspections, the inspecting organisation
 * its own, and the owner of a programme the organisation is actively enrolled in its published
 * reports only (migration 0017). A published or closed inspection is read from its latest report
 * version — the live rows keep the report as first published, so an amendment counts only there.
 */
async function loadAssurance(tx: Tx, organisationId: string) {
  const visible = await tx.select().from(inspections).where(eq(inspections.organisationId, organisationId));
  const judged = visible.filter((row) => (judgedStages as readonly string[]).includes(row.stage));
  const reports = await latestReports(
    tx,
    judged.filter((row) => (reportedStages as readonly string[]).includes(row.stage)),
  );
  const contents = await liveContents(
    tx,
    judged.filter((row) => !reports.has(keyOf(row.tenantId, row.id))),
  );
  for (const [key, snapshot] of reports) contents.set(key, contentOfReport(snapshot));
  const versionIds = [...new Set(judged.map((row) => row.frameworkVersionId))];
  const bindings =
    versionIds.length === 0
      ? []
      : await tx.select().from(measureBindings).where(inArray(measureBindings.versionId, versionIds));

  const uses = new Map<string, AssuranceUseInput>();
  const useOf = (measureId: string) => {
    let use = uses.get(measureId);
    if (!use) {
      use = { nodes: [], findingIds: [], evidenceIds: [] };
      uses.set(measureId, use);
    }
    return use;
  };
  const judgementInputs: JudgementInput[] = [];
  for (const inspection of judged) {
    const content = contents.get(keyOf(inspection.tenantId, inspection.id));
    if (!content) continue;
    const pinned = bindings.filter(
      (b) => b.tenantId === inspection.tenantId && b.versionId === inspection.frameworkVersionId,
    );
    for (const binding of pinned) {
      const node = content.nodes.get(binding.nodeId);
      useOf(binding.measureId).nodes.push({
        inspectionId: inspection.id,
        nodeId: binding.nodeId,
        code: node?.code ?? '',
        title: node?.title ?? '',
      });
    }
    for (const finding of content.findings)
      for (const id of finding.measureIds) useOf(id).findingIds.push(finding.id);
    for (const item of content.evidence) if (item.measureId) useOf(item.measureId).evidenceIds.push(item.id);
    for (const { nodeId, rating } of content.ratings) {
      const node = content.nodes.get(nodeId);
      const level = content.ratingScale.find((l) => l.key === rating);
      if (!node || !level) continue;
      judgementInputs.push({
        inspectionId: inspection.id,
        inspectionTitle: inspection.title,
        startsOn: inspection.startsOn,
        endsOn: inspection.endsOn,
        nodeId,
        nodeCode: node.code,
        nodeTitle: node.title,
        rating: level.key,
        ratingLabel: level.label,
        rank: level.rank,
        scaleSize: content.ratingScale.length,
        boundMeasureIds: pinned.filter((b) => b.nodeId === nodeId).map((b) => b.measureId),
      });
    }
  }
  return { visibleCount: visible.length, uses, judgements: judgementInputs };
}

/** The organisation's control: its SPC on each measure (the measures service's analysis) and latest submission. */
async function loadControl(tx: Tx, organisationId: string, ids: readonly string[]) {
  const control = new Map<string, ControlInput>();
  if (ids.length === 0) return control;
  const batch = await analyseSeriesBatch(tx, { organisationId, unitId: null }, ids);
  const submitted = await tx
    .select({ measureId: observations.measureId, last: max(observations.submittedAt) })
    .from(observations)
    .where(
      and(
        eq(observations.tenantId, organisationId),
        inArray(observations.measureId, [...ids]),
        currentObservation,
      ),
    )
    .groupBy(observations.measureId);
  for (const id of ids) {
    const entry = batch.get(id);
    const result = entry?.analysis?.result ?? null;
    const targets = entry?.analysis?.targets ?? [];
    const points: RulePoint[] = (result?.points ?? []).map((p, k) => ({ ...p, target: targets[k] ?? null }));
    const last = submitted.find((row) => row.measureId === id)?.last ?? null;
    control.set(id, {
      lastSubmittedAt: last ? new Date(last) : null,
      points,
      variationIcon: result?.variationIcon ?? null,
      assuranceIcon: result?.assuranceIcon ?? null,
      problem: entry?.problem ?? null,
    });
  }
  return control;
}

async function alignmentOf(
  tx: Tx,
  organisation: OrganisationRef,
  measureIds: readonly string[] | null,
  asOf: Date,
  /** What to say about the assurance side; null for the organisation's own view, which sees all of it. */
  notes: { visible: string; hidden: string } | null,
) {
  const assurance = await loadAssurance(tx, organisation.organisationId);
  const ids =
    measureIds ?? (await organisationMeasureIds(tx, organisation.organisationId, assurance.uses.keys()));
  const infos = await measureInfos(tx, ids);
  const control = await loadControl(
    tx,
    organisation.organisationId,
    infos.map((m) => m.measureId),
  );
  const assuranceVisible = assurance.visibleCount > 0 || notes === null;
  const aligned: OrganisationAlignment = alignOrganisation({
    organisationId: organisation.organisationId,
    asOf,
    measures: infos,
    control,
    assurance: assurance.uses,
    judgements: assurance.judgements,
    assuranceVisible,
  });
  return {
    organisationId: organisation.organisationId,
    name: organisation.name,
    assuranceVisible,
    assuranceNote: notes === null ? null : assuranceVisible ? notes.visible : notes.hidden,
    inspections: assurance.visibleCount,
    measures: aligned.measures.map((row) => ({
      measure: {
        id: row.measure.measureId,
        ownerOrganisationId: row.measure.ownerOrganisationId,
        code: row.measure.code,
        title: row.measure.title,
        periodicity: row.measure.periodicity,
        improvementDirection: row.measure.improvementDirection,
      },
      alignment: row.alignment,
      usedInControl: row.usedInControl,
      usedInAssurance: row.usedInAssurance,
      control: row.control,
      assurance: row.assurance,
    })),
    divergences: aligned.divergences,
    notAssessable: aligned.notAssessable,
    summary: aligned.summary,
  };
}

const report = <O extends { summary: AlignmentSummary }>(
  kind: 'organisation' | 'programme',
  id: string,
  asOf: Date,
  organisations: O[],
) => ({
  scope: { kind, id },
  asOf: asOf.toISOString(),
  definitions,
  organisations,
  summary: combineSummaries(organisations.map((o) => o.summary)),
});

export const organisationAlignment: RouteHandler<typeof getOrganisationAlignment, AppEnv> = async (c) => {
  const principal = principalOf(c);
  const { organisationId } = c.req.valid('param');
  // The report is the organisation's own view; another organisation (even a programme owner) gets 404.
  if (organisationId !== principal.tenantId) throw notFound('Organisation');
  const tx = c.var.tx;
  const [organisation] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.tenantId, organisationId));
  if (!organisation) throw notFound('Organisation');
  const asOf = new Date();
  const entry = await alignmentOf(tx, { organisationId, name: organisation.name }, null, asOf, null);
  return c.json(report('organisation', organisationId, asOf, [entry]), 200);
};

/** The programme owner reads an enrolled organisation's published reports, nothing unpublished (0017). */
const programmeNotes = {
  visible:
    'Only published inspection reports are included, each as its latest version (with any amendment): a programme owner reads a regulator’s reports of an actively enrolled organisation once they are published, never an inspection still being worked on or its draft judgements, findings and evidence.',
  hidden:
    'No published inspection report of this organisation is visible to you: a programme owner reads a regulator’s reports of an actively enrolled organisation only once they are published (until then inspections, judgements, findings and evidence are readable only by the regulator and the inspected organisation), so this organisation’s assurance cannot be compared here.',
};

export const programmeAlignment: RouteHandler<typeof getProgrammeAlignment, AppEnv> = async (c) => {
  const principal = principalOf(c);
  const { programmeId } = c.req.valid('param');
  const tx = c.var.tx;
  const [programme] = await tx
    .select({ id: programmes.id })
    .from(programmes)
    .where(and(eq(programmes.tenantId, principal.tenantId), eq(programmes.id, programmeId)));
  if (!programme) throw notFound('Programme');
  const members = await tx
    .select({ organisationId: enrolments.organisationId, name: organisations.name })
    .from(enrolments)
    .innerJoin(organisations, eq(organisations.tenantId, enrolments.organisationId))
    .where(
      and(
        eq(enrolments.tenantId, principal.tenantId),
        eq(enrolments.programmeId, programmeId),
        eq(enrolments.status, 'active'),
      ),
    )
    .orderBy(organisations.name);
  const published = await tx
    .select({ measureId: programmeMeasures.measureId })
    .from(programmeMeasures)
    .where(
      and(
        eq(programmeMeasures.tenantId, principal.tenantId),
        eq(programmeMeasures.programmeId, programmeId),
        isNull(programmeMeasures.withdrawnAt),
      ),
    );
  const ids = published.map((row) => row.measureId);
  const asOf = new Date();
  const entries = [];
  for (const member of members) {
    entries.push(await alignmentOf(tx, member, ids, asOf, programmeNotes));
  }
  return c.json(report('programme', programmeId, asOf, entries), 200);
};
