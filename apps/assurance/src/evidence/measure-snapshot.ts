import type { MeasureSnapshot, Tx } from '@qms/db';
import { measures } from '@qms/db';
import { analyseSeriesBatch, latestSignalOf } from '@qms/measures';
import { and, eq } from 'drizzle-orm';

/**
 * A frozen picture of an organisation's measure for inspection evidence, taken with the measures
 * service's own stored-SPC code (the same analysis as its SPC and board summary). Stored as JSON
 * on the evidence and never recomputed: a later revision of the data does not change it.
 *
 * The inspecting organisation reads the inspected organisation's data only through the
 * inspection crossing of row-level security (migration 0013); null when nothing is visible.
 */
export async function takeMeasureSnapshot(
  tx: Tx,
  organisationId: string,
  measure: { tenantId: string; id: string },
): Promise<MeasureSnapshot | null> {
  const [definition] = await tx
    .select({ code: measures.code })
    .from(measures)
    .where(and(eq(measures.tenantId, measure.tenantId), eq(measures.id, measure.id)))
    .limit(1);
  if (!definition) return null;
  const batch = await analyseSeriesBatch(tx, { organisationId, unitId: null }, [measure.id]);
  const entry = batch.get(measure.id);
  if (!entry) return null;
  const { version, analysis } = entry;
  const signal = latestSignalOf(analysis);
  const points = analysis?.result?.points ?? [];
  const at =
    signal.periodStart === null ? -1 : points.findIndex((point) => point.period === signal.periodStart);
  const point = at >= 0 ? points[at] : undefined;
  const observations: MeasureSnapshot['observations'] = [];
  analysis?.periods.forEach((periodStart, index) => {
    const revision = analysis.dataQuality[index]?.revision;
    if (revision !== null && revision !== undefined) observations.push({ periodStart, revision });
  });
  return {
    measureTenantId: measure.tenantId,
    measureId: measure.id,
    code: definition.code,
    title: version.title,
    measureVersionId: version.id,
    measureVersion: version.version,
    organisationId,
    unitId: null,
    chart: analysis?.chart ?? null,
    periodStart: signal.periodStart,
    value: signal.value,
    centre: point?.centre ?? null,
    lowerProcessLimit: point?.lowerProcessLimit ?? null,
    upperProcessLimit: point?.upperProcessLimit ?? null,
    variationIcon: signal.variationIcon,
    assuranceIcon: signal.assuranceIcon,
    target: at >= 0 ? (analysis?.targets[at] ?? null) : (analysis?.target.value ?? null),
    dataQuality: signal.dataQuality,
    observations,
    pointCount: observations.length,
    problem: entry.problem,
    takenAt: new Date().toISOString(),
  };
}
