import { frameworkNodes, frameworkVersions, inspections, measureBindings, type Tx } from '@qms/db';
import { notFound, type Principal, ProblemError } from '@qms/platform';
import { and, asc, eq } from 'drizzle-orm';
import { findingsWritableIn } from './inspection-lifecycle.js';

/**
 * Loading an inspection and what it pins, shared by the resources hanging off an inspection
 * (findings, evidence, judgements, report versions). Row-level security decides what is visible;
 * these turn "nothing visible" into 404 and the wrong party or stage into 403 and 409.
 */

export type InspectionRow = typeof inspections.$inferSelect;

/** An inspection the caller runs or undergoes (RLS shows no other); 404 otherwise. */
export async function findInspection(tx: Tx, inspectionId: string): Promise<InspectionRow> {
  const [row] = await tx.select().from(inspections).where(eq(inspections.id, inspectionId)).limit(1);
  if (!row) throw notFound('Inspection');
  return row;
}

/**
 * An inspection whose working records (findings, evidence, judgements, framework) the caller may
 * read: the inspecting or the inspected organisation. A programme owner sees a published
 * inspection of an enrolled organisation only as its report, so it is sent there rather than
 * shown empty lists.
 */
export async function findInspectionRecords(
  tx: Tx,
  principal: Principal,
  inspectionId: string,
): Promise<InspectionRow> {
  const row = await findInspection(tx, inspectionId);
  if (principal.tenantId !== row.tenantId && principal.tenantId !== row.organisationId) {
    throw new ProblemError(
      'not-found',
      `The working records of inspection ${inspectionId} are not shared; its published report is at /v1/inspections/${inspectionId}/report`,
    );
  }
  return row;
}

/** 403 unless the caller is the inspecting organisation. */
export function assertInspecting(principal: Principal, inspection: InspectionRow, doing: string): void {
  if (inspection.tenantId !== principal.tenantId) {
    throw new ProblemError('forbidden', `Only the inspecting organisation ${doing}`);
  }
}

/** 409 unless the inspection is being worked on (fieldwork to factual accuracy). */
export function assertWorkable(inspection: InspectionRow, what: string): void {
  if (!findingsWritableIn.includes(inspection.stage)) {
    throw new ProblemError(
      'conflict',
      `${what} are written from fieldwork to factual accuracy; the inspection is ${inspection.stage.replace('_', ' ')}`,
    );
  }
}

export const authorOf = (principal: Principal) => `${principal.issuer}|${principal.id}`;

export const unprocessable = (pointer: string, detail: string) =>
  new ProblemError('unprocessable-entity', detail, { errors: [{ pointer, detail }] });

/** The pinned framework version (visible to both parties by RLS). */
export async function pinnedVersion(tx: Tx, inspection: InspectionRow) {
  const [version] = await tx
    .select()
    .from(frameworkVersions)
    .where(
      and(
        eq(frameworkVersions.tenantId, inspection.tenantId),
        eq(frameworkVersions.id, inspection.frameworkVersionId),
      ),
    )
    .limit(1);
  if (!version) throw notFound('Framework version');
  return version;
}

/** The nodes of the pinned version, in tree order. */
export async function pinnedNodes(tx: Tx, inspection: InspectionRow) {
  return tx
    .select()
    .from(frameworkNodes)
    .where(
      and(
        eq(frameworkNodes.tenantId, inspection.tenantId),
        eq(frameworkNodes.versionId, inspection.frameworkVersionId),
      ),
    )
    .orderBy(asc(frameworkNodes.position));
}

/** The measure bindings of the pinned version (the inspecting organisation's to read). */
export async function pinnedBindings(tx: Tx, inspection: InspectionRow) {
  return tx
    .select()
    .from(measureBindings)
    .where(
      and(
        eq(measureBindings.tenantId, inspection.tenantId),
        eq(measureBindings.versionId, inspection.frameworkVersionId),
      ),
    );
}

/** 422 naming the ids that are not nodes of the pinned version. */
export async function assertPinnedNodes(
  tx: Tx,
  inspection: InspectionRow,
  nodeIds: readonly string[],
  pointer: string,
): Promise<void> {
  if (nodeIds.length === 0) return;
  const known = new Set((await pinnedNodes(tx, inspection)).map((node) => node.id));
  const missing = nodeIds.filter((id) => !known.has(id));
  if (missing.length) {
    throw unprocessable(pointer, `Not nodes of the inspection's framework version: ${missing.join(', ')}`);
  }
}
