import {
  type AssuranceIcon,
  assuranceIcon,
  type ImprovementDirection,
  type PointClassification,
  type SpecialCauseRule,
} from '@qms/statistics';

/**
 * Verification of an action by a sustained change in a measure, decided from the measure's SPC
 * (the same analysis the measures service shows). Pure: the handler loads the series and runs the
 * engine; this says whether the rule holds.
 *
 * - `special_cause_improvement`: each of the last N assessed periods is classified `improvement`
 *   by the SPC rules (a point beyond the limits, a trend, two of three beyond two sigma, or a
 *   shift of points on the improving side of the mean — Making Data Count).
 * - `assurance_icon`: in each of the last N assessed periods, the target in force in that period
 *   sits against that period's process limits as `icon` says (the assurance icon the engine
 *   computes for the last point, applied period by period: `consistentlyPassing` when the whole
 *   range between the limits meets the target).
 *
 * "Assessed" means the period has a value and limits (`classification` is not `notAssessed`); a
 * missing period neither counts nor breaks the run, as in the engine's own run rules. Only
 * periods on or after `fromPeriod` count. The rule is met when the run of qualifying periods
 * that ends at the latest assessed period is at least N long; `since` is where that run began.
 */

export type VerificationRule =
  | { kind: 'special_cause_improvement'; periods: number; fromPeriod?: string | undefined }
  | { kind: 'assurance_icon'; icon: AssuranceIcon; periods: number; fromPeriod?: string | undefined };

/** What the rule needs of one SPC point (the stored-SPC response's points carry all of it). */
export interface RulePoint {
  period: string;
  value: number | null;
  centre: number | null;
  lowerProcessLimit: number | null;
  upperProcessLimit: number | null;
  specialCauses: readonly SpecialCauseRule[];
  classification: PointClassification;
  /** The target in force in this period, in displayed units. */
  target: number | null;
}

export interface EvidencePoint {
  period: string;
  value: number | null;
  centre: number | null;
  lowerProcessLimit: number | null;
  upperProcessLimit: number | null;
  target: number | null;
  classification: PointClassification;
  specialCauses: SpecialCauseRule[];
  assuranceIcon: AssuranceIcon | null;
}

export interface RuleEvaluation {
  met: boolean;
  /** Periods required and periods in the current run of qualifying periods. */
  required: number;
  currentRun: number;
  /** First period of the current run (null when the latest assessed period does not qualify). */
  since: string | null;
  /** The period at which the current run reached the required length (null when not met). */
  metAt: string | null;
  latestAssessedPeriod: string | null;
  /** The points of the current run, in period order. */
  evidence: EvidencePoint[];
  /** Why the rule is or is not met, in words. */
  explanation: string;
}

/** The assurance icon of one period: its target against its own process limits. */
export function periodAssuranceIcon(point: RulePoint, direction: ImprovementDirection): AssuranceIcon | null {
  return assuranceIcon(point.target, point.lowerProcessLimit, point.upperProcessLimit, direction);
}

function qualifies(rule: VerificationRule, point: RulePoint, direction: ImprovementDirection): boolean {
  if (rule.kind === 'special_cause_improvement') return point.classification === 'improvement';
  return periodAssuranceIcon(point, direction) === rule.icon;
}

const describeCondition = (rule: VerificationRule) =>
  rule.kind === 'special_cause_improvement' ? 'special-cause improvement' : `the assurance icon ${rule.icon}`;

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export function evaluateVerificationRule(
  rule: VerificationRule,
  points: readonly RulePoint[],
  direction: ImprovementDirection,
): RuleEvaluation {
  const assessed = points.filter(
    (point) =>
      point.classification !== 'notAssessed' &&
      point.value !== null &&
      (rule.fromPeriod === undefined || point.period >= rule.fromPeriod),
  );
  const latest = assessed[assessed.length - 1];
  let start = assessed.length;
  while (start > 0) {
    const point = assessed[start - 1];
    if (!point || !qualifies(rule, point, direction)) break;
    start--;
  }
  const run = assessed.slice(start);
  const met = run.length >= rule.periods;
  const condition = describeCondition(rule);
  let explanation: string;
  if (rule.kind === 'special_cause_improvement' && direction === 'neutral') {
    explanation = 'The measure has no improvement direction, so no point can be an improvement';
  } else if (rule.kind === 'assurance_icon' && direction === 'neutral') {
    explanation = 'The measure has no improvement direction, so it has no assurance icon';
  } else if (latest === undefined) {
    explanation = 'No assessed period in range';
  } else if (met) {
    explanation = `${capitalised(condition)} in each of the last ${run.length} assessed periods (at least ${rule.periods} required), since ${run[0]?.period}`;
  } else if (run.length === 0) {
    explanation = `The latest assessed period (${latest.period}) does not show ${condition}`;
  } else {
    explanation = `${capitalised(condition)} in the last ${run.length} assessed periods, since ${run[0]?.period}; ${rule.periods} required`;
  }
  return {
    met,
    required: rule.periods,
    currentRun: run.length,
    since: run[0]?.period ?? null,
    metAt: met ? (run[rule.periods - 1]?.period ?? null) : null,
    latestAssessedPeriod: latest?.period ?? null,
    evidence: run.map((point) => ({
      period: point.period,
      value: point.value,
      centre: point.centre,
      lowerProcessLimit: point.lowerProcessLimit,
      upperProcessLimit: point.upperProcessLimit,
      target: point.target,
      classification: point.classification,
      specialCauses: [...point.specialCauses],
      assuranceIcon: periodAssuranceIcon(point, direction),
    })),
    explanation,
  };
}
