import type { findings, inspections } from '@qms/db';

/** The API shapes of inspections and findings, shared by their routes and the report snapshot. */

type InspectionRow = typeof inspections.$inferSelect;
type FindingRow = typeof findings.$inferSelect;

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export const toInspection = (row: InspectionRow) => ({
  id: row.id,
  inspectingOrganisationId: row.tenantId,
  organisationId: row.organisationId,
  frameworkVersionId: row.frameworkVersionId,
  type: row.type,
  title: row.title,
  team: row.team,
  unitIds: row.unitIds,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  stage: row.stage,
  fieldworkStartedAt: iso(row.fieldworkStartedAt),
  draftedAt: iso(row.draftedAt),
  factualAccuracyAt: iso(row.factualAccuracyAt),
  publishedAt: iso(row.publishedAt),
  closedAt: iso(row.closedAt),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const toFinding = (row: FindingRow) => ({
  id: row.id,
  inspectionId: row.inspectionId,
  type: row.type,
  severity: row.severity,
  statement: row.statement,
  nodeIds: row.nodeIds,
  measureIds: row.measureIds,
  dueOn: row.dueOn,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export type InspectionView = ReturnType<typeof toInspection>;
export type FindingView = ReturnType<typeof toFinding>;
