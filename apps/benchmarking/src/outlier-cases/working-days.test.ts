import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  ENGLAND_AND_WALES_BANK_HOLIDAYS_2026_2027 as holidays,
  isWorkingDay,
  workingDaysOverdue,
} from './working-days.js';

describe('working days', () => {
  it('skips weekends', () => {
    expect(addWorkingDays('2026-06-05', 1)).toBe('2026-06-08'); // Friday → Monday
    expect(addWorkingDays('2026-06-01', 5)).toBe('2026-06-08'); // Monday + 5 → next Monday
    expect(addWorkingDays('2026-06-06', 1)).toBe('2026-06-08'); // from a Saturday
    expect(addWorkingDays('2026-06-03', 0)).toBe('2026-06-03');
    expect(addWorkingDays('2026-06-01', 10)).toBe('2026-06-15');
  });

  it('skips bank holidays: Easter and Christmas 2026', () => {
    // Thursday 2 April + 1: Good Friday and Easter Monday are holidays → Tuesday 7 April.
    expect(addWorkingDays('2026-04-02', 1, holidays)).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-03');
    // Thursday 24 December + 2: 25th, weekend, 28th (substitute Boxing Day) → 29th, 30th.
    expect(addWorkingDays('2026-12-24', 2, holidays)).toBe('2026-12-30');
    // 20 working days from Monday 18 May 2026 crosses the spring bank holiday (25 May).
    expect(addWorkingDays('2026-05-18', 20, holidays)).toBe('2026-06-16');
    expect(addWorkingDays('2026-05-18', 20)).toBe('2026-06-15');
    expect(isWorkingDay('2026-12-28', holidays)).toBe(false);
    expect(isWorkingDay('2026-12-29', holidays)).toBe(true);
  });

  it('counts working days overdue', () => {
    expect(workingDaysOverdue('2026-06-05', '2026-06-05')).toBe(0);
    expect(workingDaysOverdue('2026-06-05', '2026-06-01')).toBe(0);
    expect(workingDaysOverdue('2026-06-05', '2026-06-07')).toBe(0); // the weekend does not count
    expect(workingDaysOverdue('2026-06-05', '2026-06-08')).toBe(1);
    expect(workingDaysOverdue('2026-04-02', '2026-04-07', holidays)).toBe(1);
    expect(workingDaysOverdue('2026-04-02', '2026-04-07')).toBe(3);
  });

  it('refuses nonsense', () => {
    expect(() => addWorkingDays('2026-13-01', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-06-01', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-06-01', 1.5)).toThrow(RangeError);
  });
});
