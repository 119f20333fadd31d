import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { funnelDistributions as D } from '../../src/funnel/index.js';
import { num, readCsv } from './fixtures.js';

describe('normal quantile', () => {
  it('matches the z values FunnelPlotR hard-codes for 95 % and 99.8 % limits', () => {
    // FunnelPlotR 0.6.0 R/calculate_limits.R uses 1.959964 and 3.090232 (R's qnorm(0.975), qnorm(0.999)).
    expect(D.normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(D.normalQuantile(0.999)).toBeCloseTo(3.090232, 6);
    expect(D.normalQuantile(0.001)).toBeCloseTo(-3.090232, 6);
  });

  it('rejects probabilities outside (0, 1) instead of returning NaN', () => {
    expect(() => D.normalQuantile(0)).toThrow(RangeError);
    expect(() => D.normalQuantile(1.2)).toThrow(RangeError);
  });
});

describe('chi-square quantile in the tails', () => {
  // FunnelPlotR tests/testthat/test-poisson_limits.R: Poisson limits at expected 15, 20, 30 are
  // qchisq(0.025, 2E)/2E (ll95), qchisq(0.975, 2E+2)/2E (ul95), qchisq(0.001, 2E)/2E (ll99),
  // qchisq(0.999, 2E+2)/2E (ul99), published rounded to 7 significant figures.
  const published = {
    e: [15, 20, 30],
    ll95: [0.5596924, 0.610826, 0.6746958],
    ul95: [1.649348, 1.544419, 1.427562],
    ll99: [0.386265, 0.4479107, 0.5289724],
    ul99: [2.082907, 1.902094, 1.702771],
  };
  published.e.forEach((e, i) => {
    it(`reproduces R's qchisq at expected ${e}`, () => {
      expect(D.chiSquareQuantile(0.025, 2 * e) / (2 * e)).toBeCloseTo(published.ll95[i] as number, 6);
      expect(D.chiSquareQuantile(0.975, 2 * e + 2) / (2 * e)).toBeCloseTo(published.ul95[i] as number, 5);
      expect(D.chiSquareQuantile(0.001, 2 * e) / (2 * e)).toBeCloseTo(published.ll99[i] as number, 6);
      expect(D.chiSquareQuantile(0.999, 2 * e + 2) / (2 * e)).toBeCloseTo(published.ul99[i] as number, 5);
    });
  });
});

describe('gamma quantile against the exact Poisson means PHE publishes', () => {
  // PHEindicatormethods tests/testthat/testdata_funnel_ratio_outputs.csv: for each observed count O the
  // Poisson mean at which O sits on a limit, found by bisection in R:
  //   lower_2s_exp_events: P(X ≤ O) = 0.025 → qgamma(0.975, O + 1)
  //   upper_2s_exp_events: P(X ≥ O) = 0.025 → qgamma(0.025, O)
  //   lower_3s_exp_events: P(X ≤ O) = 0.001 → qgamma(0.999, O + 1)
  //   upper_3s_exp_events: P(X ≥ O) = 0.001 → qgamma(0.001, O)
  const rows = readCsv('phe_indicatormethods/reference/testdata_funnel_ratio_outputs.csv');
  it('agrees with all 100 rows × 4 tail probabilities within the precision of PHE bisection', () => {
    expect(rows.length).toBe(100);
    for (const row of rows) {
      const o = num(row, 'Observed_events');
      // PHE bisects v = μ/(1 + O + μ) until the step is below 1e-7, so μ is known to ±(1 + O)·1e-7/(1 − v)².
      const check = (actual: number, expected: number) => {
        const v = expected / (1 + o + expected);
        expect(Math.abs(actual - expected)).toBeLessThan((2e-7 * (1 + o)) / (1 - v) ** 2);
      };
      check(D.gammaQuantile(0.975, o + 1), num(row, 'lower_2s_exp_events'));
      check(D.gammaQuantile(0.025, o), num(row, 'upper_2s_exp_events'));
      check(D.gammaQuantile(0.999, o + 1), num(row, 'lower_3s_exp_events'));
      check(D.gammaQuantile(0.001, o), num(row, 'upper_3s_exp_events'));
    }
  });

  it('handles non-integer shapes (expected counts need not be whole)', () => {
    // Gamma(shape 1) is exponential: qgamma(p, 1) = −log(1 − p), worked by hand.
    expect(D.gammaQuantile(0.999, 1)).toBeCloseTo(-Math.log(0.001), 10);
    // chi-square with 2.2 df equals 2 × Gamma(1.1).
    expect(D.chiSquareQuantile(0.001, 2.2)).toBeCloseTo(2 * D.gammaQuantile(0.001, 1.1), 10);
  });
});

describe('discrete quantiles', () => {
  it('match textbook values of R qpois / qbinom', () => {
    // R: qpois(0.975, 10) = 17, qpois(0.025, 10) = 4, qbinom(0.975, 100, 0.5) = 60, qbinom(0.025, 100, 0.5) = 40.
    expect(D.poissonQuantile(0.975, 10)).toBe(17);
    expect(D.poissonQuantile(0.025, 10)).toBe(4);
    expect(D.binomialQuantile(0.975, 100, 0.5)).toBe(60);
    expect(D.binomialQuantile(0.025, 100, 0.5)).toBe(40);
  });

  it('satisfy the quantile definition F(q − 1) < p ≤ F(q) in the tails', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 5000, noNaN: true }),
        fc.constantFrom(1e-6, 0.001, 0.025, 0.5, 0.975, 0.999, 1 - 1e-6),
        (mean, p) => {
          const q = D.poissonQuantile(p, mean);
          expect(D.poissonCdf(q, mean)).toBeGreaterThanOrEqual(p);
          expect(D.poissonCdf(q - 1, mean)).toBeLessThan(p);
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.constantFrom(0.001, 0.025, 0.975, 0.999),
        (n, prob, p) => {
          const q = D.binomialQuantile(p, n, prob);
          expect(D.binomialCdf(q, n, prob)).toBeGreaterThanOrEqual(p);
          expect(D.binomialCdf(q - 1, n, prob)).toBeLessThan(p);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('probability mass functions (Loader)', () => {
  it('match closed forms worked by hand', () => {
    expect(D.poissonPmf(0, 3.7)).toBeCloseTo(Math.exp(-3.7), 15);
    expect(D.poissonPmf(2, 2)).toBeCloseTo(2 * Math.exp(-2), 15);
    // Binomial(5, 0.3): P(X = 2) = 10 · 0.3² · 0.7³ = 0.3087.
    expect(D.binomialPmf(2, 5, 0.3)).toBeCloseTo(0.3087, 14);
    expect(D.binomialPmf(5, 5, 0.3)).toBeCloseTo(0.3 ** 5, 15);
  });

  it('equal successive CDF differences of the stdlib distributions', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 20_000, noNaN: true }),
        fc.double({ min: -4, max: 4, noNaN: true }),
        (mean, z) => {
          const k = Math.max(0, Math.round(mean + z * Math.sqrt(mean)));
          const diff = D.poissonCdf(k, mean) - D.poissonCdf(k - 1, mean);
          expect(Math.abs(D.poissonPmf(k, mean) - diff)).toBeLessThan(1e-12 + 1e-9 * diff);
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000 }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: -4, max: 4, noNaN: true }),
        (n, prob, z) => {
          const k = Math.min(n, Math.max(0, Math.round(n * prob + z * Math.sqrt(n * prob * (1 - prob)))));
          const diff = D.binomialCdf(k, n, prob) - D.binomialCdf(k - 1, n, prob);
          expect(Math.abs(D.binomialPmf(k, n, prob) - diff)).toBeLessThan(1e-12 + 1e-9 * diff);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('large arguments, where the stdlib incomplete gamma is wrong', () => {
  // @stdlib poisson-cdf 0.3.1 returns 0.977 for P(X ≤ 1072 | λ = 1025.26); the normal approximation with
  // continuity correction, Φ((1072.5 − 1025.26)/√1025.26) = Φ(1.4753) ≈ 0.9299, shows the true value is near 0.93.
  it('Poisson CDF beyond λ = 500 stays within 0.002 of the continuity-corrected normal approximation', () => {
    const mean = 1025.260469673792;
    const approx = 0.5 * (1 + erf((1072.5 - mean) / Math.sqrt(mean) / Math.SQRT2));
    expect(Math.abs(D.poissonCdf(1072, mean) - approx)).toBeLessThan(0.002);
  });

  it('Poisson CDF equals the sum of pmfs for λ up to 200,000', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 400, max: 200_000, noNaN: true }),
        fc.double({ min: -4, max: 4, noNaN: true }),
        (mean, z) => {
          const k = Math.max(0, Math.round(mean + z * Math.sqrt(mean)));
          let sum = 0;
          for (let j = Math.max(0, Math.floor(mean - 14 * Math.sqrt(mean) - 30)); j <= k; j += 1)
            sum += D.poissonPmf(j, mean);
          expect(Math.abs(D.poissonCdf(k, mean) - sum)).toBeLessThan(1e-11);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gamma and chi-square quantiles hit their probability for shapes up to 60,000', () => {
    for (const shape of [499, 501, 1001, 3000, 20_000, 60_000]) {
      for (const p of [0.001, 0.025, 0.975, 0.999]) {
        // P(Gamma(a) ≤ x) = P(Poisson(x) ≥ a) for whole a.
        const x = D.gammaQuantile(p, shape);
        expect(Math.abs(1 - D.poissonCdf(shape - 1, x) - p)).toBeLessThan(1e-12);
        expect(D.chiSquareQuantile(p, 2 * shape) / 2).toBeCloseTo(x, 8);
      }
    }
  });
});

/** Error function, Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7), ample for a 0.002 tolerance. */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-x * x);
  return x >= 0 ? y : -y;
}
