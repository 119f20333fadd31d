import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseFunnel,
  binomialInterpolatedCounts,
  chiSquarePoissonLimit,
  funnelDistributions as D,
  poissonInterpolatedCounts,
  wilsonFunnelLimit,
} from '../../src/funnel/index.js';
import { num, readCsv } from './fixtures.js';

/** Spiegelhalter (2005) A.1.1 straight from the formula with the library quantile and CDF (slow, obvious). */
function referencePoisson(mean: number, p: number): number {
  const y = D.poissonQuantile(p, mean);
  const fy = D.poissonCdf(y, mean);
  const alpha = (fy - p) / (fy - D.poissonCdf(y - 1, mean));
  return Math.max(0, y - alpha);
}
function referenceBinomial(n: number, prob: number, p: number): number {
  const y = D.binomialQuantile(p, n, prob);
  const fy = D.binomialCdf(y, n, prob);
  const alpha = (fy - p) / (fy - D.binomialCdf(y - 1, n, prob));
  return Math.max(0, y - alpha);
}
const PS = [0.001, 0.025, 0.975, 0.999];

describe('exact limits with Spiegelhalter interpolation', () => {
  it('worked by hand for Poisson(2)', () => {
    // F(0) = e⁻² = 0.1353 ≥ 0.025, so y = 0 and the interpolated lower limit (0 − α) is clamped to 0.
    // Upper 97.5 %: F(4) = 0.9473 < 0.975 ≤ F(5) = 0.9834, P(5) = e⁻²·2⁵/5! = 0.03609,
    // α = (0.98344 − 0.975)/0.03609, limit = 5 − α.
    const e2 = Math.exp(-2);
    const f5 = e2 * (1 + 2 + 2 + 8 / 6 + 16 / 24 + 32 / 120);
    const p5 = (e2 * 32) / 120;
    const [, lower, upper] = poissonInterpolatedCounts(2, [0.001, 0.025, 0.975]);
    expect(lower).toBe(0);
    expect(upper).toBeCloseTo(5 - (f5 - 0.975) / p5, 12);
  });

  it('worked by hand for Binomial(10, 0.5)', () => {
    // F(7) = 968/1024 = 0.9453 < 0.975 ≤ F(8) = 1013/1024; P(8) = 45/1024; limit = 8 − (1013/1024 − 0.975)/(45/1024).
    const [upper] = binomialInterpolatedCounts(10, 0.5, [0.975]);
    expect(upper).toBeCloseTo(8 - (1013 / 1024 - 0.975) / (45 / 1024), 12);
    // F(1) = 11/1024 < 0.025 ≤ F(2) = 56/1024; P(2) = 45/1024.
    const [lower] = binomialInterpolatedCounts(10, 0.5, [0.025]);
    expect(lower).toBeCloseTo(2 - (56 / 1024 - 0.025) / (45 / 1024), 12);
  });

  it('fast Poisson walk equals the formula evaluated with library quantiles', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 300_000, noNaN: true }), (mean) => {
        const fast = poissonInterpolatedCounts(mean, PS);
        PS.forEach((p, i) => {
          expect(Math.abs((fast[i] as number) - referencePoisson(mean, p))).toBeLessThan(1e-7 * (1 + mean));
        });
      }),
      { numRuns: 400 },
    );
  });

  it('fast binomial walk equals the formula evaluated with library quantiles', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400_000 }),
        fc.double({ min: 0.0005, max: 0.9995, noNaN: true }),
        (n, prob) => {
          const fast = binomialInterpolatedCounts(n, prob, PS);
          PS.forEach((p, i) => {
            expect(Math.abs((fast[i] as number) - referenceBinomial(n, prob, p))).toBeLessThan(
              1e-7 * (1 + n),
            );
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  // PHEindicatormethods testdata_funnel_ratio_outputs.csv gives, per observed count O, the expected count E*
  // at which O lies exactly on each limit: F(O | E*) = tail for the lower limit (where the interpolated
  // limit is exactly O counts) and P(X ≥ O | E*) = tail for the upper (where the survival-interpolated
  // upper limit is exactly O counts). Either way the ratio limit at E* is O/E*, PHE's *_isr / 100.
  const ratio = readCsv('phe_indicatormethods/reference/testdata_funnel_ratio_outputs.csv');
  it('reproduces the PHE exact Poisson ratio limits at the published expected counts', () => {
    for (const row of ratio) {
      const o = num(row, 'Observed_events');
      for (const [level, side, eColumn, isrColumn] of [
        [0.95, 'lower', 'lower_2s_exp_events', 'lower_2s_isr'],
        [0.95, 'upper', 'upper_2s_exp_events', 'upper_2s_isr'],
        [0.998, 'lower', 'lower_3s_exp_events', 'lower_3s_isr'],
        [0.998, 'upper', 'upper_3s_exp_events', 'upper_3s_isr'],
      ] as const) {
        const e = num(row, eColumn);
        const result = analyseFunnel({
          dataType: 'ratio',
          rows: [{ id: 'a', numerator: o, denominator: e }],
        });
        const limit = result.organisations[0]?.limits.find((l) => l.level === level)?.[side] as number;
        // On the count scale within PHE's bisection tolerance (looser at O = 1, where E* is tiny and the
        // interpolated limit moves fast with E).
        expect(Math.abs(limit * e - o)).toBeLessThan(o === 1 ? 0.05 : 1e-3);
        expect(Math.abs(num(row, isrColumn) / 100 - o / e) / (o / e)).toBeLessThan(1e-6);
      }
    }
  });

  it('literal CDF interpolation of the upper limit sits exactly one event lower (compatibility option)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 5000, noNaN: true }), (e) => {
        const rows = [{ id: 'a', numerator: 1, denominator: e }];
        const symmetric = analyseFunnel({ dataType: 'ratio', rows });
        const literal = analyseFunnel({
          dataType: 'ratio',
          rows,
          options: { compatibility: { spiegelhalterCdfUpperLimit: true } },
        });
        const s = symmetric.organisations[0]?.limits[0]?.upper as number;
        const l = literal.organisations[0]?.limits[0]?.upper as number;
        expect((s - l) * e).toBeCloseTo(1, 9);
        expect(literal.organisations[0]?.limits[0]?.upper).toBeCloseTo(referencePoisson(e, 0.975) / e, 9);
      }),
      { numRuns: 50 },
    );
  });

  // testdata_funnel_rate_outputs*.csv: per event count, the person-years at which that count is on each
  // exact Poisson limit around the baseline rate (per 100,000). Same construction as for ratios.
  for (const file of [
    'testdata_funnel_rate_outputs.csv',
    'testdata_funnel_rate_outputs_2.csv',
    'testdata_funnel_rate_outputs_3.csv',
  ]) {
    it(`reproduces PHE exact Poisson rate lower limits (${file})`, () => {
      const rows = readCsv(`phe_indicatormethods/reference/${file}`);
      expect(rows.length).toBe(100);
      for (const row of rows) {
        const events = num(row, 'Events');
        const target = num(row, 'baseline');
        for (const [level, col] of [
          [0.95, 'lower_2s_limit'],
          [0.998, 'lower_3s_limit'],
        ] as const) {
          const published = num(row, col);
          const exposure = (events * 100_000) / published;
          const result = analyseFunnel({
            dataType: 'rate',
            rows: [{ id: 'a', numerator: events, denominator: exposure }],
            options: { target, multiplier: 100_000 },
          });
          const lower = result.organisations[0]?.limits.find((l) => l.level === level)?.lower as number;
          expect(Math.abs(lower - published) / published).toBeLessThan(2e-5);
        }
      }
    });
  }
});

describe('FunnelPlotR chi-square Poisson limits', () => {
  // FunnelPlotR 0.6.0 tests/testthat/test-poisson_limits.R, target 1.
  const published = [
    { e: 15, ll95: 0.5596924, ul95: 1.649348, ll99: 0.386265, ul99: 2.082907 },
    { e: 20, ll95: 0.610826, ul95: 1.544419, ll99: 0.4479107, ul99: 1.902094 },
    { e: 30, ll95: 0.6746958, ul95: 1.427562, ll99: 0.5289724, ul99: 1.702771 },
  ];
  it('match the unit-test values at expected counts 15, 20 and 30', () => {
    for (const row of published) {
      expect(chiSquarePoissonLimit(1, row.e, 0.025, 'lower')).toBeCloseTo(row.ll95, 7);
      expect(chiSquarePoissonLimit(1, row.e, 0.975, 'upper')).toBeCloseTo(row.ul95, 6);
      expect(chiSquarePoissonLimit(1, row.e, 0.001, 'lower')).toBeCloseTo(row.ll99, 7);
      expect(chiSquarePoissonLimit(1, row.e, 0.999, 'upper')).toBeCloseTo(row.ul99, 6);
    }
  });

  it('are what analyseFunnel reports per organisation in funnelplotr mode', () => {
    const result = analyseFunnel({
      dataType: 'ratio',
      rows: published.map((r) => ({ id: String(r.e), numerator: r.e, denominator: r.e })),
      options: { limitMethod: 'funnelplotr' },
    });
    result.organisations.forEach((o, i) => {
      const row = published[i] as (typeof published)[number];
      expect(o.limits[0]?.lower).toBeCloseTo(row.ll95, 7);
      expect(o.limits[0]?.upper).toBeCloseTo(row.ul95, 6);
      expect(o.limits[1]?.lower).toBeCloseTo(row.ll99, 7);
      expect(o.limits[1]?.upper).toBeCloseTo(row.ul99, 6);
    });
  });
});

describe('Wilson-score limits (PHEindicatormethods)', () => {
  // testdata_funnel_prop_outputs*.csv: limits in % at each population around the published baseline,
  // lower limits floored at 0 and upper capped at 100.
  for (const file of [
    'testdata_funnel_prop_outputs.csv',
    'testdata_funnel_prop_outputs_with_axis_variation.csv',
  ]) {
    it(`reproduce ${file}`, () => {
      const rows = readCsv(`phe_indicatormethods/reference/${file}`);
      expect(rows.length).toBe(100);
      for (const row of rows) {
        const n = num(row, 'Population');
        const target = num(row, 'Baseline') / 100;
        const z95 = D.normalQuantile(0.975);
        const z998 = D.normalQuantile(0.999);
        expect(100 * wilsonFunnelLimit(target, n, -z95)).toBeCloseTo(num(row, 'Lower2s0025limit'), 5);
        expect(100 * wilsonFunnelLimit(target, n, z95)).toBeCloseTo(num(row, 'Upper2s0025limit'), 5);
        expect(100 * wilsonFunnelLimit(target, n, -z998)).toBeCloseTo(num(row, 'Lower3s0001limit'), 5);
        expect(100 * wilsonFunnelLimit(target, n, z998)).toBeCloseTo(num(row, 'Upper3s0001limit'), 5);
      }
    });
  }
});
