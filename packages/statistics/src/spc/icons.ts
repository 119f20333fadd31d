import type {
  AssuranceIcon,
  ImprovementDirection,
  PointClassification,
  SpecialCauseRule,
  VariationIcon,
} from './types.js';

/**
 * A special-cause point's classification. `direction` is +1 for a high signal (above the
 * centre, or a rising trend) and -1 for a low one. A trend's direction is the trend's own,
 * not its side of the mean (NHSRplotthedots 0.2.2 fix for trends crossing the mean).
 */
export function classifySignal(direction: number, improvement: ImprovementDirection): PointClassification {
  if (direction === 0) return 'commonCause';
  if (improvement === 'neutral') return direction > 0 ? 'neutralHigh' : 'neutralLow';
  const improving = improvement === 'increase' ? direction > 0 : direction < 0;
  return improving ? 'improvement' : 'concern';
}

/** The rule that labels a point: the first in precedence order, ignoring direction-less `fewCrossings`. */
export function labellingRule(rules: readonly SpecialCauseRule[]): SpecialCauseRule | null {
  for (const rule of rules) if (rule !== 'fewCrossings') return rule;
  return null;
}

/** Variation icon from the last point's classification (MDC icon set). */
export function variationIcon(
  lastPoint: PointClassification,
  improvement: ImprovementDirection,
): VariationIcon | null {
  switch (lastPoint) {
    case 'commonCause':
      return 'commonCause';
    case 'neutralHigh':
    case 'neutralLow':
      return lastPoint;
    case 'improvement':
      return improvement === 'decrease' ? 'improvementLow' : 'improvementHigh';
    case 'concern':
      return improvement === 'decrease' ? 'concernHigh' : 'concernLow';
    default:
      return null;
  }
}

/**
 * Assurance icon: where the target sits against the process limits in force at the
 * last point (NHSRplotthedots `ptd_calculate_assurance_type`). A target on a limit is
 * hit and miss. None without a target, with a neutral direction, or without limits.
 */
export function assuranceIcon(
  target: number | null,
  lower: number | null,
  upper: number | null,
  improvement: ImprovementDirection,
): AssuranceIcon | null {
  if (target === null || improvement === 'neutral' || lower === null || upper === null) return null;
  const increasing = improvement === 'increase';
  if (target > upper) return increasing ? 'consistentlyFailing' : 'consistentlyPassing';
  if (target < lower) return increasing ? 'consistentlyPassing' : 'consistentlyFailing';
  return 'hitAndMiss';
}
