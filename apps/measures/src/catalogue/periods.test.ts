import { describe, expect, it } from 'vitest';
import {
  nextPeriodStart,
  periodContaining,
  periodEnd,
  periodStartProblem,
  periodsBetween,
  submissionDeadline,
} from './periods.js';

describe('periods', () => {
  it('accepts only the first day of a period', () => {
    expect(periodStartProblem('2019-03-01', 'month')).toBeUndefined();
    expect(periodStartProblem('2019-03-02', 'month')).toMatch(/1st/);
    expect(periodStartProblem('2019-04-01', 'quarter')).toBeUndefined();
    expect(periodStartProblem('2019-05-01', 'quarter')).toMatch(/1 April/);
    // 4 March 2019 was a Monday; 3 March a Sunday.
    expect(periodStartProblem('2019-03-04', 'week')).toBeUndefined();
    expect(periodStartProblem('2019-03-03', 'week')).toMatch(/Monday/);
    expect(periodStartProblem('2019-02-30', 'month')).toMatch(/date/);
    expect(periodStartProblem('March 2019', 'month')).toMatch(/date/);
    // Years before 100 are themselves, not 19xx (a bad query must not become a 500).
    expect(periodStartProblem('0050-01-01', 'month')).toBeUndefined();
    expect(periodContaining('0050-05-17', 'quarter')).toBe('0050-04-01');
  });

  it('walks periods across year ends and leap years', () => {
    expect(nextPeriodStart('2019-12-01', 'month')).toBe('2020-01-01');
    expect(nextPeriodStart('2019-10-01', 'quarter')).toBe('2020-01-01');
    expect(nextPeriodStart('2019-12-30', 'week')).toBe('2020-01-06');
    expect(periodEnd('2020-02-01', 'month')).toBe('2020-02-29');
    expect(periodEnd('2019-02-01', 'month')).toBe('2019-02-28');
    expect(periodEnd('2019-01-01', 'quarter')).toBe('2019-03-31');
    expect(periodContaining('2019-05-17', 'quarter')).toBe('2019-04-01');
    expect(periodContaining('2019-03-10', 'week')).toBe('2019-03-04');
  });

  it('lists the periods in a range and computes deadlines', () => {
    expect(periodsBetween('2019-01-15', '2019-04-01', 'month')).toEqual([
      '2019-02-01',
      '2019-03-01',
      '2019-04-01',
    ]);
    expect(periodsBetween('2016-04-01', '2019-03-01', 'month')).toHaveLength(36);
    // March 2019 data due 20 days after 31 March: by the end of 20 April.
    expect(submissionDeadline('2019-03-01', 'month', 20).toISOString()).toBe('2019-04-20T23:59:59.999Z');
  });
});
