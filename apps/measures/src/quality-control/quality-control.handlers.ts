import type { RouteHandler } from '@hono/zod-openapi';
import type { Tx } from '@qms/db';
import { type AppEnv, type Principal, ProblemError, principalOf } from '@qms/platform';
import { toAnnotation } from '../annotations/annotations.schemas.js';
import { findMeasure } from '../catalogue/measure-catalogue.js';
import { renderSpcChart } from '../charts/svg.js';
import {
  analysisVersion,
  assertSeriesVisible,
  loadAnnotations,
  loadLimitChanges,
  loadLocalTargets,
  loadSeries,
  resolveScope,
} from './load.js';
import type { getMeasureSpc, getMeasureSpcSvg } from './quality-control.routes.js';
import type { StoredSpcQuery, StoredSpcResponse } from './quality-control.schemas.js';
import { analyseStoredSeries, type SeriesQuery, StoredSeriesError } from './stored-series.js';

const bool = (value: 'true' | 'false' | undefined) => (value === undefined ? undefined : value === 'true');

/** The engine options a query chooses (the rest come from the measure). */
export function seriesQueryOf(query: StoredSpcQuery): SeriesQuery {
  return {
    from: query.from,
    to: query.to,
    chart: query.chart,
    ruleFamily: query.ruleFamily,
    improvementDirection: query.improvementDirection,
    target: query.target,
    baselineLength: query.baselineLength,
    screenMovingRanges: bool(query.screenMovingRanges),
    runLength: query.runLength === 6 || query.runLength === 7 ? query.runLength : undefined,
    twoOfThreeIncludesBeyondLimits: bool(query.twoOfThreeIncludesBeyondLimits),
    minimumPointsForIcons: query.minimumPointsForIcons,
  };
}

/** Loads and analyses one stored series: shared by the JSON and the SVG answers. */
export async function storedSpc(
  tx: Tx,
  principal: Principal,
  measureId: string,
  query: StoredSpcQuery,
): Promise<{ response: StoredSpcResponse; title: string }> {
  const measure = await findMeasure(tx, measureId);
  const scope = await resolveScope(tx, principal, query.organisationId, query.unitId);
  await assertSeriesVisible(tx, principal, scope.organisationId, measure);
  const version = await analysisVersion(tx, measure);
  if (!version)
    throw new ProblemError('unprocessable-entity', 'The measure has no active version to analyse with');
  const range = { from: query.from, to: query.to };
  // Issued together, the four statements share one round trip to the server; annotations are
  // read for the asked range and kept below for the periods actually analysed.
  const [series, changes, localTargets, annotationsInRange] = await Promise.all([
    loadSeries(tx, scope, [measure.id], range),
    loadLimitChanges(tx, scope, [measure.id]),
    loadLocalTargets(tx, scope.organisationId, [measure.id]),
    loadAnnotations(tx, scope, measure.id, range),
  ]);
  const storedChanges = changes.get(measure.id) ?? [];
  let analysis: ReturnType<typeof analyseStoredSeries>;
  try {
    analysis = analyseStoredSeries({
      version,
      observations: series.get(measure.id) ?? [],
      limitChanges: storedChanges,
      localTarget: localTargets.get(measure.id) ?? null,
      query: seriesQueryOf(query),
    });
  } catch (error) {
    if (error instanceof StoredSeriesError) {
      throw new ProblemError('unprocessable-entity', error.detail, {
        errors: [{ pointer: error.pointer, detail: error.detail }],
      });
    }
    throw error;
  }
  const first = analysis.periods[0];
  const last = analysis.periods[analysis.periods.length - 1];
  const notes =
    first === undefined || last === undefined
      ? []
      : annotationsInRange.filter((note) => note.periodStart >= first && note.periodStart <= last);
  const result = analysis.result;
  const response: StoredSpcResponse = {
    measure: {
      id: measure.id,
      ownerOrganisationId: measure.tenantId,
      code: measure.code,
      versionId: version.id,
      version: version.version,
      title: version.title,
      valueType: version.valueType,
      periodicity: version.periodicity,
      improvementDirection: version.improvementDirection,
      multiplier: version.multiplier,
      unit: version.unit,
    },
    organisationId: scope.organisationId,
    unitId: scope.unitId,
    engine: result?.engine ?? { name: 'qms-spc', version: '' },
    ruleFamily: analysis.ruleFamily,
    chart: analysis.chart,
    options: result
      ? {
          improvementDirection: result.options.improvementDirection,
          target: result.options.target,
          baselineLength: result.options.baselineLength,
          recalculateAt: result.options.recalculateAt,
          screenMovingRanges: result.options.screenMovingRanges,
          runLength: result.options.runLength,
          twoOfThreeIncludesBeyondLimits: result.options.twoOfThreeIncludesBeyondLimits,
          minimumPointsForIcons: result.options.minimumPointsForIcons,
          multiplier: result.options.multiplier,
          exclude: result.options.exclude,
        }
      : null,
    target: analysis.target,
    limitChanges: storedChanges.map((change) => ({
      period: change.periodStart,
      kind: change.kind,
      baselineLength: change.baselineLength,
    })),
    points: (result?.points ?? []).map((p, k) => ({
      period: p.period,
      inputIndex: p.inputIndex,
      value: p.value,
      phase: p.phase,
      baseline: p.baseline,
      centre: p.centre,
      lowerProcessLimit: p.lowerProcessLimit,
      upperProcessLimit: p.upperProcessLimit,
      lowerTwoSigma: p.lowerTwoSigma,
      upperTwoSigma: p.upperTwoSigma,
      specialCauses: [...p.specialCauses],
      classification: p.classification,
      note: p.note,
      target: analysis.targets[k] ?? null,
      dataQuality: analysis.dataQuality[k] ?? {
        missing: true,
        provisional: false,
        late: false,
        revised: false,
        revision: null,
      },
    })),
    phases: result?.phases ?? [],
    runsAnalysis: result?.runsAnalysis ?? [],
    variationIcon: result?.variationIcon ?? null,
    assuranceIcon: result?.assuranceIcon ?? null,
    annotations: notes.map(toAnnotation),
    warnings: analysis.warnings,
  };
  return { response, title: version.title };
}

export const spc: RouteHandler<typeof getMeasureSpc, AppEnv> = async (c) => {
  const { measureId } = c.req.valid('param');
  const { response } = await storedSpc(c.var.tx, principalOf(c), measureId, c.req.valid('query'));
  return c.json(response, 200);
};

export const spcSvg: RouteHandler<typeof getMeasureSpcSvg, AppEnv> = async (c) => {
  const { measureId } = c.req.valid('param');
  const { response, title } = await storedSpc(c.var.tx, principalOf(c), measureId, c.req.valid('query'));
  const svg = renderSpcChart({
    title,
    subtitle: [
      response.measure.code,
      `${response.ruleFamily} ${response.chart}`,
      response.variationIcon ? `variation: ${response.variationIcon}` : null,
      response.assuranceIcon ? `assurance: ${response.assuranceIcon}` : null,
    ]
      .filter(Boolean)
      .join(' · '),
    points: response.points.map((p) => ({
      period: p.period,
      value: p.value,
      phase: p.phase,
      centre: p.centre,
      lowerProcessLimit: p.lowerProcessLimit,
      upperProcessLimit: p.upperProcessLimit,
      target: p.target,
      classification: p.classification,
    })),
    annotations: response.annotations,
  });
  return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
};
