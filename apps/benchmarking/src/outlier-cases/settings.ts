import type { OutlierStage } from '@qms/db';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS_2026_2027, isIsoDate } from './working-days.js';

/**
 * A programme's outlier settings, read from `tenancy.programmes.settings` (jsonb):
 *
 * - `outlierAlerts` (boolean, default false): open cases for alerts (outside 95%) as well as
 *   alarms (outside 99.8%, always).
 * - `outlierNotifyRegulator` (boolean, default false): a confirmed outlier is notified to the
 *   regulator as well as the organisation's leadership.
 * - `outlierDeadlines` (object, stage → working days): the deadline of each open stage, counted
 *   from the day the case entered it; missing stages take the defaults below.
 * - `outlierEscalationDays` (working days, default 10): the provider's new deadline on escalation.
 * - `bankHolidays` (ISO dates): the calendar; default England and Wales 2026–2027.
 */
export const DEFAULT_STAGE_DEADLINES: Readonly<Partial<Record<OutlierStage, number>>> = {
  /** The national body checks the data it used. */
  detected: 10,
  /** The provider is told. */
  data_checked: 5,
  /** The provider responds: data corrections or an explanation. */
  provider_notified: 20,
  /** The national body reviews the response. */
  provider_responded: 15,
  /** A confirmed outlier is notified to the organisation's leadership (and the regulator). */
  confirmed: 5,
  /** The organisation's leadership acknowledges. */
  confirmed_notified: 10,
  /** The national body publishes. */
  acknowledged: 20,
};
export const DEFAULT_ESCALATION_DAYS = 10;

export interface OutlierSettings {
  alerts: boolean;
  notifyRegulator: boolean;
  deadlines: Partial<Record<OutlierStage, number>>;
  escalationDays: number;
  bankHolidays: string[];
}

const days = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 365 ? value : undefined;

/** Settings as stored, with defaults for anything missing or malformed. */
export function outlierSettingsOf(settings: Record<string, unknown> | undefined): OutlierSettings {
  const source = settings ?? {};
  const configured =
    typeof source.outlierDeadlines === 'object' && source.outlierDeadlines !== null
      ? (source.outlierDeadlines as Record<string, unknown>)
      : {};
  const deadlines: Partial<Record<OutlierStage, number>> = { ...DEFAULT_STAGE_DEADLINES };
  for (const stage of Object.keys(DEFAULT_STAGE_DEADLINES) as OutlierStage[]) {
    const value = days(configured[stage]);
    if (value !== undefined) deadlines[stage] = value;
  }
  const holidays = Array.isArray(source.bankHolidays)
    ? source.bankHolidays.filter(isIsoDate)
    : [...ENGLAND_AND_WALES_BANK_HOLIDAYS_2026_2027];
  return {
    alerts: source.outlierAlerts === true,
    notifyRegulator: source.outlierNotifyRegulator === true,
    deadlines,
    escalationDays: days(source.outlierEscalationDays) ?? DEFAULT_ESCALATION_DAYS,
    bankHolidays: holidays,
  };
}
