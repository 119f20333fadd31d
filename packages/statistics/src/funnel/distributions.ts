import binomialCdfLib from '@stdlib/stats-base-dists-binomial-cdf';
import binomialQuantileLib from '@stdlib/stats-base-dists-binomial-quantile';
import chiSquareQuantileLib from '@stdlib/stats-base-dists-chisquare-quantile';
import gammaQuantileLib from '@stdlib/stats-base-dists-gamma-quantile';
import normalQuantileLib from '@stdlib/stats-base-dists-normal-quantile';
import poissonCdfLib from '@stdlib/stats-base-dists-poisson-cdf';
import poissonQuantileLib from '@stdlib/stats-base-dists-poisson-quantile';

/*
 * Thin wrappers over @stdlib distributions. The library returns NaN for bad arguments rather than
 * throwing; a NaN limit would silently classify every organisation as "within", so each wrapper checks
 * its arguments and its answer. Discrete quantiles are re-verified against the CDF because a one-step
 * error in a tail quantile moves an exact funnel limit by a whole event.
 */

function assertProbability(p: number, what: string): void {
  if (!(p > 0 && p < 1)) throw new RangeError(`${what}: probability must be in (0, 1), got ${p}`);
}

function assertFinite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`${what}: non-finite result`);
  return value;
}

/** Standard normal quantile Φ⁻¹(p). */
export function normalQuantile(p: number): number {
  assertProbability(p, 'normalQuantile');
  return assertFinite(normalQuantileLib(p, 0, 1), 'normalQuantile');
}

/*
 * KNOWN LIBRARY FAULT: @stdlib's regularised incomplete gamma (behind poisson-cdf 0.3.1, and used by
 * gamma-/chisquare-quantile) is wrong once its argument x exceeds about 1000 — e.g. it gives
 * P(X ≤ 1072) = 0.977 for X ~ Poisson(1025.26) where the true value is 0.929 (see the distributions
 * tests). Below that it is accurate to ~1e-15. So for x or shape above LARGE_GAMMA the wrappers use the
 * incomplete gamma below (series / Lentz continued fraction with Loader's prefactor, accurate at large
 * shape), and polish the library's quantile by Newton steps on it.
 */
const LARGE_GAMMA = 500;

/** x^a·e^(−x)/Γ(a + 1) for real a > 15, without overflow (Loader's saddle-point form). */
function gammaPrefix(a: number, x: number): number {
  return Math.exp(-stirlingError(a) - devianceTerm(a, x)) / Math.sqrt(2 * Math.PI * a);
}

/** Regularised lower (P) and upper (Q) incomplete gamma for shape a > 15. */
export function incompleteGamma(a: number, x: number): { lower: number; upper: number } {
  if (x <= 0) return { lower: 0, upper: 1 };
  return incompleteGammaWithPrefix(a, x, gammaPrefix(a, x));
}

/**
 * incompleteGamma for x > 0 given gammaPrefix(a, x), which the Newton polish below also needs for the
 * density: passing it in saves one of its two evaluations per step (same value, so same answer).
 */
function incompleteGammaWithPrefix(a: number, x: number, prefix: number): { lower: number; upper: number } {
  if (x < a + 1) {
    let term = 1;
    let sum = 1;
    for (let n = 1; n < 100_000; n += 1) {
      term *= x / (a + n);
      sum += term;
      if (term < sum * 1e-17) break;
    }
    const lower = prefix * sum;
    return { lower, upper: 1 - lower };
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100_000; i += 1) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  const upper = prefix * a * h;
  return { lower: 1 - upper, upper };
}

/** Newton-polish x so that P(Gamma(shape) ≤ x) = p, starting from the library's estimate. */
function polishGammaQuantile(p: number, shape: number, start: number): number {
  let x = start;
  for (let i = 0; i < 20; i += 1) {
    const prefix = gammaPrefix(shape, x);
    const { lower, upper } = x <= 0 ? { lower: 0, upper: 1 } : incompleteGammaWithPrefix(shape, x, prefix);
    // Work on whichever tail is small, where the probability has full relative precision.
    const error = p < 0.5 ? lower - p : 1 - p - upper;
    const density = (prefix * shape) / x;
    const step = error / density;
    x -= step;
    if (Math.abs(step) <= 1e-13 * x) break;
  }
  return x;
}

/** Quantile of Gamma(shape, rate 1); the shape need not be an integer. */
export function gammaQuantile(p: number, shape: number): number {
  assertProbability(p, 'gammaQuantile');
  if (!(shape > 0 && Number.isFinite(shape)))
    throw new RangeError(`gammaQuantile: shape must be > 0, got ${shape}`);
  const start = assertFinite(gammaQuantileLib(p, shape, 1), 'gammaQuantile');
  return shape > LARGE_GAMMA ? polishGammaQuantile(p, shape, start) : start;
}

/** Chi-square quantile; degrees of freedom need not be an integer. */
export function chiSquareQuantile(p: number, df: number): number {
  assertProbability(p, 'chiSquareQuantile');
  if (!(df > 0 && Number.isFinite(df))) throw new RangeError(`chiSquareQuantile: df must be > 0, got ${df}`);
  const start = assertFinite(chiSquareQuantileLib(p, df), 'chiSquareQuantile');
  return df / 2 > LARGE_GAMMA ? 2 * polishGammaQuantile(p, df / 2, start / 2) : start;
}

export function poissonCdf(k: number, mean: number): number {
  if (k < 0) return 0;
  const whole = Math.floor(k);
  if (mean > LARGE_GAMMA || whole + 1 > LARGE_GAMMA) {
    // The series/continued fraction needs shape > 15; a Poisson mean above 500 has F ≈ 0 below that.
    if (whole + 1 <= 15) return 0;
    return incompleteGamma(whole + 1, mean).upper;
  }
  return assertFinite(poissonCdfLib(whole, mean), 'poissonCdf');
}

export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return assertFinite(binomialCdfLib(k, n, p), 'binomialCdf');
}

/** Smallest r with P(X ≤ r) ≥ p for X ~ Poisson(mean). */
export function poissonQuantile(p: number, mean: number): number {
  assertProbability(p, 'poissonQuantile');
  if (!(mean > 0 && Number.isFinite(mean)))
    throw new RangeError(`poissonQuantile: mean must be > 0, got ${mean}`);
  let r = assertFinite(poissonQuantileLib(p, mean), 'poissonQuantile');
  while (r > 0 && poissonCdf(r - 1, mean) >= p) r -= 1;
  while (poissonCdf(r, mean) < p) r += 1;
  return r;
}

/** Smallest r with P(X ≤ r) ≥ p for X ~ Binomial(n, prob). */
export function binomialQuantile(p: number, n: number, prob: number): number {
  assertProbability(p, 'binomialQuantile');
  if (!(Number.isInteger(n) && n >= 1))
    throw new RangeError(`binomialQuantile: n must be a positive integer, got ${n}`);
  if (!(prob > 0 && prob < 1)) throw new RangeError(`binomialQuantile: prob must be in (0, 1), got ${prob}`);
  let r = assertFinite(binomialQuantileLib(p, n, prob), 'binomialQuantile');
  while (r > 0 && binomialCdf(r - 1, n, prob) >= p) r -= 1;
  while (r < n && binomialCdf(r, n, prob) < p) r += 1;
  return r;
}

/*
 * Probability mass functions by Loader's saddle-point method (the one R's dpois/dbinom use), written
 * here because the installed stdlib packages do not include the pmfs. They keep full relative accuracy
 * far into the tails, which the exact-limit walk in limits-exact.ts relies on as its starting point.
 */

const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** log(n!) − [(n + ½)·log n − n + log √(2π)], the error of Stirling's formula, for integer n ≥ 1. */
export function stirlingError(n: number): number {
  if (n <= 15) {
    let logFactorial = 0;
    for (let i = 2; i <= n; i += 1) logFactorial += Math.log(i);
    return logFactorial - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
  }
  const s0 = 1 / 12;
  const s1 = 1 / 360;
  const s2 = 1 / 1260;
  const s3 = 1 / 1680;
  const s4 = 1 / 1188;
  const nn = n * n;
  if (n > 500) return (s0 - s1 / nn) / n;
  if (n > 80) return (s0 - (s1 - s2 / nn) / nn) / n;
  if (n > 35) return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
  return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
}

/** x·log(x/m) + m − x, evaluated without cancellation when x ≈ m. */
export function devianceTerm(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j += 1) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}

/** P(X = k) for X ~ Poisson(mean), integer k ≥ 0. */
export function poissonPmf(k: number, mean: number): number {
  if (k < 0) return 0;
  if (k === 0) return Math.exp(-mean);
  return Math.exp(-stirlingError(k) - devianceTerm(k, mean)) / Math.sqrt(2 * Math.PI * k);
}

/** P(X = k) for X ~ Binomial(n, prob), integers 0 ≤ k ≤ n. */
export function binomialPmf(k: number, n: number, prob: number): number {
  if (k < 0 || k > n) return 0;
  const q = 1 - prob;
  if (k === 0) return Math.exp(n * Math.log1p(-prob));
  if (k === n) return Math.exp(n * Math.log(prob));
  const logCore =
    stirlingError(n) -
    stirlingError(k) -
    stirlingError(n - k) -
    devianceTerm(k, n * prob) -
    devianceTerm(n - k, n * q);
  const logScale = Math.log(2 * Math.PI) + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(logCore - 0.5 * logScale);
}
