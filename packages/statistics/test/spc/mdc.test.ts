import { describe, expect, it } from 'vitest';
import { analyseSpc, type SpcInputPoint, type SpcOptions } from '../../src/spc/index.js';
import { aeAll, periodOf } from './fixtures.js';

const MDC: SpcOptions = { ruleFamily: 'mdc', chart: 'xmr' };
const series = (values: (number | null)[]): SpcInputPoint[] =>
  values.map((value, i) => ({ period: periodOf(i + 1), value }));

/**
 * Expected values come from NHSRplotthedots' own integration-test snapshots
 * (nhs-r-community/NHSRplotthedots, tests/testthat/_snaps/integration_tests.md, commit
 * 0c096d8): `ptd_spc(ae_all(), attendances, period)` and friends, stored as serialised R
 * objects. The doubles for mean, lpl and upl and the point_type strings were decoded from
 * that base64 by hand (XDR big-endian doubles); they are the package's numbers, not ours.
 */
describe('MDC XmR against NHSRplotthedots snapshots (NHS England A&E attendances)', () => {
  const ae = aeAll();

  it('has the 36 months the package test uses', () => {
    expect(ae).toHaveLength(36);
    expect(ae[0]!.period).toBe('2016-04-01');
  });

  it('attendances, default options (screening on): mean, lpl, upl', () => {
    const r = analyseSpc(
      ae.map((p) => ({ period: p.period, value: p.attendances })),
      MDC,
    );
    expect(r.phases).toHaveLength(1);
    expect(r.phases[0]!.centre).toBeCloseTo(2000538.9444444445, 6);
    expect(r.phases[0]!.lowerProcessLimit).toBeCloseTo(1731844.3644444444, 6);
    expect(r.phases[0]!.upperProcessLimit).toBeCloseTo(2269233.5244444446, 6);
    // snapshot point_type: all 36 common_cause
    expect(r.points.every((p) => p.classification === 'commonCause')).toBe(true);
    expect(r.variationIcon).toBe('commonCause');
  });

  it('attendances with rebase at 2017-04-01: two phases with their own limits', () => {
    const r = analyseSpc(
      ae.map((p) => ({ period: p.period, value: p.attendances })),
      { ...MDC, recalculateAt: ['2017-04-01'] },
    );
    expect(r.phases.map((p) => p.pointCount)).toEqual([12, 24]);
    const [a, b] = r.phases;
    expect(a!.centre).toBeCloseTo(1946858.4166666667, 6);
    expect(a!.lowerProcessLimit).toBeCloseTo(1639947.374848485, 6);
    expect(a!.upperProcessLimit).toBeCloseTo(2253769.4584848485, 6);
    expect(b!.centre).toBeCloseTo(2027379.2083333333, 6);
    expect(b!.lowerProcessLimit).toBeCloseTo(1772921.0639855072, 6);
    expect(b!.upperProcessLimit).toBeCloseTo(2281837.3526811595, 6);
    expect(r.points.every((p) => p.classification === 'commonCause')).toBe(true);
  });

  it('performance with fix_after_n_points = 12: limits and every point type', () => {
    const r = analyseSpc(
      ae.map((p) => ({ period: p.period, value: p.performance })),
      { ...MDC, baselineLength: 12, improvementDirection: 'increase' },
    );
    expect(r.phases[0]!.centre).toBeCloseTo(0.8908915564349236, 12);
    expect(r.phases[0]!.lowerProcessLimit).toBeCloseTo(0.8614049789074258, 12);
    expect(r.phases[0]!.upperProcessLimit).toBeCloseTo(0.9203781339624213, 12);
    expect(r.phases[0]!.baselinePointCount).toBe(12);
    const snapshot = [
      ...Array(9).fill('commonCause'),
      'concern',
      'commonCause',
      ...Array(8).fill('improvement'),
      'commonCause',
      ...Array(4).fill('concern'),
      ...Array(5).fill('commonCause'),
      ...Array(7).fill('concern'),
    ];
    expect(r.points.map((p) => p.classification)).toEqual(snapshot);
    // last point is special cause of concern with "increase": MDC icon "concern low"
    expect(r.variationIcon).toBe('concernLow');
  });
});

/**
 * Rule behaviour from NHSRplotthedots' unit tests (tests/testthat/test-ptd_calculate_point_type.R:
 * `ptd_seven_point_trend(c(1:3, 3:6))` has no trend, `1:7` and `7:1` do; a run of 8 on one
 * side flags all 8) and hand-worked cases from the rule definitions in the requirement.
 */
describe('MDC special-cause rules', () => {
  // A long flat, noisy lead-in gives stable limits so the pattern under test is the only signal.
  const noise = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12];

  it('a tie breaks a trend (package test: c(1:3, 3:6) is not a trend)', () => {
    const r = analyseSpc(series([...noise, 1, 2, 3, 3, 4, 5, 6].map((v) => v + 8)), MDC);
    expect(r.points.some((p) => p.specialCauses.includes('trend'))).toBe(false);
  });

  it('seven rising points are a trend, flagged on all seven, and may cross the mean', () => {
    // mean of all 21 points is 11 + (... ) — the trend 8..14 crosses it
    const values = [...noise, 8, 9, 10, 11, 12, 13, 14];
    const r = analyseSpc(series(values), { ...MDC, improvementDirection: 'decrease' });
    const flagged = r.points.map((p) => p.specialCauses.includes('trend'));
    expect(flagged).toEqual([...Array(14).fill(false), ...Array(7).fill(true)]);
    const centre = r.phases[0]!.centre!;
    expect(values.slice(14).some((v) => v < centre) && values.slice(14).some((v) => v > centre)).toBe(true);
    // a rising trend with "decrease is better" is concern on both sides of the mean
    expect(r.points.slice(14).every((p) => p.classification === 'concern')).toBe(true);
  });

  it('falling trends are flagged too (package fix #167), six points with runLength 6', () => {
    const r7 = analyseSpc(series([...noise, 14, 13, 12, 11, 10, 9]), MDC);
    expect(r7.points.some((p) => p.specialCauses.includes('trend'))).toBe(false);
    const r6 = analyseSpc(series([...noise, 14, 13, 12, 11, 10, 9]), { ...MDC, runLength: 6 });
    expect(r6.points.slice(14).every((p) => p.specialCauses.includes('trend'))).toBe(true);
    expect(r6.points.slice(14).every((p) => p.classification === 'concern')).toBe(true);
  });

  it('seven on one side is a shift; a point on the mean breaks the run', () => {
    // Hand-worked: 14 alternating 10/12 then 7 x 13 -> mean = (154 + 91) / 21 = 11.667, all 7 above.
    const r = analyseSpc(series([...noise, 13, 13, 13, 13, 13, 13, 13]), MDC);
    expect(r.points.slice(14).every((p) => p.specialCauses.includes('shift'))).toBe(true);
    // 6 above, one exactly on the mean (mean of 10,12,... and 11s is 11), 6 above: no shift
    const broken = analyseSpc(series([10, 12, 10, 12, 10, 12, 11, 11, 11, 11, 11, 11, 11, 11, 11]), MDC);
    expect(broken.phases[0]!.centre).toBe(11);
    expect(broken.points.some((p) => p.specialCauses.includes('shift'))).toBe(false);
  });

  it('2 of 3 beyond the same 2-sigma line, all on one side; beyond-3-sigma points excluded by default', () => {
    // Hand-worked: 20 points alternating 0/2, then 6.5, 2, 6.
    const base = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 0 : 2));
    const r = analyseSpc(series([...base, 6.5, 2, 6]), MDC);
    const phase = r.phases[0]!;
    // mean = (20 + 14.5) / 23 = 1.5; MRs 19 x 2, 4.5, 4.5, 4 -> 51/22
    expect(phase.centre).toBeCloseTo(1.5, 12);
    expect(phase.meanMovingRange).toBeCloseTo(51 / 22, 12);
    const upper2 = 1.5 + (2 / 3) * 2.66 * (51 / 22); // 5.6106
    const upper3 = 1.5 + 2.66 * (51 / 22); // 7.6664
    expect(phase.upperTwoSigma).toBeCloseTo(upper2, 12);
    expect(6.5 > upper2 && 6.5 < upper3 && 6 > upper2 && 2 > 1.5).toBe(true);
    const last3 = r.points.slice(20);
    expect(last3.map((p) => p.specialCauses.includes('twoOfThree'))).toEqual([true, false, true]);
    expect(last3[0]!.classification).toBe('improvement');

    // one of the three below the mean: the package's 0.2.2 fix (#143) means no signal
    const mixed = analyseSpc(series([...base, 6.5, 1, 6]), MDC);
    expect(mixed.points.some((p) => p.specialCauses.includes('twoOfThree'))).toBe(false);
  });

  it('a point beyond 3 sigma counts toward 2-of-3 only with the later-MDC option', () => {
    const base = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 0 : 2));
    // Hand-worked: mean = (20 + 19) / 23 = 1.6957; MRs 19 x 2, 8, 8, 5 -> 59 / 22 = 2.682 (none
    // screened: 3.267 x 2.682 = 8.76); upper limit 8.83, upper 2-sigma 6.45. So 10 is beyond
    // the limit, 7 is beyond 2 sigma only, and 2 is above the mean.
    const values = [...base, 10, 2, 7];
    const r = analyseSpc(series(values), MDC);
    const u = r.phases[0]!;
    expect(10 > u.upperProcessLimit! && 7 > u.upperTwoSigma! && 7 < u.upperProcessLimit!).toBe(true);
    expect(r.points[20]!.specialCauses).toEqual(['beyondLimits']);
    expect(r.points[22]!.specialCauses).toEqual([]);
    const later = analyseSpc(series(values), { ...MDC, twoOfThreeIncludesBeyondLimits: true });
    expect(later.points[20]!.specialCauses).toEqual(['beyondLimits', 'twoOfThree']);
    expect(later.points[22]!.specialCauses).toEqual(['twoOfThree']);
  });

  it('labels by precedence: beyond limits, then trend, then 2-of-3, then shift', () => {
    // Rising trend that ends far below the mean of a high series: the last trend point is also
    // beyond the lower limit; "beyondLimits" labels it (low = concern for increase), the other
    // trend points take the trend's direction (rising = improvement), even below the mean.
    const values = [
      ...Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? 100 : 102)),
      60,
      61,
      62,
      63,
      64,
      65,
      66,
    ];
    const r = analyseSpc(series(values), MDC);
    const tail = r.points.slice(16);
    expect(tail.every((p) => p.specialCauses.includes('trend'))).toBe(true);
    expect(tail.every((p) => p.specialCauses.includes('beyondLimits'))).toBe(true);
    expect(tail.every((p) => p.classification === 'concern')).toBe(true);
    const noLimitBreach = analyseSpc(series([...values.slice(0, 16), 97, 98, 99, 100, 101, 102, 103]), MDC);
    const t = noLimitBreach.points.slice(16);
    expect(t.every((p) => p.specialCauses[0] === 'trend')).toBe(true);
    expect(t.every((p) => p.classification === 'improvement')).toBe(true);
  });
});

describe('MDC limits and options (hand-worked from the definitions)', () => {
  it('screening drops moving ranges not below 3.267 x mean once; off reproduces the Excel tool', () => {
    // values 10,11,10,11,10,11,10,11,10,11,10,40: MRs 10 x 1, then 30 -> mean 40/11 = 3.636;
    // 3.267 x 3.636 = 11.88, so 30 is dropped: mean MR = 1. mean = 155/12 = 12.9167.
    const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 40];
    const on = analyseSpc(series(values), MDC);
    expect(on.phases[0]!.meanMovingRange).toBe(1);
    expect(on.phases[0]!.movingRangesScreenedOut).toBe(1);
    expect(on.phases[0]!.upperProcessLimit).toBeCloseTo(155 / 12 + 2.66, 12);
    const off = analyseSpc(series(values), { ...MDC, screenMovingRanges: false });
    expect(off.phases[0]!.meanMovingRange).toBeCloseTo(40 / 11, 12);
    expect(off.phases[0]!.upperProcessLimit).toBeCloseTo(155 / 12 + 2.66 * (40 / 11), 12);
    expect(off.phases[0]!.upperTwoSigma).toBeCloseTo(155 / 12 + (2 / 3) * 2.66 * (40 / 11), 12);
  });

  it('no moving range spans two phases; the baseline restarts per phase', () => {
    // phase 1: 12 x [1,3] alternating (mean 2, MR 2), phase 2: 12 x [101,103] (mean 102, MR 2).
    // A moving range across the boundary (|101 - 3| = 98) would inflate phase 2 limits.
    const values = [
      ...Array.from({ length: 12 }, (_, i) => (i % 2 ? 3 : 1)),
      ...Array.from({ length: 12 }, (_, i) => (i % 2 ? 103 : 101)),
    ];
    const points = series(values);
    const r = analyseSpc(points, { ...MDC, recalculateAt: [points[12]!.period] });
    expect(r.phases.map((p) => [p.centre, p.meanMovingRange])).toEqual([
      [2, 2],
      [102, 2],
    ]);
    const fixed = analyseSpc([...points, { period: periodOf(25), value: 500 }], {
      ...MDC,
      recalculateAt: [points[12]!.period],
      baselineLength: 12,
    });
    expect(fixed.phases[1]!.centre).toBe(102);
    expect(fixed.points[24]!.specialCauses).toContain('beyondLimits');
    expect(fixed.points[24]!.baseline).toBe(false);
  });

  it('variation and assurance icons (NHSRplotthedots ptd_calculate_assurance_type logic)', () => {
    const values = Array.from({ length: 15 }, (_, i) => (i % 2 ? 12 : 10)); // mean 10.933, MR 2
    const run = (target: number, improvementDirection: 'increase' | 'decrease' | 'neutral') =>
      analyseSpc(series(values), { ...MDC, target, improvementDirection }).assuranceIcon;
    // limits 10.933 +/- 5.32 = 5.61 .. 16.25
    expect(run(20, 'increase')).toBe('consistentlyFailing');
    expect(run(20, 'decrease')).toBe('consistentlyPassing');
    expect(run(1, 'increase')).toBe('consistentlyPassing');
    expect(run(1, 'decrease')).toBe('consistentlyFailing');
    expect(run(11, 'increase')).toBe('hitAndMiss');
    expect(run(11, 'neutral')).toBeNull();
    expect(analyseSpc(series(values), MDC).assuranceIcon).toBeNull();
  });

  it('withholds icons below the minimum number of points (MDC tools: 13)', () => {
    const twelve = series(Array.from({ length: 12 }, (_, i) => (i % 2 ? 12 : 10)));
    const r = analyseSpc(twelve, { ...MDC, target: 5 });
    expect(r.variationIcon).toBeNull();
    expect(r.assuranceIcon).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('shortSeries');
    expect(analyseSpc(twelve, { ...MDC, minimumPointsForIcons: 12 }).variationIcon).toBe('commonCause');
  });

  it('neutral direction gives neutral high/low special causes', () => {
    const r = analyseSpc(series([...Array.from({ length: 14 }, (_, i) => (i % 2 ? 12 : 10)), 30]), {
      ...MDC,
      improvementDirection: 'neutral',
    });
    expect(r.points[14]!.classification).toBe('neutralHigh');
    expect(r.variationIcon).toBe('neutralHigh');
  });

  it('every result names its rule family, chart, options and engine version', () => {
    const r = analyseSpc(series([1, 2, 3]), MDC);
    expect(r.engine.name).toBe('qms-spc');
    expect(r.engine.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(r.ruleFamily).toBe('mdc');
    expect(r.chart).toBe('xmr');
    expect(r.options).toMatchObject({
      screenMovingRanges: true,
      runLength: 7,
      twoOfThreeIncludesBeyondLimits: false,
      minimumPointsForIcons: 13,
      improvementDirection: 'increase',
    });
  });
});
