import type { FunnelAssessment, FunnelBand, FunnelImprovementDirection } from './types.js';

/**
 * Band of a value against its alert (e.g. 95 %) and alarm (e.g. 99.8 %) limits. Limits are inclusive: a
 * value exactly on a limit is within it, so an organisation with no events where the lower limit is 0
 * is not an outlier.
 */
export function funnelBand(
  value: number,
  alert: { lower: number; upper: number },
  alarm: { lower: number; upper: number },
): FunnelBand {
  if (value > alarm.upper) return 'alarm_high';
  if (value < alarm.lower) return 'alarm_low';
  if (value > alert.upper) return 'alert_high';
  if (value < alert.lower) return 'alert_low';
  return 'within';
}

/** Whether the side of the funnel a band lies on is good or bad for the measure. */
export function bandAssessment(
  band: FunnelBand,
  direction: FunnelImprovementDirection,
): FunnelAssessment | null {
  if (band === 'within') return null;
  if (direction === 'neutral') return 'neutral';
  const high = band === 'alert_high' || band === 'alarm_high';
  return high === (direction === 'increase') ? 'good' : 'bad';
}
