import { describe, expect, it } from 'vitest';
import { latestDuePeriod, previousPeriodStart } from './periods.js';

describe('latestDuePeriod', () => {
  it('steps back to the last period whose deadline has passed', () => {
    expect(previousPeriodStart('2019-01-01', 'month')).toBe('2018-12-01');
    expect(previousPeriodStart('2019-01-01', 'quarter')).toBe('2018-10-01');
    expect(previousPeriodStart('2019-03-04', 'week')).toBe('2019-02-25');
    // March's data is due by 30 April (30 days after 31 March).
    expect(latestDuePeriod(new Date('2019-04-30T12:00:00Z'), 'month', 30)).toBe('2019-02-01');
    expect(latestDuePeriod(new Date('2019-05-01T00:00:00Z'), 'month', 30)).toBe('2019-03-01');
  });
});
