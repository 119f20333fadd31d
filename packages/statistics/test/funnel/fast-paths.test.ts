import chiSquareQuantileLib from '@stdlib/stats-base-dists-chisquare-quantile';
import { describe, expect, it } from 'vitest';
import { aggregateColumns, aggregateRows } from '../../src/funnel/aggregate.js';
import {
  analyseFunnel,
  funnelDistributions as D,
  type FunnelDataType,
  type FunnelOptionsInput,
  type FunnelRow,
  funnelBand,
  funnelOverdispersion as O,
} from '../../src/funnel/index.js';
import { trimZScoreColumns } from '../../src/funnel/trim-columns.js';
import { num, readCsv, str } from './fixtures.js';

/*
 * The engine's faster internals (columnar aggregation, selection instead of sorting for winsorising,
 * binary-search ranks for truncation, one limit table scaled once and shared by organisations and curves,
 * a merged rather than re-sorted curve grid, one gammaPrefix per Newton step) checked on the fixture data
 * against the straightforward computations they replace. Equality is exact (toBe / toEqual), not "close":
 * the faster paths must not change a single bit of the output.
 */

const medparPatients: FunnelRow[] = readCsv('medpar_patient_level.csv').map((r) => ({
  id: str(r, 'provnum'),
  numerator: num(r, 'died'),
  denominator: 1,
}));
const medparRatio: FunnelRow[] = readCsv('medpar_provider_los_observed_expected.csv').map((r) => ({
  id: str(r, 'provnum'),
  numerator: num(r, 'observed_los'),
  denominator: num(r, 'expected_los'),
}));
const ae: FunnelRow[] = readCsv('nhse_ae_type1_2019_03_breaches.csv').map((r) => ({
  id: str(r, 'org_code'),
  numerator: num(r, 'breaches'),
  denominator: num(r, 'attendances'),
}));
const pheRatio: FunnelRow[] = readCsv('phe_indicatormethods/phe_funnel_ratio_inputs.csv').map((r, i) => ({
  id: `isr-${i}`,
  numerator: num(r, 'obs'),
  denominator: num(r, 'expected'),
}));
const pheProp: FunnelRow[] = readCsv('phe_indicatormethods/phe_funnel_prop_inputs.csv').map((r) => ({
  id: str(r, 'Area'),
  numerator: Math.round(num(r, 'numerator')),
  denominator: num(r, 'denominator'),
}));

const datasets: { name: string; dataType: FunnelDataType; rows: FunnelRow[] }[] = [
  { name: 'medpar patient-level deaths', dataType: 'proportion', rows: medparPatients },
  { name: 'medpar length of stay O/E', dataType: 'ratio', rows: medparRatio },
  { name: 'A&E 4-hour breaches', dataType: 'proportion', rows: ae },
  { name: 'PHE ISRs', dataType: 'ratio', rows: pheRatio },
  { name: 'PHE PCT proportions', dataType: 'proportion', rows: pheProp },
];

describe('columnar aggregation equals aggregateRows', () => {
  for (const { name, rows } of datasets) {
    it(name, () => {
      const reference = aggregateRows(rows);
      const columns = aggregateColumns(rows);
      expect(columns.count).toBe(reference.length);
      reference.forEach((o, i) => {
        expect(columns.ids[i]).toBe(o.id);
        expect(columns.rows[i]).toBe(o.rows);
        expect(columns.numerators[i]).toBe(o.numerator);
        expect(columns.denominators[i]).toBe(o.denominator);
      });
    });
  }
});

describe('typed-array trimming equals trimZScores', () => {
  for (const { name, dataType, rows } of datasets) {
    // z-scores as the engine forms them, from the organisations' own totals.
    const orgs = aggregateRows(rows);
    const target =
      dataType === 'ratio'
        ? 1
        : orgs.reduce((s, o) => s + o.numerator, 0) / orgs.reduce((s, o) => s + o.denominator, 0);
    const z = orgs.map((o) =>
      dataType === 'ratio'
        ? Math.log(Math.max(o.numerator, 0.5) / o.denominator) * Math.sqrt(target * o.denominator)
        : (Math.asin(Math.sqrt(o.numerator / o.denominator)) - Math.asin(Math.sqrt(target))) *
          2 *
          Math.sqrt(o.denominator),
    );
    for (const estimator of ['winsorised', 'truncated'] as const) {
      for (const trim of [0, 0.05, 0.1, 0.2, 0.25]) {
        if (estimator === 'truncated' && trim === 0) continue;
        it(`${name}, ${estimator} ${trim}`, () => {
          const reference = O.trimZScores(z, estimator, trim);
          const fast = trimZScoreColumns(Float64Array.from(z), estimator, trim);
          expect(Array.from(fast.used)).toEqual(reference.used);
          expect(fast.usedIndex === null ? z.map((_, i) => i) : Array.from(fast.usedIndex)).toEqual(
            reference.usedIndex,
          );
          expect(Array.from(fast.trimmed, (t) => t === 1)).toEqual(reference.trimmed);
          expect(O.dispersionRatio(fast.used)).toBe(O.dispersionRatio(reference.used));
        });
      }
    }
  }

  it('ties (many equal z-scores) rank and winsorise as the straightforward versions do', () => {
    // NHS-R LOS model: 10 trusts × 30 patients, so z-scores repeat; duplicate each value to force ties.
    const z = readCsv('nhsr_los_model_trust_deaths.csv').flatMap((r) => {
      const v = (num(r, 'deaths') - 3) / Math.sqrt(num(r, 'patients'));
      return [v, v, v];
    });
    for (const estimator of ['winsorised', 'truncated'] as const) {
      const reference = O.trimZScores(z, estimator, 0.1);
      const fast = trimZScoreColumns(Float64Array.from(z), estimator, 0.1);
      expect(Array.from(fast.used)).toEqual(reference.used);
      expect(Array.from(fast.trimmed, (t) => t === 1)).toEqual(reference.trimmed);
    }
  });
});

describe('analyseFunnel table lookups equal limits computed one organisation at a time', () => {
  const cases: { name: string; dataType: FunnelDataType; rows: FunnelRow[]; options: FunnelOptionsInput }[] =
    [
      { name: 'A&E, exact binomial', dataType: 'proportion', rows: ae, options: { multiplier: 100 } },
      { name: 'PHE ISRs, exact Poisson', dataType: 'ratio', rows: pheRatio, options: { multiplier: 100 } },
      {
        name: 'medpar, FunnelPlotR chi-square',
        dataType: 'ratio',
        rows: medparRatio,
        options: { limitMethod: 'funnelplotr' },
      },
      { name: 'PHE PCTs, Wilson', dataType: 'proportion', rows: pheProp, options: { limitMethod: 'wilson' } },
    ];
  for (const c of cases) {
    it(c.name, () => {
      const result = analyseFunnel({ dataType: c.dataType, rows: c.rows, options: c.options });
      const target = result.target;
      for (const o of result.organisations.slice(0, 40)) {
        // The same organisation on its own, with the target fixed, goes through no shared table at all.
        const alone = analyseFunnel({
          dataType: c.dataType,
          rows: [{ id: o.id, numerator: o.numerator, denominator: o.denominator }],
          options: { ...c.options, target },
        }).organisations[0];
        expect(o.unadjustedLimits).toEqual(alone?.unadjustedLimits);
        const alert = o.limits.find((l) => l.level === 0.95);
        const alarm = o.limits.find((l) => l.level === 0.998);
        if (!alert || !alarm) throw new Error('missing default levels');
        expect(o.band).toBe(funnelBand(o.value, alert, alarm));
      }
    });
  }

  it('adjusted limits, z-scores, trimmed flags and curves match their definitions (A&E, additive)', () => {
    const result = analyseFunnel({
      dataType: 'proportion',
      rows: ae,
      options: { overdispersion: { adjustment: 'additive' } },
    });
    const { tau2 } = result.overdispersion;
    const theta = result.target;
    const zs = result.organisations.map((o) => o.zScore);
    const reference = O.trimZScores(zs, 'winsorised', 0.1);
    result.organisations.forEach((o, i) => {
      const s = 1 / (2 * Math.sqrt(o.denominator));
      expect(o.zScoreAdjusted).toBe((o.zScore * s) / Math.sqrt(s * s + tau2));
      expect(o.trimmed).toBe(reference.trimmed[i]);
      // Inflated on the arcsine scale: g⁻¹(g(θ) + √((s² + τ²)/s²)·(g(limit) − g(θ))).
      const g = (p: number) => Math.asin(Math.sqrt(p));
      const gInverse = (y: number) => Math.sin(y <= 0 ? 0 : Math.min(y, Math.PI / 2)) ** 2;
      const factor = Math.sqrt(1 + tau2 / (s * s));
      o.unadjustedLimits.forEach((u, l) => {
        expect(o.limits[l]?.lower).toBe(gInverse(g(theta) + factor * (g(u.lower) - g(theta))));
        expect(o.limits[l]?.upper).toBe(gInverse(g(theta) + factor * (g(u.upper) - g(theta))));
      });
    });
    // Curves: the sorted distinct union of every organisation's denominator and the log-spaced grid.
    const own = ae.map((r) => r.denominator);
    const [from, to] = [Math.min(...own), Math.max(...own)];
    const grid = Array.from({ length: 100 }, (_, i) =>
      Math.max(
        1,
        Math.round(i === 99 ? to : Math.exp(Math.log(from) + (i * (Math.log(to) - Math.log(from))) / 99)),
      ),
    );
    const expected = [...new Set([...own, ...grid])].sort((a, b) => a - b);
    expect(result.curves.denominators).toEqual(expected);
    result.organisations.forEach((o) => {
      const at = result.curves.denominators.indexOf(o.denominator);
      result.curves.limits.forEach((curve, l) => {
        expect(curve.lower[at]).toBe(o.limits[l]?.lower);
        expect(curve.upper[at]).toBe(o.limits[l]?.upper);
      });
    });
  });
});

describe('chi-square quantile polish reuses one gammaPrefix per Newton step', () => {
  /** The polish as first written: incompleteGamma, then gammaPrefix evaluated again for the density. */
  function referenceChiSquareQuantile(p: number, df: number): number {
    const shape = df / 2;
    const start = chiSquareQuantileLib(p, df) / 2;
    if (!(shape > 500)) return 2 * start;
    const prefix = (x: number) =>
      Math.exp(-D.stirlingError(shape) - D.devianceTerm(shape, x)) / Math.sqrt(2 * Math.PI * shape);
    let x = start;
    for (let i = 0; i < 20; i += 1) {
      const { lower, upper } = D.incompleteGamma(shape, x);
      const error = p < 0.5 ? lower - p : 1 - p - upper;
      const step = error / ((prefix(x) * shape) / x);
      x -= step;
      if (Math.abs(step) <= 1e-13 * x) break;
    }
    return 2 * x;
  }

  it('gives bit-identical quantiles at the medpar and PHE expected counts (×10 and ×100 to reach large shapes)', () => {
    const expected = [...medparRatio, ...pheRatio].map((r) => r.denominator);
    for (const e of expected) {
      for (const mu of [e, 10 * e, 100 * e]) {
        for (const [p, df] of [
          [0.001, 2 * mu],
          [0.025, 2 * mu],
          [0.975, 2 * mu + 2],
          [0.999, 2 * mu + 2],
        ] as const) {
          expect(D.chiSquareQuantile(p, df)).toBe(referenceChiSquareQuantile(p, df));
        }
      }
    }
  });
});
