import {
  FLAG_BEYOND_LIMITS,
  FLAG_SHIFT,
  FLAG_TREND,
  FLAG_TWO_OF_THREE,
  type SpecialCauseFlags,
} from './flags.js';
import type { ChartLimits } from './limits.js';
import type { PreparedSeries } from './series.js';
import type { ResolvedSpcOptions } from './types.js';

/**
 * Making Data Count special-cause rules (NHSRplotthedots 0.2.2 `ptd_special_cause_flag`),
 * evaluated phase by phase over the observed points (a missing value is skipped, not a
 * break, as qicharts2 also drops NA before its runs analysis):
 * - beyondLimits: above the upper or below the lower process limit (strict);
 * - trend: `runLength` points each strictly above (or below) the previous; a tie breaks it;
 * - twoOfThree: in 3 consecutive points all on one side of the mean, at least 2 beyond
 *   that side's 2-sigma line; only those points are flagged. Points beyond the process
 *   limit do not count unless `twoOfThreeIncludesBeyondLimits`;
 * - shift: `runLength` consecutive points on one side of the mean; a point on the mean breaks it.
 */
export function mdcSpecialCauses(
  series: PreparedSeries,
  limits: ChartLimits,
  options: ResolvedSpcOptions,
): SpecialCauseFlags {
  const n = series.n;
  const flags = new Uint8Array(n);
  const trendDirection = new Int8Array(n);
  const { value: y, centre, lower, upper, lower2, upper2 } = limits;
  const runLength = options.runLength;
  const includeBeyond = options.twoOfThreeIncludesBeyondLimits;
  const observed = new Int32Array(n);
  const side = new Int8Array(n);

  for (let j = 0; j < series.phaseStart.length; j++) {
    const s = series.phaseStart[j]!;
    const e = series.phaseEnd[j]!;
    let m = 0;
    for (let k = s; k < e; k++) {
      const v = y[k]!;
      const c = centre[k]!;
      if (Number.isNaN(v) || Number.isNaN(c)) continue;
      observed[m] = k;
      side[m] = v > c ? 1 : v < c ? -1 : 0;
      m++;
      if (v > upper[k]! || v < lower[k]!) flags[k]! |= FLAG_BEYOND_LIMITS;
    }

    // shift: runs of equal, non-zero side
    let runStart = 0;
    for (let q = 1; q <= m; q++) {
      if (q === m || side[q] !== side[runStart] || side[q] === 0) {
        if (side[runStart] !== 0 && q - runStart >= runLength) {
          for (let r = runStart; r < q; r++) flags[observed[r]!]! |= FLAG_SHIFT;
        }
        runStart = q;
      }
    }

    // trend: runs of equal, non-zero step direction; L points means L - 1 steps
    let stepStart = 1;
    let stepDir = 0;
    for (let q = 1; q <= m; q++) {
      const dir = q === m ? 0 : Math.sign(y[observed[q]!]! - y[observed[q - 1]!]!);
      if (q === m || dir !== stepDir || dir === 0) {
        if (stepDir !== 0 && q - stepStart >= runLength - 1) {
          for (let r = stepStart - 1; r < q; r++) {
            const k = observed[r]!;
            flags[k]! |= FLAG_TREND;
            // A peak ends one trend and starts the next: the later trend labels it.
            trendDirection[k] = stepDir;
          }
        }
        stepStart = q;
        stepDir = dir;
      }
    }

    // two of three beyond the same 2-sigma line, all three on one side of the mean
    for (let q = 0; q + 2 < m; q++) {
      const sd = side[q]!;
      if (sd === 0 || side[q + 1] !== sd || side[q + 2] !== sd) continue;
      let close = 0;
      for (let r = q; r < q + 3; r++) if (isClose(observed[r]!, sd)) close++;
      if (close < 2) continue;
      for (let r = q; r < q + 3; r++) {
        const k = observed[r]!;
        if (isClose(k, sd)) flags[k]! |= FLAG_TWO_OF_THREE;
      }
    }
  }
  return { flags, trendDirection };

  function isClose(k: number, sd: number): boolean {
    const v = y[k]!;
    if (sd > 0) return v > upper2[k]! && (includeBeyond || !(v > upper[k]!));
    return v < lower2[k]! && (includeBeyond || !(v < lower[k]!));
  }
}
