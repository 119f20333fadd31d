import { analyseSpc } from '@qms/statistics';
import { describe, expect, it } from 'vitest';
import {
  analyseStoredSeries,
  chooseChart,
  limitOptions,
  type StoredObservation,
  type StoredVersion,
  toEnginePoint,
} from './stored-series.js';

const version: StoredVersion = {
  valueType: 'proportion',
  multiplier: 100,
  periodicity: 'month',
  improvementDirection: 'increase',
  targets: [
    { from: '2016-01-01', value: 95 },
    { from: '2018-01-01', value: 90 },
  ],
  defaultChart: 'xmr',
  ruleFamily: 'mdc',
};

const month = (k: number) => {
  const d = new Date(Date.UTC(2016, 3 + k, 1));
  return d.toISOString().slice(0, 10);
};

const obs = (k: number, numerator: number, denominator = 1000, extra: Partial<StoredObservation> = {}) => ({
  periodStart: month(k),
  numerator,
  denominator,
  value: null,
  expected: null,
  status: 'final' as const,
  late: false,
  revision: 1,
  ...extra,
});

const series: StoredObservation[] = Array.from({ length: 24 }, (_, k) => obs(k, 800 + ((k * 37) % 50)));

describe('analyseStoredSeries', () => {
  it('analyses numerator/denominator x multiplier with the measure settings and target', () => {
    const analysis = analyseStoredSeries({ version, observations: series, limitChanges: [] });
    const values = series.map((o) => ((o.numerator ?? 0) / (o.denominator ?? 1)) * 100);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(analysis.result?.points[0]?.centre).toBeCloseTo(mean, 9);
    expect(analysis.target).toEqual({ value: 90, source: 'measure' });
    expect(analysis.targets[0]).toBe(95);
    const direct = analyseSpc(
      values.map((value, k) => ({ period: month(k), value })),
      { ruleFamily: 'mdc', chart: 'xmr', improvementDirection: 'increase', target: 90 },
    );
    expect(analysis.result?.variationIcon).toBe(direct.variationIcon);
    expect(analysis.result?.assuranceIcon).toBe(direct.assuranceIcon);
  });

  it('fills gaps as missing points and carries data-quality flags', () => {
    const gappy = series
      .filter((_, k) => k !== 5)
      .map((o, k) => (k === 2 ? { ...o, revision: 2, late: true } : o));
    gappy[gappy.length - 1] = { ...(gappy[gappy.length - 1] as StoredObservation), status: 'provisional' };
    const analysis = analyseStoredSeries({ version, observations: gappy, limitChanges: [] });
    expect(analysis.periods).toHaveLength(24);
    expect(analysis.dataQuality[5]?.missing).toBe(true);
    expect(analysis.result?.points[5]?.value).toBeNull();
    expect(analysis.dataQuality[2]).toMatchObject({ revised: true, late: true, revision: 2 });
    expect(analysis.dataQuality[23]?.provisional).toBe(true);
  });

  it('applies stored recalculations and baselines, and an adoption’s local target', () => {
    const analysis = analyseStoredSeries({
      version,
      observations: series,
      limitChanges: [{ periodStart: month(12), kind: 'recalculation', baselineLength: null }],
      localTarget: 85,
    });
    expect(analysis.result?.phases).toHaveLength(2);
    expect(analysis.result?.phases[1]?.startPeriod).toBe(month(12));
    expect(analysis.target).toEqual({ value: 85, source: 'adoption' });
    const tooLong = analyseStoredSeries({
      version,
      observations: series,
      limitChanges: [
        { periodStart: month(12), kind: 'recalculation', baselineLength: null },
        { periodStart: month(0), kind: 'baseline', baselineLength: 18 },
      ],
    });
    expect(tooLong.warnings.map((w) => w.code)).toContain('baselineIgnored');
  });

  it('answers an empty series with a warning and no result', () => {
    const analysis = analyseStoredSeries({ version, observations: [], limitChanges: [] });
    expect(analysis.result).toBeNull();
    expect(analysis.warnings[0]?.code).toBe('noData');
  });
});

describe('chart choice and value mapping', () => {
  it('keeps chart and rule family consistent', () => {
    expect(chooseChart(version, {})).toEqual({ ruleFamily: 'mdc', chart: 'xmr' });
    expect(chooseChart(version, { ruleFamily: 'anhoej' })).toEqual({ ruleFamily: 'anhoej', chart: 'p' });
    expect(chooseChart(version, { chart: 'pp' })).toEqual({ ruleFamily: 'anhoej', chart: 'pp' });
    expect(() => chooseChart(version, { chart: 'p', ruleFamily: 'mdc' })).toThrow(/xmr/);
  });

  it('maps value types to engine points', () => {
    const o = obs(0, 30, 40, { value: 7, expected: 20 });
    expect(toEnginePoint('p', o, 'proportion', 'xmr')).toEqual({
      period: 'p',
      numerator: 30,
      denominator: 40,
    });
    // Observed over expected: the engine divides (30 / 20 = 1.5) and applies the multiplier.
    expect(toEnginePoint('p', o, 'ratio', 'xmr')).toEqual({ period: 'p', numerator: 30, denominator: 20 });
    expect(toEnginePoint('p', o, 'ratio', 'u')).toEqual({ period: 'p', numerator: 30, denominator: 20 });
    expect(toEnginePoint('p', o, 'count', 'c')).toEqual({ period: 'p', value: 7 });
    expect(toEnginePoint('p', undefined, 'rate', 'u')).toEqual({
      period: 'p',
      numerator: null,
      denominator: null,
    });
  });

  it('moves a limit change in a gap to the next analysed period', () => {
    const periods = [month(0), month(1), month(3)];
    expect(
      limitOptions(periods, [{ periodStart: month(2), kind: 'recalculation', baselineLength: null }]),
    ).toMatchObject({
      recalculateAt: [month(3)],
    });
  });
});
