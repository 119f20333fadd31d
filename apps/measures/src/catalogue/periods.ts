import type { Periodicity } from '@qms/db';

/**
 * Periods are named by their first day (ISO date). Weeks start on Monday (ISO 8601), months on
 * the 1st, quarters on 1 January, April, July and October.
 */
const DAY = 86_400_000;

/** Midnight UTC of a day; unlike Date.UTC, years 0-99 stay themselves (not 1900-1999). */
function utc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}

const parse = (isoDate: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  const date = utc(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toISOString().slice(0, 10) === isoDate ? date : undefined;
};
const format = (date: Date) => date.toISOString().slice(0, 10);

/** Why a date cannot start a period of this periodicity, or undefined when it can. */
export function periodStartProblem(isoDate: string, periodicity: Periodicity): string | undefined {
  const date = parse(isoDate);
  if (!date) return 'must be a date YYYY-MM-DD';
  switch (periodicity) {
    case 'week':
      return date.getUTCDay() === 1 ? undefined : 'a weekly period starts on a Monday';
    case 'month':
      return date.getUTCDate() === 1 ? undefined : 'a monthly period starts on the 1st of the month';
    case 'quarter':
      return date.getUTCDate() === 1 && date.getUTCMonth() % 3 === 0
        ? undefined
        : 'a quarterly period starts on 1 January, 1 April, 1 July or 1 October';
  }
}

/** The first day of the next period. */
export function nextPeriodStart(isoDate: string, periodicity: Periodicity): string {
  const date = parse(isoDate);
  if (!date) throw new Error(`not a date: ${isoDate}`);
  if (periodicity === 'week') return format(new Date(date.getTime() + 7 * DAY));
  const months = periodicity === 'month' ? 1 : 3;
  return format(utc(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}

/** The last day of the period. */
export function periodEnd(isoDate: string, periodicity: Periodicity): string {
  const next = parse(nextPeriodStart(isoDate, periodicity));
  if (!next) throw new Error('unreachable');
  return format(new Date(next.getTime() - DAY));
}

/** When data for the period is due: `deadlineDays` after its last day (end of that day, UTC). */
export function submissionDeadline(isoDate: string, periodicity: Periodicity, deadlineDays: number): Date {
  const end = parse(periodEnd(isoDate, periodicity));
  if (!end) throw new Error('unreachable');
  return new Date(end.getTime() + (deadlineDays + 1) * DAY - 1);
}

/** The period containing a date. */
export function periodContaining(isoDate: string, periodicity: Periodicity): string {
  const date = parse(isoDate);
  if (!date) throw new Error(`not a date: ${isoDate}`);
  if (periodicity === 'week') return format(new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY));
  const month = periodicity === 'month' ? date.getUTCMonth() : date.getUTCMonth() - (date.getUTCMonth() % 3);
  return format(utc(date.getUTCFullYear(), month, 1));
}

/** Every period starting in [from, to], in order (at most `limit`, to bound a bad request). */
export function periodsBetween(from: string, to: string, periodicity: Periodicity, limit = 10_000): string[] {
  const periods: string[] = [];
  let current = periodContaining(from, periodicity);
  if (current < from) current = nextPeriodStart(current, periodicity);
  while (current <= to && periods.length < limit) {
    periods.push(current);
    current = nextPeriodStart(current, periodicity);
  }
  return periods;
}

/** The first day of the previous period. */
export function previousPeriodStart(isoDate: string, periodicity: Periodicity): string {
  const date = parse(periodContaining(isoDate, periodicity));
  if (!date) throw new Error(`not a date: ${isoDate}`);
  if (periodicity === 'week') return format(new Date(date.getTime() - 7 * DAY));
  const months = periodicity === 'month' ? 1 : 3;
  return format(utc(date.getUTCFullYear(), date.getUTCMonth() - months, 1));
}

/**
 * The latest period whose data is due by `asOf` (its submission deadline has passed): the period
 * a complete series should end with on that day.
 */
export function latestDuePeriod(asOf: Date, periodicity: Periodicity, deadlineDays: number): string {
  let period = periodContaining(asOf.toISOString().slice(0, 10), periodicity);
  for (
    let guard = 0;
    guard < 1000 && submissionDeadline(period, periodicity, deadlineDays) >= asOf;
    guard++
  ) {
    period = previousPeriodStart(period, periodicity);
  }
  return period;
}
