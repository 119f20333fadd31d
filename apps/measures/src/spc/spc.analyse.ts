import { analyseSpc, type SpcOptions } from '@qms/statistics';
import type { SpcRequest, SpcResponse } from './spc.schemas.js';

/**
 * Map a validated `POST /v1/spc` body to the engine and the engine's result to the
 * response. Pure. Input problems zod cannot see (duplicate periods, a recalculation or
 * excluded period not in the series, a baseline longer than its phase, a numerator above
 * its denominator...) surface as `SpcInputError` with a JSON pointer into the body.
 */
export function analyseSpcRequest(request: SpcRequest): SpcResponse {
  const { points, chart, ...rest } = request;
  const options: SpcOptions = { ...rest, chart: chart ?? 'xmr' };
  const result = analyseSpc(points, options);
  return {
    engine: result.engine,
    ruleFamily: result.ruleFamily,
    chart: result.chart,
    options: {
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
    },
    points: result.points.map((p) => ({
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
      specialCauses: p.specialCauses.length === 0 ? [] : [...p.specialCauses],
      classification: p.classification,
      note: p.note,
    })),
    phases: result.phases,
    runsAnalysis: result.runsAnalysis,
    variationIcon: result.variationIcon,
    assuranceIcon: result.assuranceIcon,
    warnings: result.warnings,
  };
}

export { isSpcInputError, SpcInputError } from '@qms/statistics';
