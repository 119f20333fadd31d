import type { Periodicity } from '@qms/db';
import type { PeriodSpec } from './benchmark-runs.schemas.js';

const iso = (date: Date) => date.toISOString().slice(0, 10);

function addMonths(period: string, months: number): string {
  const date = new Date(`${period}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return iso(date);
}

function addDays(period: string, days: number): string {
  const date = new Date(`${period}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return iso(date);
}

/** The first and last period start a spec covers, for a measure of the given periodicity (inclusive). */
export function periodRange(spec: PeriodSpec, periodicity: Periodicity): { from: string; to: string } {
  switch (spec.type) {
    case 'period':
      return { from: spec.period, to: spec.period };
    case 'quarter': {
      const [year, q] = spec.quarter.split('-Q');
      const from = `${year}-${String((Number(q) - 1) * 3 + 1).padStart(2, '0')}-01`;
      // Every period starting inside the quarter.
      return { from, to: addDays(addMonths(from, 3), -1) };
    }
    case 'rolling': {
      const steps = spec.length - 1;
      const from =
        periodicity === 'week'
          ? addDays(spec.end, -7 * steps)
          : addMonths(spec.end, -(periodicity === 'quarter' ? 3 : 1) * steps);
      return { from, to: spec.end };
    }
  }
}
