import {
  adoptions,
  annotations,
  currentObservation,
  limitChanges,
  measureVersions,
  observations,
  queryRows,
  type Tx,
  units,
} from '@qms/db';
import { notFound, type Principal } from '@qms/platform';
import { and, asc, desc, eq, gte, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import type { CatalogueMeasure, MeasureVersionRow } from '../catalogue/measure-catalogue.js';
import type { StoredLimitChange, StoredObservation } from './stored-series.js';

/**
 * Loading stored series for quality control. Row-level security has the last word on every
 * row; these checks turn "nothing visible" into a clear 404 rather than an empty chart.
 */

export interface SeriesScope {
  organisationId: string;
  /** Null for the whole organisation's series. */
  unitId: string | null;
}

/**
 * The organisation (and unit) a read is about: the caller's own by default; another only when
 * the caller owns a programme that organisation is actively enrolled in (the database computed
 * that list when the request began). 404 otherwise, and for a unit of another organisation.
 */
export async function resolveScope(
  tx: Tx,
  principal: Principal,
  organisationId: string | undefined,
  unitId: string | undefined,
): Promise<SeriesScope> {
  const organisation = organisationId ?? principal.tenantId;
  if (organisation !== principal.tenantId) {
    const [row] = await queryRows<{ readable: boolean }>(
      tx,
      sql`select ${organisation}::uuid = any (platform.readable_tenants()) as readable`,
    );
    if (!row?.readable) throw notFound('Organisation');
  }
  if (unitId !== undefined) {
    const [unit] = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.tenantId, organisation), eq(units.id, unitId)));
    if (!unit) throw notFound('Unit');
  }
  return { organisationId: organisation, unitId: unitId ?? null };
}

/**
 * Whether the caller may read the organisation's data for this measure, as the observations
 * policy decides: always for its own organisation; for another, only as the owner of a
 * programme the measure is published to and the organisation is actively enrolled in.
 */
export async function maySeeSeries(
  tx: Tx,
  principal: Principal,
  organisationId: string,
  measure: { tenantId: string; id: string },
): Promise<boolean> {
  if (organisationId === principal.tenantId) return true;
  const [row] = await queryRows<{ visible: boolean }>(
    tx,
    sql`select measures.is_programme_data_of_current(${organisationId}::uuid, ${measure.tenantId}::uuid, ${measure.id}::uuid) as visible`,
  );
  return row?.visible === true;
}

export async function assertSeriesVisible(
  tx: Tx,
  principal: Principal,
  organisationId: string,
  measure: { tenantId: string; id: string },
): Promise<void> {
  if (!(await maySeeSeries(tx, principal, organisationId, measure))) throw notFound('Measure');
}

/** The version a series is analysed with: the active one, else the latest retired one. */
export async function analysisVersion(
  tx: Tx,
  measure: Pick<CatalogueMeasure, 'tenantId' | 'id' | 'active'>,
): Promise<MeasureVersionRow | undefined> {
  if (measure.active) return measure.active;
  const [latest] = await tx
    .select()
    .from(measureVersions)
    .where(
      and(
        eq(measureVersions.tenantId, measure.tenantId),
        eq(measureVersions.measureId, measure.id),
        ne(measureVersions.status, 'draft'),
      ),
    )
    .orderBy(desc(measureVersions.version))
    .limit(1);
  return latest;
}

const unitCondition = (
  column: typeof observations.unitId | typeof limitChanges.unitId,
  unitId: string | null,
) => (unitId === null ? isNull(column) : eq(column, unitId));

type PackedPoint = [
  string,
  number | null,
  number | null,
  number | null,
  number | null,
  string,
  boolean,
  number,
];

/**
 * The current observations of several measures for one organisation (or unit), in ONE query
 * ordered by measure and period, grouped by measure id. Each measure's points come back packed
 * in one JSON array (ordered by period): a hundred rows cross from the database instead of
 * thousands, which keeps a board summary fast on embedded PGlite too.
 */
export async function loadSeries(
  tx: Tx,
  scope: SeriesScope,
  measureIds: readonly string[],
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<Map<string, StoredObservation[]>> {
  const series = new Map<string, StoredObservation[]>();
  if (measureIds.length === 0) return series;
  const rows = await tx
    .select({
      measureId: observations.measureId,
      points: sql<
        PackedPoint[] | string
      >`json_agg(json_build_array(${observations.periodStart}, ${observations.numerator}, ${observations.denominator}, ${observations.value}, ${observations.expected}, ${observations.status}, ${observations.late}, ${observations.revision}) order by ${observations.periodStart})`,
    })
    .from(observations)
    .where(
      and(
        eq(observations.tenantId, scope.organisationId),
        inArray(observations.measureId, [...measureIds]),
        unitCondition(observations.unitId, scope.unitId),
        currentObservation,
        range.from ? gte(observations.periodStart, range.from) : undefined,
        range.to ? lte(observations.periodStart, range.to) : undefined,
      ),
    )
    .groupBy(observations.measureId)
    .orderBy(asc(observations.measureId));
  for (const row of rows) {
    const packed = typeof row.points === 'string' ? (JSON.parse(row.points) as PackedPoint[]) : row.points;
    series.set(
      row.measureId,
      packed.map(([periodStart, numerator, denominator, value, expected, status, late, revision]) => ({
        periodStart,
        numerator,
        denominator,
        value,
        expected,
        status: status === 'provisional' ? 'provisional' : 'final',
        late,
        revision,
      })),
    );
  }
  return series;
}

/** The stored limit changes of several measures for one organisation (or unit), by measure. */
export async function loadLimitChanges(
  tx: Tx,
  scope: SeriesScope,
  measureIds: readonly string[],
): Promise<Map<string, StoredLimitChange[]>> {
  const byMeasure = new Map<string, StoredLimitChange[]>();
  if (measureIds.length === 0) return byMeasure;
  const rows = await tx
    .select({
      measureId: limitChanges.measureId,
      periodStart: limitChanges.periodStart,
      kind: limitChanges.kind,
      baselineLength: limitChanges.baselineLength,
    })
    .from(limitChanges)
    .where(
      and(
        eq(limitChanges.tenantId, scope.organisationId),
        inArray(limitChanges.measureId, [...measureIds]),
        unitCondition(limitChanges.unitId, scope.unitId),
      ),
    )
    .orderBy(asc(limitChanges.periodStart), asc(limitChanges.id));
  for (const { measureId, ...row } of rows) {
    const list = byMeasure.get(measureId);
    if (list) list.push(row);
    else byMeasure.set(measureId, [row]);
  }
  return byMeasure;
}

/** Local targets of the organisation's active adoptions, by measure id (only those that set one). */
export async function loadLocalTargets(
  tx: Tx,
  organisationId: string,
  measureIds: readonly string[],
): Promise<Map<string, number>> {
  if (measureIds.length === 0) return new Map();
  const rows = await tx
    .select({ measureId: adoptions.measureId, localTarget: adoptions.localTarget })
    .from(adoptions)
    .where(
      and(
        eq(adoptions.tenantId, organisationId),
        inArray(adoptions.measureId, [...measureIds]),
        eq(adoptions.status, 'active'),
      ),
    );
  const targets = new Map<string, number>();
  for (const row of rows) if (row.localTarget !== null) targets.set(row.measureId, row.localTarget);
  return targets;
}

export type AnnotationRow = typeof annotations.$inferSelect;

/** Annotations of one series in a period range, in period order. */
export async function loadAnnotations(
  tx: Tx,
  scope: SeriesScope,
  measureId: string,
  range: { from?: string | undefined; to?: string | undefined },
): Promise<AnnotationRow[]> {
  return tx
    .select()
    .from(annotations)
    .where(
      and(
        eq(annotations.tenantId, scope.organisationId),
        eq(annotations.measureId, measureId),
        scope.unitId === null ? isNull(annotations.unitId) : eq(annotations.unitId, scope.unitId),
        range.from ? gte(annotations.periodStart, range.from) : undefined,
        range.to ? lte(annotations.periodStart, range.to) : undefined,
      ),
    )
    .orderBy(asc(annotations.periodStart), asc(annotations.id));
}
