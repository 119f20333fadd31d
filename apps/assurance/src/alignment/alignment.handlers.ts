import type { RouteHandler } from '@hono/zod-openapi';
import {
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
  type Tx,
} from '@qms/db';
import { analyseSeriesBatch } from '@qms/measures';
import { type AppEnv, notFound, principalOf } from '@qms/platform';
import { and, eq, inArray, isNotNull, isNull, max } from 'drizzle-orm';
import type { RulePoint } from '../action-plans/verification-rule.js';
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

const definitions = {
  usedInControl:
    'The organisation submitted a current observation within the last three reporting periods (21 days weekly, 92 monthly, 276 quarterly; by submission time) and the series has SPC limits and a variation icon (13 points by default).',
  usedInAssurance:
    'Bound to a node of the framework version of an inspection of the organisation that you can see, or cited by its findings or evidence.',
  judgementBands:
    'Good or better: ranks 1..floor(n/2) of the version’s n-level scale; poor: ranks above ceil(n/2); the middle level of an odd scale is neither. Only explicitly judged nodes (leaf ratings and overrides) of inspections from factual accuracy on count.',
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
    .where(and(eq(observations.tenantId, organisationId), eq(observations.isCurrent, true)));
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

/** Everything the caller can see of the assurance of one organisation. */
async function loadAssurance(tx: Tx, organisationId: string) {
  // Row-level security decides: the inspected organisation sees its inspections, the inspecting
  // organisation its own; a programme owner sees a regulator's inspections not at all.
  const visible = await tx.select().from(inspections).where(eq(inspections.organisationId, organisationId));
  const judged = visible.filter((row) => (judgedStages as readonly string[]).includes(row.stage));
  const inspectionIds = judged.map((row) => row.id);
  const versionIds = [...new Set(judged.map((row) => row.frameworkVersionId))];
  const [versions, nodes, bindings, rated, cited, evidenced] =
    inspectionIds.length === 0
      ? [[], [], [], [], [], []]
      : [
          await tx.select().from(frameworkVersions).where(inArray(frameworkVersions.id, versionIds)),
          await tx.select().from(frameworkNodes).where(inArray(frameworkNodes.versionId, versionIds)),
          await tx.select().from(measureBindings).where(inArray(measureBindings.versionId, versionIds)),
          await tx
            .select()
            .from(judgements)
            .where(and(inArray(judgements.inspectionId, inspectionIds), isNotNull(judgements.rating))),
          await tx
            .select({ id: findings.id, inspectionId: findings.inspectionId, measureIds: findings.measureIds })
            .from(findings)
            .where(inArray(findings.inspectionId, inspectionIds)),
          await tx
            .select({ id: evidence.id, measureId: evidence.measureId })
            .from(evidence)
            .where(and(inArray(evidence.inspectionId, inspectionIds), isNotNull(evidence.measureId))),
        ];
  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  const versionById = new Map(versions.map((version) => [version.id, version]));
  const uses = new Map<string, AssuranceUseInput>();
  const useOf = (measureId: string) => {
    let use = uses.get(measureId);
    if (!use) {
      use = { nodes: [], findingIds: [], evidenceIds: [] };
      uses.set(measureId, use);
    }
    return use;
  };
  for (const inspection of judged) {
    for (const binding of bindings) {
      if (binding.tenantId !== inspection.tenantId || binding.versionId !== inspection.frameworkVersionId)
        continue;
      const node = nodeById.get(binding.nodeId);
      useOf(binding.measureId).nodes.push({
        inspectionId: inspection.id,
        nodeId: binding.nodeId,
        code: node?.code ?? '',
        title: node?.title ?? '',
      });
    }
  }
  for (const finding of cited) for (const id of finding.measureIds) useOf(id).findingIds.push(finding.id);
  for (const item of evidenced) if (item.measureId) useOf(item.measureId).evidenceIds.push(item.id);

  const judgementInputs: JudgementInput[] = [];
  for (const row of rated) {
    const inspection = judged.find((i) => i.tenantId === row.tenantId && i.id === row.inspectionId);
    const version = inspection ? versionById.get(inspection.frameworkVersionId) : undefined;
    const node = nodeById.get(row.nodeId);
    const level = version?.ratingScale.find((l) => l.key === row.rating);
    if (!inspection || !version || !node || !level) continue;
    judgementInputs.push({
      inspectionId: inspection.id,
      inspectionTitle: inspection.title,
      startsOn: inspection.startsOn,
      endsOn: inspection.endsOn,
      nodeId: node.id,
      nodeCode: node.code,
      nodeTitle: node.title,
      rating: level.key,
      ratingLabel: level.label,
      rank: level.rank,
      scaleSize: version.ratingScale.length,
      boundMeasureIds: bindings
        .filter((b) => b.tenantId === inspection.tenantId && b.nodeId === node.id)
        .map((b) => b.measureId),
    });
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
        eq(observations.isCurrent, true),
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
  assuranceNoteWhenHidden: string | null,
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
  const assuranceVisible = assurance.visibleCount > 0 || assuranceNoteWhenHidden === null;
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
    assuranceNote: assuranceVisible ? null : assuranceNoteWhenHidden,
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
    entries.push(
      await alignmentOf(
        tx,
        member,
        ids,
        asOf,
        'No inspection of this organisation is visible to you: a regulator’s inspections, judgements, findings and evidence are readable only by the regulator and the inspected organisation, so this organisation’s assurance cannot be compared here.',
      ),
    );
  }
  return c.json(report('programme', programmeId, asOf, entries), 200);
};
