import { describe, expect, it } from 'vitest';
import {
  analyseFunnel,
  funnelDistributions as D,
  FUNNEL_ENGINE_VERSION,
  type FunnelBand,
  FunnelInputError,
  type FunnelRow,
  funnelBand,
} from '../../src/funnel/index.js';
import { num, readCsv, str } from './fixtures.js';

const medparRatio: FunnelRow[] = readCsv('medpar_provider_los_observed_expected.csv').map((r) => ({
  id: str(r, 'provnum'),
  numerator: num(r, 'observed_los'),
  denominator: num(r, 'expected_los'),
}));

const outside998 = (counts: Record<FunnelBand, number>) => counts.alarm_high + counts.alarm_low;

describe('medpar length of stay (FunnelPlotR README, version 0.6.0)', () => {
  it('flags 25 of 54 providers outside the unadjusted 99.8 % Poisson limits', () => {
    // README: "A funnel plot object with 54 points of which 25 are outliers. Plot is not adjusted for overdispersion."
    const result = analyseFunnel({
      dataType: 'ratio',
      rows: medparRatio,
      options: { limitMethod: 'funnelplotr', compatibility: { funnelplotrShmiRounding: true } },
    });
    expect(result.organisations).toHaveLength(54);
    expect(outside998(result.bandCounts)).toBe(25);
    expect(result.overdispersion.applied).toBe(false);
  });

  it('flags 9 of 54 outside the SHMI-adjusted 99.8 % limits', () => {
    // README: "... 54 points of which 9 are outliers. Plot is adjusted for overdispersion." (sr_method = "SHMI").
    const result = analyseFunnel({
      dataType: 'ratio',
      rows: medparRatio,
      options: {
        limitMethod: 'funnelplotr',
        zScoreScale: 'log',
        overdispersion: { adjustment: 'additive', estimator: 'truncated', trim: 0.1 },
        compatibility: { funnelplotrShmiRounding: true },
      },
    });
    expect(outside998(result.bandCounts)).toBe(9);
    expect(result.overdispersion.applied).toBe(true);
    // SHMI truncation keeps the middle 8 of 10 rank groups: floor(rank·10/55) in 1..8 → 44 providers.
    expect(result.overdispersion.organisationsUsed).toBe(44);
    expect(result.overdispersion.phi as number).toBeGreaterThan(1);
  });

  it('states the method, options and engine version that produced the result', () => {
    const result = analyseFunnel({ dataType: 'ratio', rows: medparRatio });
    expect(result.engineVersion).toBe(FUNNEL_ENGINE_VERSION);
    expect(result.method).toMatchObject({
      dataType: 'ratio',
      limitMethod: 'exact',
      zScoreScale: 'log',
      adjustment: 'none',
    });
    expect(result.method.description).toContain('Spiegelhalter');
    expect(result.options.limitLevels).toEqual([0.95, 0.998]);
    expect(result.target).toBe(1);
    expect(result.targetSource).toBe('default');
  });

  it('FunnelPlotR toy data: unadjusted 95 % lower limit of "e" lies above its SHMI-adjusted one', () => {
    // FunnelPlotR tests/testthat/test-funnel_plot.R: expect_gt(b$LCL95[5], a$OD95LCL[5]).
    const rows = readCsv('funnelplotr_unit_test_toy.csv').map((r) => ({
      id: str(r, 'group'),
      numerator: num(r, 'num'),
      denominator: num(r, 'denom'),
    }));
    const adjusted = analyseFunnel({
      dataType: 'ratio',
      rows,
      options: {
        limitMethod: 'funnelplotr',
        overdispersion: { adjustment: 'additive', estimator: 'truncated' },
      },
    });
    const e = adjusted.organisations.find((o) => o.id === 'e');
    expect(adjusted.overdispersion.applied).toBe(true);
    expect(e?.unadjustedLimits[0]?.lower as number).toBeGreaterThan(e?.limits[0]?.lower as number);
  });
});

describe('record-level rows are aggregated by id', () => {
  it('patient-level medpar deaths sum to the provider file', () => {
    const patients = readCsv('medpar_patient_level.csv').map((r) => ({
      id: str(r, 'provnum'),
      numerator: num(r, 'died'),
      denominator: 1,
    }));
    const providers = readCsv('medpar_provider_deaths.csv');
    const result = analyseFunnel({ dataType: 'proportion', rows: patients });
    expect(result.organisations).toHaveLength(providers.length);
    for (const p of providers) {
      const o = result.organisations.find((x) => x.id === str(p, 'provnum'));
      expect(o?.numerator).toBe(num(p, 'deaths'));
      expect(o?.denominator).toBe(num(p, 'admissions'));
      expect(o?.rows).toBe(num(p, 'admissions'));
    }
    // Pooled target = Σ deaths / Σ admissions, worked from the provider file.
    const deaths = providers.reduce((s, p) => s + num(p, 'deaths'), 0);
    expect(result.target).toBeCloseTo(deaths / 1495, 14);
  });
});

describe('PHEindicatormethods significance labels', () => {
  const label: Record<string, FunnelBand> = {
    'High (0.001)': 'alarm_high',
    'High (0.025)': 'alert_high',
    'Low (0.001)': 'alarm_low',
    'Low (0.025)': 'alert_low',
    'Not significant': 'within',
  };

  it('Wilson limits reproduce every label for the 303 PCT proportions (non-integer numerators)', () => {
    // tests/testthat/testdata_funnel_prop_inputs.csv, assign_funnel_significance(statistic = "proportion").
    const rows = readCsv('phe_indicatormethods/reference/testdata_funnel_prop_inputs.csv');
    const result = analyseFunnel({
      dataType: 'proportion',
      rows: rows.map((r) => ({
        id: str(r, 'Area'),
        numerator: num(r, 'numerator'),
        denominator: num(r, 'denominator'),
      })),
      options: { limitMethod: 'wilson' },
    });
    expect(result.organisations).toHaveLength(303);
    result.organisations.forEach((o, i) => {
      expect(o.band).toBe(label[str(rows[i] as Record<string, string>, 'significance')]);
    });
  });

  it('exact Poisson limits reproduce every one of the 300 ISR labels', () => {
    // tests/testthat/testdata_funnel_ratio_inputs.csv, assign_funnel_significance(statistic = "ratio").
    const rows = readCsv('phe_indicatormethods/reference/testdata_funnel_ratio_inputs.csv');
    const result = analyseFunnel({
      dataType: 'ratio',
      rows: rows.map((r, i) => ({
        id: String(i),
        numerator: num(r, 'obs'),
        denominator: num(r, 'expected'),
      })),
    });
    expect(result.organisations).toHaveLength(300);
    result.organisations.forEach((o, i) => {
      expect(o.band).toBe(label[str(rows[i] as Record<string, string>, 'significance')]);
    });
  });

  it('with the literal CDF upper interpolation, the only differences are the 5 one-event-early high flags', () => {
    // Spiegelhalter's formula applied to the upper tail flags O when F(O − 1) < 1 − tail < F(O) although
    // P(X ≥ O) > tail. This pins how often that matters on PHE's data.
    const rows = readCsv('phe_indicatormethods/reference/testdata_funnel_ratio_inputs.csv');
    const result = analyseFunnel({
      dataType: 'ratio',
      rows: rows.map((r, i) => ({
        id: String(i),
        numerator: num(r, 'obs'),
        denominator: num(r, 'expected'),
      })),
      options: { compatibility: { spiegelhalterCdfUpperLimit: true } },
    });
    const order: FunnelBand[] = ['within', 'alert_high', 'alarm_high'];
    let differing = 0;
    result.organisations.forEach((o, i) => {
      const expected = label[str(rows[i] as Record<string, string>, 'significance')] as FunnelBand;
      if (o.band === expected) return;
      differing += 1;
      expect(order.indexOf(o.band)).toBe(order.indexOf(expected) + 1);
      const tail = o.band === 'alarm_high' ? 0.001 : 0.025;
      expect(D.poissonCdf(o.numerator - 1, o.denominator)).toBeLessThan(1 - tail);
      expect(D.poissonCdf(o.numerator, o.denominator)).toBeGreaterThan(1 - tail);
    });
    expect(differing).toBe(5);
  });
});

describe('NHS England A&E 4-hour breaches, March 2019 (134 type-1 trusts)', () => {
  const rows = readCsv('nhse_ae_type1_2019_03_breaches.csv').map((r) => ({
    id: str(r, 'org_code'),
    numerator: num(r, 'breaches'),
    denominator: num(r, 'attendances'),
  }));

  it('is heavily over-dispersed; φ and τ² match the formulas worked independently', () => {
    const result = analyseFunnel({
      dataType: 'proportion',
      rows,
      options: { overdispersion: { adjustment: 'additive' } },
    });
    const totalBreaches = rows.reduce((s, r) => s + r.numerator, 0);
    const totalAttendances = rows.reduce((s, r) => s + r.denominator, 0);
    const target = totalBreaches / totalAttendances;
    // Arcsine z-scores, winsorised at type-7 10th/90th percentiles, φ = mean z², τ² by DerSimonian–Laird.
    const z = rows.map(
      (r) =>
        (Math.asin(Math.sqrt(r.numerator / r.denominator)) - Math.asin(Math.sqrt(target))) *
        2 *
        Math.sqrt(r.denominator),
    );
    const sorted = [...z].sort((a, b) => a - b);
    const q = (p: number) => {
      const h = (sorted.length - 1) * p;
      const lo = Math.floor(h);
      return (sorted[lo] as number) + (h - lo) * ((sorted[lo + 1] as number) - (sorted[lo] as number));
    };
    const [lo, hi] = [q(0.1), q(0.9)];
    const phi = z.map((v) => Math.min(hi, Math.max(lo, v)) ** 2).reduce((a, b) => a + b, 0) / z.length;
    const w = rows.map((r) => 4 * r.denominator);
    const sw = w.reduce((a, b) => a + b, 0);
    const sw2 = w.reduce((a, b) => a + b * b, 0);
    const tau2 = (z.length * phi - (z.length - 1)) / (sw - sw2 / sw);
    expect(result.target).toBeCloseTo(target, 14);
    expect(result.overdispersion.phi).toBeCloseTo(phi, 9);
    expect(result.overdispersion.tau2).toBeCloseTo(tau2, 12);
    expect(result.overdispersion.applied).toBe(true);
    // Adjustment must pull most trusts back inside: unadjusted binomial limits at ~10,000 attendances are tiny.
    const unadjusted = analyseFunnel({ dataType: 'proportion', rows });
    expect(outside998(result.bandCounts)).toBeLessThan(outside998(unadjusted.bandCounts));
    expect(outside998(unadjusted.bandCounts)).toBeGreaterThan(100);
  });

  it('reports adjusted z-scores as (Y − θ)/√(s² + τ²)', () => {
    const result = analyseFunnel({
      dataType: 'proportion',
      rows,
      options: { overdispersion: { adjustment: 'additive' } },
    });
    const o = result.organisations[0];
    if (!o) throw new Error('no organisations');
    const s = 1 / (2 * Math.sqrt(o.denominator));
    expect(o.zScoreAdjusted).toBeCloseTo((o.zScore * s) / Math.sqrt(s * s + result.overdispersion.tau2), 12);
  });

  it('multiplicative adjustment widens limits by √φ on the z-score scale (normal basis)', () => {
    const result = analyseFunnel({
      dataType: 'proportion',
      rows,
      options: { overdispersion: { adjustment: 'multiplicative', adjustedLimits: 'normal' } },
    });
    const o = result.organisations[0];
    if (!o) throw new Error('no organisations');
    const theta = result.target;
    const sd = Math.sqrt(result.overdispersion.phi as number) / (2 * Math.sqrt(o.denominator));
    expect(o.limits[0]?.upper).toBeCloseTo(
      Math.sin(Math.asin(Math.sqrt(theta)) + 1.959963984540054 * sd) ** 2,
      12,
    );
    expect(o.zScoreAdjusted).toBeCloseTo(o.zScore / Math.sqrt(result.overdispersion.phi as number), 12);
  });
});

describe('under-dispersion, tied denominators, few organisations (NHS-R LOS model, 10 trusts × 30)', () => {
  const rows = readCsv('nhsr_los_model_trust_deaths.csv').map((r) => ({
    id: str(r, 'organisation'),
    numerator: num(r, 'deaths'),
    denominator: num(r, 'patients'),
  }));
  it('does not adjust when φ ≤ 1 and says so', () => {
    const result = analyseFunnel({
      dataType: 'proportion',
      rows,
      options: { overdispersion: { adjustment: 'additive' } },
    });
    expect(result.overdispersion.phi as number).toBeLessThanOrEqual(1);
    expect(result.overdispersion.applied).toBe(false);
    expect(result.overdispersion.reason).toMatch(/≤ 1/);
    for (const o of result.organisations) {
      expect(o.limits).toEqual(o.unadjustedLimits);
      expect(o.zScoreAdjusted).toBe(o.zScore);
    }
  });
  it('gives every trust the same limits and a one-point curve', () => {
    const result = analyseFunnel({ dataType: 'proportion', rows });
    const first = result.organisations[0]?.limits;
    for (const o of result.organisations) expect(o.limits).toEqual(first);
    expect(result.curves.denominators).toEqual([30]);
  });
  it('warns when there are fewer than 10 organisations', () => {
    const result = analyseFunnel({ dataType: 'proportion', rows: rows.slice(0, 6) });
    expect(result.warnings.join(' ')).toMatch(/Only 6 organisations/);
  });
});

describe('edge cases', () => {
  it('an organisation with no events at a small denominator is within (lower limit reaches 0)', () => {
    const result = analyseFunnel({
      dataType: 'proportion',
      rows: [
        { id: 'small', numerator: 0, denominator: 3 },
        { id: 'big', numerator: 300, denominator: 1000 },
      ],
    });
    const small = result.organisations[0];
    expect(small?.limits.every((l) => l.lower === 0)).toBe(true);
    expect(small?.band).toBe('within');
  });

  it('100 % at a tiny denominator is within, and proportion limits stay inside [0, 1]', () => {
    const result = analyseFunnel({
      dataType: 'proportion',
      rows: [
        { id: 'one', numerator: 1, denominator: 1 },
        { id: 'two', numerator: 2, denominator: 2 },
        { id: 'big', numerator: 500, denominator: 1000 },
      ],
    });
    for (const o of result.organisations.slice(0, 2)) {
      expect(o.band).toBe('within');
      for (const l of o.limits) expect(l.upper).toBeLessThanOrEqual(1);
    }
  });

  it('zero events in a ratio get a finite log-scale z-score', () => {
    const result = analyseFunnel({
      dataType: 'ratio',
      rows: [
        { id: 'none', numerator: 0, denominator: 0.8 },
        { id: 'some', numerator: 12, denominator: 10 },
      ],
    });
    expect(Number.isFinite(result.organisations[0]?.zScore)).toBe(true);
    expect(result.organisations[0]?.band).toBe('within');
  });

  it('limits are inclusive: a value on a limit is within', () => {
    const alert = { lower: 0.2, upper: 0.4 };
    const alarm = { lower: 0.1, upper: 0.5 };
    expect(funnelBand(0.4, alert, alarm)).toBe('within');
    expect(funnelBand(0.2, alert, alarm)).toBe('within');
    expect(funnelBand(0.5, alert, alarm)).toBe('alert_high');
    expect(funnelBand(0.1, alert, alarm)).toBe('alert_low');
    expect(funnelBand(0.50001, alert, alarm)).toBe('alarm_high');
  });

  it('rejects zero denominators and impossible proportions per row, reporting every bad row', () => {
    let caught: unknown;
    try {
      analyseFunnel({
        dataType: 'proportion',
        rows: [
          { id: 'a', numerator: 1, denominator: 10 },
          { id: 'b', numerator: 0, denominator: 0 },
          { id: 'c', numerator: 12, denominator: 10 },
        ],
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FunnelInputError);
    const issues = (caught as FunnelInputError).issues;
    expect(issues.map((i) => i.pointer)).toEqual(['/rows/1/denominator', '/rows/2/numerator']);
    expect(issues[0]?.detail).toMatch(/zero/);
  });

  it('rejects options that do not fit the data type', () => {
    expect(() =>
      analyseFunnel({ dataType: 'ratio', rows: medparRatio, options: { limitMethod: 'wilson' } }),
    ).toThrow(FunnelInputError);
    expect(() =>
      analyseFunnel({ dataType: 'proportion', rows: [{ id: 'a', numerator: 1, denominator: 2.5 }] }),
    ).toThrow(/whole number/);
  });

  it('curves include every organisation denominator', () => {
    const result = analyseFunnel({
      dataType: 'ratio',
      rows: medparRatio,
      options: { curve: { points: 20 } },
    });
    for (const o of result.organisations) expect(result.curves.denominators).toContain(o.denominator);
    expect(result.curves.limits[0]?.lower).toHaveLength(result.curves.denominators.length);
  });

  it('rates are shown per multiplier and judged against the improvement direction', () => {
    const result = analyseFunnel({
      dataType: 'rate',
      rows: [
        { id: 'a', numerator: 40, denominator: 10_000 },
        { id: 'b', numerator: 5, denominator: 10_000 },
        { id: 'c', numerator: 20, denominator: 10_000 },
      ],
      options: { multiplier: 1000, improvementDirection: 'decrease' },
    });
    expect(result.target).toBeCloseTo((65 / 30_000) * 1000, 12);
    expect(result.organisations[0]?.value).toBeCloseTo(4, 12);
    expect(result.organisations[0]?.assessment).toBe('bad');
    expect(result.organisations[1]?.assessment).toBe('good');
  });
});

describe('square-root (CQC) ratio limits and FunnelPlotR issue #33', () => {
  const options = {
    limitMethod: 'funnelplotr' as const,
    zScoreScale: 'sqrt' as const,
    overdispersion: { adjustment: 'additive' as const },
  };
  it('back-transforms adjusted limits by squaring: (1 ± z√(s² + τ²))²', () => {
    const result = analyseFunnel({ dataType: 'ratio', rows: medparRatio, options });
    const o = result.organisations[0];
    if (!o) throw new Error('no organisations');
    const sd = Math.sqrt(1 / (4 * o.denominator) + result.overdispersion.tau2);
    expect(o.limits[0]?.upper).toBeCloseTo((1 + 1.959963984540054 * sd) ** 2, 12);
    expect(o.limits[0]?.lower).toBeCloseTo((1 - 1.959963984540054 * sd) ** 2, 12);
  });
  it('offers the FunnelPlotR behaviour (not squared) only as a named compatibility option', () => {
    const result = analyseFunnel({
      dataType: 'ratio',
      rows: medparRatio,
      options: { ...options, compatibility: { funnelplotrUnsquaredSqrtLimits: true } },
    });
    const o = result.organisations[0];
    if (!o) throw new Error('no organisations');
    const sd = Math.sqrt(1 / (4 * o.denominator) + result.overdispersion.tau2);
    expect(o.limits[0]?.upper).toBeCloseTo(1 + 1.959963984540054 * sd, 12);
    expect(result.options.compatibility.funnelplotrUnsquaredSqrtLimits).toBe(true);
  });
});
