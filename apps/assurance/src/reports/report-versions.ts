import { evidence, findings, reportVersions, type Tx } from '@qms/db';
import { and, asc, desc, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { toEvidenceList } from '../evidence/evidence.handlers.js';
import type { InspectionRow } from '../inspections/inspection-access.js';
import { toFinding, toInspection } from '../inspections/inspection-views.js';
import { judgementTree } from '../judgements/judgement-tree.js';
import type { ReportSnapshot } from './amend-report.js';

/**
 * Report versions. The smallest clear model: publishing writes version 1, a complete JSON
 * snapshot of the inspection, its judgements (with the roll-up as computed then), findings and
 * evidence; an amendment writes the next version — the previous snapshot with the amended
 * ratings and findings — with its reason, author and time. Versions never change (trigger), so
 * every earlier one stays readable. The live tables keep the report as first published.
 */

export type ReportVersionRow = typeof reportVersions.$inferSelect;

/** The report of an inspection as its rows stand now (run when it is published). */
export async function snapshotOf(tx: Tx, inspection: InspectionRow): Promise<ReportSnapshot> {
  const tree = await judgementTree(tx, inspection);
  const findingRows = await tx
    .select()
    .from(findings)
    .where(and(eq(findings.tenantId, inspection.tenantId), eq(findings.inspectionId, inspection.id)))
    .orderBy(asc(findings.id));
  const evidenceRows = await tx
    .select()
    .from(evidence)
    .where(and(eq(evidence.tenantId, inspection.tenantId), eq(evidence.inspectionId, inspection.id)))
    .orderBy(asc(evidence.id));
  return {
    inspection: toInspection(inspection),
    frameworkVersion: { id: tree.frameworkVersionId, ratingScale: tree.ratingScale, rollUp: tree.rollUp },
    judgements: tree.items,
    findings: findingRows.map(toFinding),
    evidence: await toEvidenceList(tx, evidenceRows),
  };
}

export async function writeReportVersion(
  tx: Tx,
  inspection: InspectionRow,
  version: { number: number; kind: 'publication' | 'amendment'; reason: string | null; createdBy: string },
  snapshot: ReportSnapshot,
): Promise<ReportVersionRow> {
  const [row] = await tx
    .insert(reportVersions)
    .values({
      tenantId: inspection.tenantId,
      id: uuidv7(),
      inspectionId: inspection.id,
      ...version,
      snapshot: snapshot as unknown as Record<string, unknown>,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** The latest version, or the one numbered `number`; undefined when there is none (visible). */
export async function findReportVersion(tx: Tx, inspection: InspectionRow, number?: number) {
  const [row] = await tx
    .select()
    .from(reportVersions)
    .where(
      and(
        eq(reportVersions.tenantId, inspection.tenantId),
        eq(reportVersions.inspectionId, inspection.id),
        number === undefined ? undefined : eq(reportVersions.number, number),
      ),
    )
    .orderBy(desc(reportVersions.number))
    .limit(1);
  return row;
}
