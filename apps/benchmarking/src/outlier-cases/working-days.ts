/**
 * Working days: Monday to Friday, less bank holidays. Dates are ISO calendar dates
 * (`YYYY-MM-DD`), computed in UTC so no time zone moves a deadline.
 */

/** England and Wales bank holidays 2026–2027 (GOV.UK): the default calendar of a programme. */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS_2026_2027: readonly string[] = [
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
];

const DAY = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

const toTime = (date: string) => {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
};
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Today's date in UTC. */
export const todayUtc = (now: Date = new Date()) => now.toISOString().slice(0, 10);

export function isWorkingDay(date: string, holidays: ReadonlySet<string> | readonly string[]): boolean {
  const day = new Date(toTime(date)).getUTCDay();
  if (day === 0 || day === 6) return false;
  const set = holidays instanceof Set ? holidays : new Set(holidays as readonly string[]);
  return !set.has(date);
}

/**
 * The date `days` working days after `start` (the start itself does not count, whether or not
 * it is a working day): Friday + 1 is Monday; with Monday a bank holiday, Tuesday.
 */
export function addWorkingDays(start: string, days: number, holidays: readonly string[] = []): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be a whole number ≥ 0');
  const set = new Set(holidays);
  let time = toTime(start);
  let remaining = days;
  while (remaining > 0) {
    time += DAY;
    if (isWorkingDay(toDate(time), set)) remaining -= 1;
  }
  return toDate(time);
}

/**
 * Working days past the due date on `today`: 0 on or before the due date, 1 on the first
 * working day after it. Weekends and bank holidays after the due date do not count.
 */
export function workingDaysOverdue(dueOn: string, today: string, holidays: readonly string[] = []): number {
  const set = new Set(holidays);
  const end = toTime(today);
  let time = toTime(dueOn);
  let overdue = 0;
  while (time < end) {
    time += DAY;
    if (isWorkingDay(toDate(time), set)) overdue += 1;
  }
  return overdue;
}
