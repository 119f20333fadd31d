import { describe, expect, it } from 'vitest';
import { analyseSpc, SpcInputError, type SpcInputPoint, type SpcOptions } from '../../src/spc/index.js';
import { periodOf } from './fixtures.js';

const MDC: SpcOptions = { ruleFamily: 'mdc', chart: 'xmr' };
const points = (n: number): SpcInputPoint[] =>
  Array.from({ length: n }, (_, i) => ({ period: periodOf(i + 1), value: 1 + ((i * 7919) % 101) }));

function inputError(run: () => unknown): SpcInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof SpcInputError) return error;
    throw error;
  }
  throw new Error('expected an SpcInputError');
}

describe('input problems are SpcInputError with a JSON pointer', () => {
  it('duplicate periods point at the later duplicate', () => {
    const p = points(5);
    p[3] = { ...p[3]!, period: p[1]!.period };
    const e = inputError(() => analyseSpc(p, MDC));
    expect(e.pointer).toBe('/points/3/period');
    expect(e.detail).toMatch(/duplicate period/);
  });

  it('a recalculation point that is not a period of the series', () => {
    const e = inputError(() =>
      analyseSpc(points(30), { ...MDC, recalculateAt: [periodOf(10), '1999-01-01'] }),
    );
    expect(e.pointer).toBe('/recalculateAt/1');
  });

  it('a baseline longer than a phase, or under 12 for MDC', () => {
    expect(
      inputError(() => analyseSpc(points(20), { ...MDC, baselineLength: 12, recalculateAt: [periodOf(15)] }))
        .pointer,
    ).toBe('/baselineLength');
    expect(inputError(() => analyseSpc(points(20), { ...MDC, baselineLength: 11 })).pointer).toBe(
      '/baselineLength',
    );
  });

  it('chart not in the rule family, bad values, bad options', () => {
    expect(inputError(() => analyseSpc(points(5), { ruleFamily: 'mdc', chart: 'p' })).pointer).toBe('/chart');
    expect(inputError(() => analyseSpc(points(5), { ruleFamily: 'anhoej', chart: 'xmr' })).pointer).toBe(
      '/chart',
    );
    const zero = points(5);
    zero[2] = { period: zero[2]!.period, value: 0 };
    expect(inputError(() => analyseSpc(zero, { ruleFamily: 'anhoej', chart: 't' })).pointer).toBe(
      '/points/2/value',
    );
    expect(
      inputError(() =>
        analyseSpc([{ period: '2020-01-01', numerator: 6, denominator: 5 }], {
          ruleFamily: 'anhoej',
          chart: 'p',
        }),
      ).pointer,
    ).toBe('/points/0/numerator');
    expect(inputError(() => analyseSpc(points(5), { ruleFamily: 'anhoej', chart: 'p' })).pointer).toBe(
      '/points/0/numerator',
    );
    expect(inputError(() => analyseSpc([], MDC)).pointer).toBe('/points');
    expect(inputError(() => analyseSpc(points(5), { ...MDC, multiplier: 0 })).pointer).toBe('/multiplier');
    expect(inputError(() => analyseSpc(points(5), { ...MDC, exclude: [periodOf(1)] })).pointer).toBe(
      '/exclude',
    );
  });
});

describe('series handling', () => {
  it('sorts by period and keeps the caller index', () => {
    const p = points(15);
    const shuffled = [p[4]!, ...p.slice(0, 4), ...p.slice(5)];
    const r = analyseSpc(shuffled, MDC);
    expect(r.points.map((x) => x.period)).toEqual(p.map((x) => x.period));
    expect(r.points[0]!.inputIndex).toBe(1);
    expect(r.points[4]!.inputIndex).toBe(0);
  });

  it('missing values: kept as periods, not assessed, warned, and no moving range spans them', () => {
    const p = points(20);
    p[7] = { period: p[7]!.period, value: null };
    const r = analyseSpc(p, MDC);
    expect(r.points[7]!.value).toBeNull();
    expect(r.points[7]!.classification).toBe('notAssessed');
    expect(r.points[7]!.note).toBe('missingValue');
    expect(r.warnings.find((w) => w.code === 'missingValues')?.pointer).toBe('/points/7/value');
    // hand-worked mean moving range without the two ranges touching the gap
    const v = p.map((x) => x.value ?? Number.NaN);
    const mrs = v
      .slice(1)
      .map((x, i) => Math.abs(x - v[i]!))
      .filter((x) => !Number.isNaN(x));
    const amr = mrs.reduce((a, b) => a + b, 0) / mrs.length;
    const kept = mrs.filter((m) => m < 3.267 * amr);
    expect(r.phases[0]!.meanMovingRange).toBeCloseTo(kept.reduce((a, b) => a + b, 0) / kept.length, 12);
  });

  it('a missing last period: icons come from the last observed point, with a warning', () => {
    const p = points(20);
    p[19] = { period: p[19]!.period, value: null };
    const r = analyseSpc(p, MDC);
    expect(r.variationIcon).not.toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('lastPointMissing');
  });

  it('short phases and phases without limits are warned about, not fatal', () => {
    const r = analyseSpc(points(14), { ...MDC, recalculateAt: [periodOf(14)] });
    expect(r.phases[1]!.pointCount).toBe(1);
    expect(r.phases[1]!.upperProcessLimit).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['shortPhase', 'noLimits']));
  });

  it('accepts a 10,000-point series for every chart type', () => {
    const n = 10_000;
    const value = Array.from({ length: n }, (_, i) => ({
      period: periodOf(i + 1),
      value: 1 + ((i * 7919) % 97),
    }));
    const ratio = Array.from({ length: n }, (_, i) => ({
      period: periodOf(i + 1),
      numerator: (i * 31) % 50,
      denominator: 50 + (i % 13),
    }));
    for (const chart of ['xmr', 'run', 'i', 'mr', 'c', 'g', 't', 'u', 'p', 'pp', 'up'] as const) {
      const ratioChart = chart === 'u' || chart === 'p' || chart === 'pp' || chart === 'up';
      const r = analyseSpc(ratioChart ? ratio : value, {
        ruleFamily: chart === 'xmr' ? 'mdc' : 'anhoej',
        chart,
      });
      expect(r.points).toHaveLength(n);
    }
  });
});
