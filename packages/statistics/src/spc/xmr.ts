import { type ChartLimits, emptyLimits, fillPhase } from './limits.js';
import type { PreparedSeries } from './series.js';
import { MDC_LIMIT_CONSTANT, MDC_TWO_SIGMA_CONSTANT, meanMovingRange, meanOf } from './stats.js';
import type { ResolvedSpcOptions } from './types.js';

/**
 * Making Data Count XmR limits, phase by phase (NHSRplotthedots `ptd_spc_standard`):
 * mean and mean moving range from the baseline rows of the phase (all of it unless a
 * baseline length is fixed); no moving range spans two phases because each phase's
 * moving ranges are formed from its own rows only.
 */
export function mdcXmrLimits(series: PreparedSeries, options: ResolvedSpcOptions): ChartLimits {
  const limits = emptyLimits(series.y);
  for (let j = 0; j < series.phaseStart.length; j++) {
    const s = series.phaseStart[j]!;
    const e = series.phaseEnd[j]!;
    const baselineEnd = options.baselineLength === null ? e : s + options.baselineLength;
    const rows = new Int32Array(baselineEnd - s);
    for (let k = 0; k < rows.length; k++) rows[k] = s + k;
    const centre = meanOf(series.y, rows);
    const mr = meanMovingRange(series.y, rows, options.screenMovingRanges);
    const amr = mr.meanMovingRange;
    fillPhase(limits, s, e, {
      centre,
      lower: centre - MDC_LIMIT_CONSTANT * amr,
      upper: centre + MDC_LIMIT_CONSTANT * amr,
      lower2: centre - MDC_TWO_SIGMA_CONSTANT * amr,
      upper2: centre + MDC_TWO_SIGMA_CONSTANT * amr,
      meanMovingRange: amr,
      screenedOut: mr.screenedOut,
    });
  }
  return limits;
}
