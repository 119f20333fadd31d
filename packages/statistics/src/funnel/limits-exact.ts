import {
  binomialCdf,
  binomialPmf,
  binomialQuantile,
  poissonCdf,
  poissonPmf,
  poissonQuantile,
} from './distributions.js';

/*
 * Exact discrete funnel limits with Spiegelhalter's (2005, Appendix A.1.1) interpolation.
 *
 * For coverage probability p, let y be the smallest count with F(y) ≥ p and
 *   α = (F(y) − p) / (F(y) − F(y − 1)).
 * The plotted limit is y − α counts. It is continuous in the denominator, so the funnel is smooth, and
 * the lower limit reaches 0 once F(0) ≥ p (an organisation with no events at a small denominator sits
 * on the limit and so is within it). A count O is then below the lower limit exactly when
 * P(X ≤ O) < p: the exact one-sided test.
 *
 * Applied literally to the upper tail, the same formula flags O when P(X ≤ O) > 1 − tail, i.e. when
 * P(X > O) < tail rather than the exact test's P(X ≥ O) < tail: one event too eager, so that 1 event
 * out of 1 case is an "alarm" whenever the target is below 99.8 %. The engine therefore interpolates the
 * upper limit on the survival function — the mirror image of the lower limit — which works out as the
 * CDF-interpolated value plus one event (capped at n for binomial). That keeps the funnel smooth, makes
 * the upper limit reach n where it should, and makes both bands coincide with the exact tests (and with
 * PHEindicatormethods' exact Poisson limits). The literal version stays available as the
 * `spiegelhalterCdfUpperLimit` compatibility option. These functions return the CDF-interpolated values;
 * the +1 is applied by the caller.
 *
 * Speed: rather than calling a quantile and two CDFs per limit, one pass walks the distribution upwards
 * from a point whose lower tail is negligible, accumulating the CDF with the pmf recurrence, and reads
 * off every requested probability on the way. The start is chosen by Bernstein's inequality so that the
 * ignored mass is below e⁻³⁰ ≈ 1e-13. When the spread is large that walk gets long, so it starts
 * instead from the library's exact quantile and CDF at the lowest probability.
 */

/** Beyond this standard deviation, anchoring on the library CDF is cheaper than walking from the tail. */
const WALK_FROM_TAIL_MAX_SD = 250;

/**
 * Start of the walk: by Bernstein's inequality P(X < mean − x) ≤ exp(−x²/(2(σ² + x/3))) for a sum of
 * independent variables bounded by 1 (binomial; Poisson as its limit). Solving for a bound of e⁻³⁰
 * (1e-13, far below what moves a limit) gives x = 10 + √(100 + 60σ²).
 */
function negligibleTailStart(mean: number, variance: number): number {
  const margin = 10 + Math.sqrt(100 + 60 * variance);
  return Math.max(0, Math.floor(mean - margin));
}

/**
 * Interpolated exact Poisson limits, on the count scale, for X ~ Poisson(mean).
 * `probabilities` must be ascending and inside (0, 1); the answer is in the same order.
 */
export function poissonInterpolatedCounts(mean: number, probabilities: readonly number[]): number[] {
  const out = new Float64Array(probabilities.length);
  poissonInterpolatedCountsInto(mean, probabilities, out);
  return Array.from(out);
}

/**
 * poissonInterpolatedCounts writing into `out` (from index 0), so that analyseFunnel can reuse one scratch
 * array for every denominator instead of allocating a result array each time.
 */
export function poissonInterpolatedCountsInto(
  mean: number,
  probabilities: readonly number[],
  out: Float64Array,
): void {
  const first = probabilities[0];
  if (first === undefined) return;
  let r: number;
  let pmf: number;
  let cdf: number;
  if (Math.sqrt(mean) > WALK_FROM_TAIL_MAX_SD) {
    r = poissonQuantile(first, mean);
    pmf = poissonPmf(r, mean);
    cdf = poissonCdf(r, mean);
  } else {
    r = negligibleTailStart(mean, mean);
    pmf = poissonPmf(r, mean);
    cdf = pmf;
  }
  for (let j = 0; j < probabilities.length; j += 1) {
    const p = probabilities[j] as number;
    while (cdf < p) {
      r += 1;
      pmf *= mean / r;
      cdf += pmf;
    }
    out[j] = Math.max(0, r - (cdf - p) / pmf);
  }
}

/**
 * Interpolated exact binomial limits, on the count scale, for X ~ Binomial(n, prob), n a positive integer.
 * `probabilities` must be ascending and inside (0, 1); the answer is in the same order.
 */
export function binomialInterpolatedCounts(
  n: number,
  prob: number,
  probabilities: readonly number[],
): number[] {
  const out = new Float64Array(probabilities.length);
  binomialInterpolatedCountsInto(n, prob, probabilities, out);
  return Array.from(out);
}

/** binomialInterpolatedCounts writing into `out` (from index 0); see poissonInterpolatedCountsInto. */
export function binomialInterpolatedCountsInto(
  n: number,
  prob: number,
  probabilities: readonly number[],
  out: Float64Array,
): void {
  const first = probabilities[0];
  if (first === undefined) return;
  const variance = n * prob * (1 - prob);
  const odds = prob / (1 - prob);
  let r: number;
  let pmf: number;
  let cdf: number;
  if (Math.sqrt(variance) > WALK_FROM_TAIL_MAX_SD) {
    r = binomialQuantile(first, n, prob);
    pmf = binomialPmf(r, n, prob);
    cdf = binomialCdf(r, n, prob);
  } else {
    r = negligibleTailStart(n * prob, variance);
    pmf = binomialPmf(r, n, prob);
    cdf = pmf;
  }
  for (let j = 0; j < probabilities.length; j += 1) {
    const p = probabilities[j] as number;
    while (cdf < p && r < n) {
      pmf *= ((n - r) / (r + 1)) * odds;
      r += 1;
      cdf += pmf;
    }
    // At r = n the accumulated CDF can fall a rounding error short of p; the limit is then n itself.
    out[j] = cdf < p ? n : Math.max(0, r - (cdf - p) / pmf);
  }
}
