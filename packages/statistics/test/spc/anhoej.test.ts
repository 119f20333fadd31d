import { describe, expect, it } from 'vitest';
import {
  analyseSpc,
  anhoejRunsAnalysis,
  crossingsLimit,
  longestRunLimit,
  type SpcInputPoint,
  type SpcOptions,
} from '../../src/spc/index.js';
import { periodOf, readFixture } from './fixtures.js';

const anhoej = (chart: SpcOptions['chart'], extra: Partial<SpcOptions> = {}): SpcOptions => ({
  ruleFamily: 'anhoej',
  chart,
  ...extra,
});

function valueSeries(file: string, x: string, y: string): SpcInputPoint[] {
  return readFixture(file).map((row) => ({ period: periodOf(Number(row[x])), value: Number(row[y]) }));
}

function ratioSeries(file: string, x: string, num: string, den: string): SpcInputPoint[] {
  return readFixture(file).map((row) => ({
    period: periodOf(Number(row[x])),
    numerator: Number(row[num]),
    denominator: Number(row[den]),
  }));
}

/**
 * Montgomery, Introduction to Statistical Quality Control: the published centre lines
 * and limits of the examples that qicharts2's own tests (tests/testthat/test_montgomery.R)
 * run against the same tables.
 */
describe('qicharts2 control charts against Montgomery textbook values', () => {
  it('table 7.4 p chart, varying n: p-bar = 0.096; limits per sample size', () => {
    const r = analyseSpc(
      ratioSeries('qicharts2_montgomery_tbl_07_04.csv', 'sample', 'count', 'size'),
      anhoej('p'),
    );
    expect(r.phases[0]!.centre).toBeCloseTo(0.096, 3);
    // Montgomery (with p-bar rounded to 0.096): n = 100 -> LCL 0.008, UCL 0.184; n = 80 -> 0, 0.195
    const at = (n: number) =>
      r.points.find((_, i) => readFixture('qicharts2_montgomery_tbl_07_04.csv')[i]!.size === String(n))!;
    expect(at(100).upperProcessLimit!).toBeCloseTo(0.184, 2);
    expect(at(100).lowerProcessLimit!).toBeCloseTo(0.008, 2);
    expect(at(80).upperProcessLimit!).toBeCloseTo(0.195, 2);
    expect(at(80).lowerProcessLimit).toBe(0);
    // varying limits: the phase has a centre but no single pair of limits
    expect(r.phases[0]!.upperProcessLimit).toBeNull();
  });

  it('example 7.1 p chart (table 7.3): 0.2313 / 0.4102 / 0.0524; revised without samples 15 and 23', () => {
    const all = ratioSeries('qicharts2_montgomery_tbl_07_03.csv', 'sample', 'count', 'size').slice(0, 54);
    const first30 = all.slice(0, 30);
    const r = analyseSpc(first30, anhoej('p'));
    expect(r.phases[0]!.centre).toBeCloseTo(0.2313, 4);
    expect(r.points[0]!.upperProcessLimit).toBeCloseTo(0.4102, 4);
    expect(r.points[0]!.lowerProcessLimit).toBeCloseTo(0.0524, 4);
    // samples 15 and 23 are beyond the UCL in the textbook
    expect(r.points.filter((p) => p.specialCauses.includes('beyondLimits')).map((p) => p.period)).toEqual([
      periodOf(15),
      periodOf(23),
    ]);
    const revised = analyseSpc(first30, anhoej('p', { exclude: [periodOf(15), periodOf(23)] }));
    expect(revised.phases[0]!.centre).toBeCloseTo(0.215, 4);
    expect(revised.points[0]!.upperProcessLimit).toBeCloseTo(0.3893, 4);
    expect(revised.points[0]!.lowerProcessLimit).toBeCloseTo(0.0407, 4);
    expect(revised.points[14]!.note).toBe('excluded');
    // Phase II, samples 31-54 after the machine adjustment: p-bar = 133/1200 = 0.1108, UCL 0.2440, LCL 0
    const phased = analyseSpc(all, anhoej('p', { recalculateAt: [periodOf(31)] }));
    expect(phased.phases[1]!.centre).toBeCloseTo(0.1108, 4);
    expect(phased.points[40]!.upperProcessLimit).toBeCloseTo(0.244, 3);
    expect(phased.points[40]!.lowerProcessLimit).toBe(0);
  });

  it('example 7.3 c chart (table 7.8): 19.85 / 33.22 / 6.48; revised without samples 6 and 20: 19.67 / 32.97 / 6.36', () => {
    const points = valueSeries('qicharts2_montgomery_tbl_07_08.csv', 'sample', 'count').slice(0, 26);
    const r = analyseSpc(points, anhoej('c'));
    expect(r.phases[0]!.centre).toBeCloseTo(19.85, 2);
    // the textbook works the limits from the rounded c-bar, so they agree to 0.01-0.02
    expect(r.phases[0]!.upperProcessLimit).toBeCloseTo(33.22, 1);
    expect(r.phases[0]!.lowerProcessLimit).toBeCloseTo(6.48, 1);
    expect(r.points.filter((p) => p.specialCauses.includes('beyondLimits')).map((p) => p.period)).toEqual([
      periodOf(6),
      periodOf(20),
    ]);
    const revised = analyseSpc(points, anhoej('c', { exclude: [periodOf(6), periodOf(20)] }));
    expect(revised.phases[0]!.centre).toBeCloseTo(19.67, 2);
    expect(revised.phases[0]!.upperProcessLimit).toBeCloseTo(32.97, 1);
    expect(revised.phases[0]!.lowerProcessLimit).toBeCloseTo(6.36, 1);
  });

  it('example 6.5 individuals and moving range charts (table 6.7, weeks 1-20): 300.5, MR-bar 7.79, 321.22 / 279.78', () => {
    const points = valueSeries('qicharts2_montgomery_tbl_06_07.csv', 'weeks', 'cost');
    // qicharts2 test: qic(weeks, cost, data = tbl_06.07, chart = 'i', freeze = 20)
    const r = analyseSpc(points, anhoej('i', { baselineLength: 20 }));
    const phase = r.phases[0]!;
    expect(phase.centre).toBeCloseTo(300.5, 2);
    expect(phase.meanMovingRange).toBeCloseTo(7.79, 2);
    expect(phase.upperProcessLimit).toBeCloseTo(321.22, 2);
    expect(phase.lowerProcessLimit).toBeCloseTo(279.78, 2);
    // weeks 39 and 40 (333, 328) are beyond the UCL in the textbook's phase II
    expect(r.points.filter((p) => p.specialCauses.includes('beyondLimits')).map((p) => p.period)).toEqual([
      periodOf(39),
      periodOf(40),
    ]);
    const mr = analyseSpc(points, anhoej('mr', { baselineLength: 20 }));
    expect(mr.phases[0]!.centre).toBeCloseTo(7.79, 2);
    expect(mr.phases[0]!.upperProcessLimit).toBeCloseTo(3.267 * 7.7895, 2); // 25.45
    expect(mr.points[0]!.value).toBeNull();
    expect(mr.runsAnalysis[0]!.signal).toBe(false);
  });

  it('example 7.5 u chart with 50-metre units (table 7.11, multiply = 50): u-bar 1.42, roll 1 limits 2.55 / 0.29', () => {
    const r = analyseSpc(
      ratioSeries('qicharts2_montgomery_tbl_07_11.csv', 'roll', 'count', 'meters'),
      anhoej('u', { multiplier: 50 }),
    );
    expect(r.phases[0]!.centre).toBeCloseTo(1.42, 2);
    expect(r.points[0]!.upperProcessLimit!).toBeCloseTo(2.55, 1);
    expect(r.points[0]!.lowerProcessLimit!).toBeCloseTo(0.29, 2);
    expect(r.points[0]!.value).toBeCloseTo((14 / 500) * 50, 12);
  });

  it('u chart, table 7.10 (n = 50): worked by hand, u-bar = 74/1000, limits 0.074 +/- 3 sqrt(0.074/50)', () => {
    const r = analyseSpc(
      ratioSeries('qicharts2_montgomery_tbl_07_10.csv', 'sample', 'count', 'size'),
      anhoej('u'),
    );
    const u = 74 / 1000;
    expect(r.phases[0]!.centre).toBeCloseTo(u, 12);
    expect(r.points[0]!.upperProcessLimit).toBeCloseTo(u + 3 * Math.sqrt(u / 50), 12);
    expect(r.points[0]!.lowerProcessLimit).toBe(0); // 0.074 - 0.1154 < 0, floored
  });

  it('t chart (table 7.14): worked by hand on the x^(1/3.6) scale, back-transformed', () => {
    const hours = readFixture('qicharts2_montgomery_tbl_07_14.csv').map((r) => Number(r.hours));
    const z = hours.map((h) => h ** (1 / 3.6));
    const mean = z.reduce((a, b) => a + b, 0) / z.length;
    let mrs = z.slice(1).map((v, i) => Math.abs(v - z[i]!));
    const amr0 = mrs.reduce((a, b) => a + b, 0) / mrs.length;
    mrs = mrs.filter((m) => m < 3.267 * amr0); // qicharts2 screens by default when attached
    const amr = mrs.reduce((a, b) => a + b, 0) / mrs.length;
    const r = analyseSpc(valueSeries('qicharts2_montgomery_tbl_07_14.csv', 'failure', 'hours'), anhoej('t'));
    expect(r.phases[0]!.centre).toBeCloseTo(mean ** 3.6, 8);
    expect(r.phases[0]!.upperProcessLimit).toBeCloseTo((mean + (3 * amr) / 1.128) ** 3.6, 8);
    const lower = mean - (3 * amr) / 1.128;
    expect(r.phases[0]!.lowerProcessLimit).toBeCloseTo(lower < 0 ? 0 : lower ** 3.6, 8);
  });

  it('g chart: limits from the mean (sigma = sqrt(m(m + 1))), centre line at the median; worked by hand', () => {
    const values = [3, 10, 0, 25, 7, 4, 12, 1, 9, 30];
    const r = analyseSpc(
      values.map((value, i) => ({ period: periodOf(i + 1), value })),
      anhoej('g'),
    );
    const m = 101 / 10;
    expect(r.phases[0]!.centre).toBe(8); // median of 0 1 3 4 7 9 10 12 25 30
    expect(r.phases[0]!.upperProcessLimit).toBeCloseTo(m + 3 * Math.sqrt(m * (m + 1)), 12);
    expect(r.phases[0]!.lowerProcessLimit).toBe(0);
  });

  it("Laney p' (nhs_accidents, huge denominators): worked by hand from Laney's definition", () => {
    const rows = readFixture('qicharts2_nhs_accidents.csv');
    const r = rows.map((x) => Number(x.r));
    const n = rows.map((x) => Number(x.n));
    const pbar = r.reduce((a, b) => a + b, 0) / n.reduce((a, b) => a + b, 0);
    const sd = n.map((ni) => Math.sqrt((pbar * (1 - pbar)) / ni));
    const z = r.map((ri, i) => (ri / n[i]! - pbar) / sd[i]!);
    let mr = z.slice(1).map((v, i) => Math.abs(v - z[i]!));
    const mr0 = mr.reduce((a, b) => a + b, 0) / mr.length;
    mr = mr.filter((v) => v < 3.267 * mr0);
    const sigmaZ = mr.reduce((a, b) => a + b, 0) / mr.length / 1.128;
    const points = ratioSeries('qicharts2_nhs_accidents.csv', 'i', 'r', 'n');
    const pp = analyseSpc(points, anhoej('pp'));
    expect(pp.phases[0]!.centre).toBeCloseTo(pbar, 12);
    pp.points.forEach((p, i) => {
      expect(p.upperProcessLimit).toBeCloseTo(pbar + 3 * sd[i]! * sigmaZ, 12);
      expect(p.lowerProcessLimit).toBeCloseTo(pbar - 3 * sd[i]! * sigmaZ, 12);
    });
    // The plain p chart's limits are far too narrow for such denominators: most points signal.
    const p = analyseSpc(points, anhoej('p'));
    const signals = (x: typeof p) => x.points.filter((q) => q.specialCauses.includes('beyondLimits')).length;
    expect(sigmaZ).toBeGreaterThan(5);
    expect(signals(p)).toBeGreaterThan(signals(pp));
    // Laney u' on the same data has the same centre and z-score scaling with sqrt(u / n)
    const up = analyseSpc(points, anhoej('up'));
    expect(up.phases[0]!.centre).toBeCloseTo(pbar, 12);
  });

  it('multiplier scales values, centre and limits (per 100)', () => {
    const points = ratioSeries('qicharts2_montgomery_tbl_07_04.csv', 'sample', 'count', 'size');
    const plain = analyseSpc(points, anhoej('p'));
    const pct = analyseSpc(points, anhoej('p', { multiplier: 100 }));
    expect(pct.phases[0]!.centre).toBeCloseTo(plain.phases[0]!.centre! * 100, 10);
    expect(pct.points[3]!.upperProcessLimit).toBeCloseTo(plain.points[3]!.upperProcessLimit! * 100, 10);
    expect(pct.points.map((p) => p.specialCauses)).toEqual(plain.points.map((p) => p.specialCauses));
  });

  it('zero or missing denominators: no value or limits, reported, centre line unchanged', () => {
    const points = ratioSeries('qicharts2_montgomery_tbl_07_04.csv', 'sample', 'count', 'size');
    const clean = analyseSpc(points, anhoej('p'));
    const holed = points.map((p, i) =>
      i === 3 ? { ...p, denominator: 0, numerator: 5 } : i === 7 ? { ...p, denominator: null } : p,
    );
    const r = analyseSpc(holed, anhoej('p'));
    // hand-worked: the two points leave both sums
    const keep = points.filter((_, i) => i !== 3 && i !== 7);
    const pbar =
      keep.reduce((a, p) => a + (p.numerator ?? 0), 0) / keep.reduce((a, p) => a + (p.denominator ?? 0), 0);
    expect(r.phases[0]!.centre).toBeCloseTo(pbar, 14);
    expect(r.phases[0]!.centre).not.toBeCloseTo(clean.phases[0]!.centre!, 14);
    for (const i of [3, 7]) {
      expect(r.points[i]!.value).toBeNull();
      expect(r.points[i]!.upperProcessLimit).toBeNull();
      expect(r.points[i]!.classification).toBe('notAssessed');
    }
    expect(r.points[3]!.note).toBe('zeroDenominator');
    expect(r.points[7]!.note).toBe('missingDenominator');
    expect(r.warnings.find((w) => w.code === 'zeroDenominators')?.pointer).toBe('/points/3/denominator');
    expect(r.warnings.find((w) => w.code === 'missingDenominators')?.pointer).toBe('/points/7/denominator');
  });
});

/**
 * Anhøj rules: limits as in qicharts2 `runs.analysis`; the published table (Anhøj & Olesen
 * 2014, PLOS ONE, table 1) gives for n = 10, 20, 24, 30 useful observations a longest run
 * limit of 6, 7, 8, 8 and a minimum number of crossings of 2, 6, 8, 10.
 */
describe('Anhøj runs analysis', () => {
  it('matches the published critical values', () => {
    expect([10, 20, 24, 30].map(longestRunLimit)).toEqual([6, 7, 8, 8]);
    expect([10, 20, 24, 30].map(crossingsLimit)).toEqual([2, 6, 8, 10]);
  });

  it('ignores points on the centre line and counts runs and crossings (worked by hand)', () => {
    // sides: + + - (0) - + + + - -  -> useful 9: runs ++, --, +++, -- -> 4 runs, 3 crossings, longest 3
    const values = [5, 6, 1, 3, 2, 7, 8, 9, 0, 1];
    const figures = anhoejRunsAnalysis(values, 3);
    expect(figures).toEqual({
      usefulObservations: 9,
      longestRun: 3,
      longestRunMax: Math.round(Math.log2(9)) + 3,
      crossings: 3,
      crossingsMin: 2,
      signal: false,
    });
  });

  it('run chart of the CDI data: median centre, a shift after the intervention is a signal', () => {
    const rows = readFixture('qicharts2_cdi.csv');
    const points = rows.map((r) => ({ period: r.month!, value: Number(r.n) }));
    const r = analyseSpc(points, anhoej('run'));
    const sorted = points.map((p) => p.value).sort((a, b) => a - b);
    expect(r.phases[0]!.centre).toBe((sorted[17]! + sorted[18]!) / 2);
    expect(r.phases[0]!.upperProcessLimit).toBeNull();
    const runs = r.runsAnalysis[0]!;
    // hand check of the signal rule against the figures reported
    expect(runs.signal).toBe(runs.longestRun! > runs.longestRunMax! || runs.crossings! < runs.crossingsMin!);
    // qicharts2 vignette: "the CDI run chart ... signals a shift" after the intervention (month 25)
    expect(runs.signal).toBe(true);
    const split = analyseSpc(points, anhoej('run', { recalculateAt: [rows[24]!.month!] }));
    expect(split.runsAnalysis.map((x) => x.signal)).toEqual([false, false]);
  });
});
