import { readFileSync } from 'node:fs';
import { analyseSpc, type SpcInputPoint, type SpcResult } from '@qms/statistics';
import { describe, expect, it } from 'vitest';
import { evaluateVerificationRule, type RulePoint } from './verification-rule.js';

/**
 * The rule is checked against the SPC engine's output on real NHS England A&E data
 * (data/ae-attendances, type 1 departments, April 2016 – March 2019), and every assertion is
 * the rule's definition applied to that output or to the data itself — never a number this
 * module produced before.
 */

interface Month {
  period: string;
  attendances: number;
  withinFourHours: number;
}

const csv = readFileSync(
  new URL('../../../../data/ae-attendances/ae_attendances.csv', import.meta.url),
  'utf8',
);
const byOrganisation = new Map<string, Month[]>();
for (const line of csv.trim().split('\n').slice(1)) {
  const [period, org, type, attendances, breaches] = line.replaceAll('"', '').split(',');
  if (type !== '1' || !period || !org) continue;
  const months = byOrganisation.get(org) ?? [];
  months.push({
    period,
    attendances: Number(attendances),
    withinFourHours: Number(attendances) - Number(breaches),
  });
  byOrganisation.set(org, months);
}

function series(org: string): Month[] {
  const months = byOrganisation.get(org);
  if (!months) throw new Error(`no data for ${org}`);
  return [...months].sort((a, b) => a.period.localeCompare(b.period));
}

/** Four-hour performance as the demo measure AE-4HR analyses it: XmR, higher is better, target 95%. */
function fourHourSpc(org: string, drop: string[] = []): SpcResult {
  const points: SpcInputPoint[] = series(org).map((m) =>
    drop.includes(m.period)
      ? { period: m.period, numerator: null, denominator: null }
      : { period: m.period, numerator: m.withinFourHours, denominator: m.attendances },
  );
  return analyseSpc(points, {
    ruleFamily: 'mdc',
    chart: 'xmr',
    improvementDirection: 'increase',
    target: 0.95,
  });
}

const rulePoints = (result: SpcResult): RulePoint[] =>
  result.points.map((p) => ({ ...p, target: result.options.target }));

const assessed = (result: SpcResult) =>
  result.points.filter((p) => p.classification !== 'notAssessed' && p.value !== null);

/** The trailing points for which `test` holds, straight from the engine's points. */
function trailing<T>(points: readonly T[], test: (point: T) => boolean): T[] {
  let start = points.length;
  while (start > 0 && test(points[start - 1] as T)) start--;
  return points.slice(start);
}

// Trusts whose four-hour performance ends in a long run of improvement (RDD, RJE, REM), the
// demo trusts whose performance ends in concern (Barts R1H, Guy's RJ1), and others.
const ORGANISATIONS = ['RDD', 'RJE', 'REM', 'R1H', 'RJ1', 'RTH', 'RC9', 'RCU'];

describe('special_cause_improvement on real A&E four-hour performance', () => {
  it('is met exactly when each of the last N assessed points is classified improvement', () => {
    let metCount = 0;
    let notMetCount = 0;
    for (const org of ORGANISATIONS) {
      const result = fourHourSpc(org);
      const run = trailing(assessed(result), (p) => p.classification === 'improvement');
      for (let n = 1; n <= 15; n++) {
        const evaluation = evaluateVerificationRule(
          { kind: 'special_cause_improvement', periods: n },
          rulePoints(result),
          'increase',
        );
        const lastN = assessed(result).slice(-n);
        const expected = lastN.length === n && lastN.every((p) => p.classification === 'improvement');
        expect(evaluation.met, `${org} N=${n}`).toBe(expected);
        expect(evaluation.currentRun).toBe(run.length);
        expect(evaluation.since).toBe(run[0]?.period ?? null);
        expect(evaluation.evidence.map((p) => p.period)).toEqual(run.map((p) => p.period));
        expect(evaluation.metAt).toBe(expected ? (run[n - 1]?.period ?? null) : null);
        if (expected) metCount++;
        else notMetCount++;
      }
    }
    // The data holds both outcomes, so neither branch is vacuous.
    expect(metCount).toBeGreaterThan(10);
    expect(notMetCount).toBeGreaterThan(10);
  });

  it('sees a shift — seven or more points above the mean, a documented special cause — as sustained improvement', () => {
    for (const org of ['RDD', 'RJE', 'REM']) {
      const months = series(org);
      const performance = months.map((m) => m.withinFourHours / m.attendances);
      // The MDC centre line is the mean; computed here from the data, not taken from the engine.
      const mean = performance.reduce((sum, value) => sum + value, 0) / performance.length;
      const aboveMean = trailing(performance, (value) => value > mean);
      expect(aboveMean.length, org).toBeGreaterThanOrEqual(7);
      const evaluation = evaluateVerificationRule(
        { kind: 'special_cause_improvement', periods: 7 },
        rulePoints(fourHourSpc(org)),
        'increase',
      );
      expect(evaluation.met, org).toBe(true);
      expect(evaluation.currentRun).toBeGreaterThanOrEqual(aboveMean.length);
      const firstAbove = months[months.length - aboveMean.length]?.period ?? '';
      expect(evaluation.since && evaluation.since <= firstAbove).toBe(true);
      for (const point of evaluation.evidence) expect(point.classification).toBe('improvement');
    }
  });

  it('is not met for a trust whose latest point falls below the lower process limit (Barts Health)', () => {
    const months = series('R1H');
    const performance = months.map((m) => m.withinFourHours / m.attendances);
    const mean = performance.reduce((sum, value) => sum + value, 0) / performance.length;
    const latest = performance[performance.length - 1] ?? Number.NaN;
    expect(latest).toBeLessThan(mean);
    const last = fourHourSpc('R1H').points.at(-1);
    expect(latest).toBeLessThan(last?.lowerProcessLimit ?? Number.NaN);
    const evaluation = evaluateVerificationRule(
      { kind: 'special_cause_improvement', periods: 3 },
      rulePoints(fourHourSpc('R1H')),
      'increase',
    );
    expect(evaluation).toMatchObject({ met: false, currentRun: 0, since: null, metAt: null, evidence: [] });
    expect(evaluation.latestAssessedPeriod).toBe('2019-03-01');
    expect(evaluation.explanation).toContain('2019-03-01');
  });

  it('counts only periods from fromPeriod on', () => {
    const result = fourHourSpc('RJE');
    const run = trailing(assessed(result), (p) => p.classification === 'improvement');
    const from = run[run.length - 4]?.period;
    expect(from).toBeDefined();
    const evaluation = evaluateVerificationRule(
      { kind: 'special_cause_improvement', periods: 5, fromPeriod: from },
      rulePoints(result),
      'increase',
    );
    expect(evaluation).toMatchObject({ met: false, currentRun: 4, since: from });
    expect(
      evaluateVerificationRule(
        { kind: 'special_cause_improvement', periods: 4, fromPeriod: from },
        rulePoints(result),
        'increase',
      ).met,
    ).toBe(true);
  });

  it('neither counts nor breaks the run at a missing month', () => {
    const full = fourHourSpc('RJE');
    const run = trailing(assessed(full), (p) => p.classification === 'improvement');
    const gap = run[run.length - 3]?.period ?? '';
    const withGap = fourHourSpc('RJE', [gap]);
    const gapPoint = withGap.points.find((p) => p.period === gap);
    expect(gapPoint?.classification).toBe('notAssessed');
    const evaluation = evaluateVerificationRule(
      { kind: 'special_cause_improvement', periods: 3 },
      rulePoints(withGap),
      'increase',
    );
    const expectedRun = trailing(assessed(withGap), (p) => p.classification === 'improvement');
    expect(evaluation.currentRun).toBe(expectedRun.length);
    expect(evaluation.evidence.map((p) => p.period)).not.toContain(gap);
    expect(evaluation.met).toBe(expectedRun.length >= 3);
  });

  it('is never met for a measure without an improvement direction (attendances)', () => {
    const months = series('RJE');
    const result = analyseSpc(
      months.map((m) => ({ period: m.period, value: m.attendances })),
      { ruleFamily: 'mdc', chart: 'xmr', improvementDirection: 'neutral' },
    );
    const evaluation = evaluateVerificationRule(
      { kind: 'special_cause_improvement', periods: 1 },
      rulePoints(result),
      'neutral',
    );
    expect(evaluation.met).toBe(false);
    expect(evaluation.explanation).toMatch(/no improvement direction/);
  });
});

describe('assurance_icon on real A&E four-hour performance', () => {
  it('consistentlyPassing is met when, in each of the last N periods, the 95% target lies below the lower process limit', () => {
    let met = 0;
    for (const org of ORGANISATIONS) {
      const result = fourHourSpc(org);
      // The MDC definition for a higher-is-better measure, applied to the engine's limits.
      const passes = (p: (typeof result.points)[number]) =>
        p.lowerProcessLimit !== null && 0.95 < p.lowerProcessLimit;
      for (let n = 1; n <= 36; n += 5) {
        const evaluation = evaluateVerificationRule(
          { kind: 'assurance_icon', icon: 'consistentlyPassing', periods: n },
          rulePoints(result),
          'increase',
        );
        const lastN = assessed(result).slice(-n);
        const expected = lastN.length === n && lastN.every(passes);
        expect(evaluation.met, `${org} N=${n}`).toBe(expected);
        expect(evaluation.currentRun).toBe(trailing(assessed(result), passes).length);
        if (expected) met++;
      }
    }
    expect(met).toBeGreaterThan(0);
  });

  it('agrees with the engine’s own assurance icon at the last point', () => {
    for (const org of ORGANISATIONS) {
      const result = fourHourSpc(org);
      for (const icon of ['consistentlyPassing', 'consistentlyFailing', 'hitAndMiss'] as const) {
        const evaluation = evaluateVerificationRule(
          { kind: 'assurance_icon', icon, periods: 1 },
          rulePoints(result),
          'increase',
        );
        expect(evaluation.met, `${org} ${icon}`).toBe(result.assuranceIcon === icon);
      }
    }
  });
});
