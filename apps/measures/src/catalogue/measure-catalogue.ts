import { adoptions, enrolments, measures, measureVersions, programmeMeasures, type Tx } from '@qms/db';
import { notFound } from '@qms/platform';
import { and, eq, inArray, isNull } from 'drizzle-orm';

export type MeasureVersionRow = typeof measureVersions.$inferSelect;

export interface CatalogueMeasure {
  /** The owner's tenant (a national body for national measures). */
  tenantId: string;
  id: string;
  code: string;
  /** The active version, if any: the one new data is submitted against. */
  active: MeasureVersionRow | undefined;
}

/**
 * A measure visible to the caller (its own, or published to a programme it takes part in;
 * row-level security decides), with its active version. Ids are UUIDv7, unique across tenants,
 * so the id alone names a measure.
 */
export async function findMeasure(tx: Tx, measureId: string): Promise<CatalogueMeasure> {
  // One round trip: the measure and its active version (if any) side by side.
  const [row] = await tx
    .select({ measure: measures, active: measureVersions })
    .from(measures)
    .leftJoin(
      measureVersions,
      and(
        eq(measureVersions.tenantId, measures.tenantId),
        eq(measureVersions.measureId, measures.id),
        eq(measureVersions.status, 'active'),
      ),
    )
    .where(eq(measures.id, measureId));
  if (!row) throw notFound('Measure');
  const { measure, active } = row;
  return { tenantId: measure.tenantId, id: measure.id, code: measure.code, active: active ?? undefined };
}

/** Active versions of several measures at once, keyed by measure id. */
export async function activeVersions(tx: Tx, measureIds: string[]): Promise<Map<string, MeasureVersionRow>> {
  if (measureIds.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(measureVersions)
    .where(and(inArray(measureVersions.measureId, measureIds), eq(measureVersions.status, 'active')));
  return new Map(rows.map((row) => [row.measureId, row]));
}

/**
 * Whether an organisation may submit data for a measure: its own measure, one it has adopted,
 * or one published to a programme in which it is actively enrolled.
 */
export async function mayReport(
  tx: Tx,
  organisationId: string,
  measure: { tenantId: string; id: string },
): Promise<boolean> {
  if (measure.tenantId === organisationId) return true;
  return (await othersOpenToReport(tx, organisationId, [measure.id])).has(
    `${measure.tenantId}/${measure.id}`,
  );
}

/**
 * Other organisations' measures among `measureIds` that the organisation has adopted or that are
 * published to a programme it is actively enrolled in, as `owner/id` keys; both questions in one
 * round trip. It needs only the ids, so a caller can send it beside the look-up of the measures
 * themselves and decide with reportableAmong.
 */
export async function othersOpenToReport(
  tx: Tx,
  organisationId: string,
  measureIds: string[],
): Promise<Set<string>> {
  const [adopted, published] = await Promise.all([
    tx
      .select({ tenantId: adoptions.measureTenantId, id: adoptions.measureId })
      .from(adoptions)
      .where(
        and(
          eq(adoptions.tenantId, organisationId),
          inArray(adoptions.measureId, measureIds),
          eq(adoptions.status, 'active'),
        ),
      ),
    publishedToEnrolledProgrammes(tx, organisationId, measureIds),
  ]);
  return new Set([...adopted, ...published].map((m) => `${m.tenantId}/${m.id}`));
}

/** The ids of those `candidates` the organisation may report: its own, and those open to it. */
export function reportableAmong(
  organisationId: string,
  candidates: { tenantId: string; id: string }[],
  openToReport: Set<string>,
): Set<string> {
  return new Set(
    candidates
      .filter((m) => m.tenantId === organisationId || openToReport.has(`${m.tenantId}/${m.id}`))
      .map((m) => m.id),
  );
}

/** The target in force for a period: the last effective-dated target starting on or before it. */
export function targetFor(version: Pick<MeasureVersionRow, 'targets'>, periodStart: string): number | null {
  let value: number | null = null;
  for (const target of [...version.targets].sort((a, b) => a.from.localeCompare(b.from))) {
    if (target.from <= periodStart && (!target.to || periodStart <= target.to)) value = target.value;
  }
  return value;
}

/**
 * The measures (owner and id) published, and not withdrawn, to programmes in which the
 * organisation is actively enrolled; only those among `measureIds` when given.
 */
export function publishedToEnrolledProgrammes(tx: Tx, organisationId: string, measureIds?: string[]) {
  return tx
    .select({ tenantId: programmeMeasures.tenantId, id: programmeMeasures.measureId })
    .from(programmeMeasures)
    .innerJoin(
      enrolments,
      and(
        eq(enrolments.tenantId, programmeMeasures.tenantId),
        eq(enrolments.programmeId, programmeMeasures.programmeId),
      ),
    )
    .where(
      and(
        measureIds ? inArray(programmeMeasures.measureId, measureIds) : undefined,
        isNull(programmeMeasures.withdrawnAt),
        eq(enrolments.organisationId, organisationId),
        eq(enrolments.status, 'active'),
      ),
    );
}

/**
 * Whether a measure is published (and not withdrawn) to a programme in which the organisation
 * is actively enrolled: what an organisation needs to adopt another's measure.
 */
export async function isPublishedToEnrolledProgramme(
  tx: Tx,
  organisationId: string,
  measure: { tenantId: string; id: string },
): Promise<boolean> {
  const published = await publishedToEnrolledProgrammes(tx, organisationId, [measure.id]);
  return published.some((m) => m.tenantId === measure.tenantId);
}
