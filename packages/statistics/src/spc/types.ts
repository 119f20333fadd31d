/** Rule family: which reference package's conventions an analysis follows. */
export type RuleFamily = 'mdc' | 'anhoej';

/** `xmr` is the Making Data Count chart; the others follow qicharts2 0.8.1. */
export type ChartType = 'xmr' | 'run' | 'i' | 'mr' | 'c' | 'u' | 'p' | 'pp' | 'up' | 'g' | 't';

export const MDC_CHART_TYPES: readonly ChartType[] = ['xmr'];
export const ANHOEJ_CHART_TYPES: readonly ChartType[] = [
  'run',
  'i',
  'mr',
  'c',
  'u',
  'p',
  'pp',
  'up',
  'g',
  't',
];
/** Charts whose points are a numerator over a denominator. */
export const RATIO_CHART_TYPES: readonly ChartType[] = ['u', 'p', 'pp', 'up'];

export type ImprovementDirection = 'increase' | 'decrease' | 'neutral';

/**
 * Special-cause rules, listed in labelling precedence (first wins when a point is
 * caught by several). `fewCrossings` is the Anhøj crossings signal: it belongs to a
 * whole phase and has no direction, so it never decides a point's classification.
 */
export type SpecialCauseRule = 'beyondLimits' | 'trend' | 'twoOfThree' | 'shift' | 'fewCrossings';
export const RULE_PRECEDENCE: readonly SpecialCauseRule[] = [
  'beyondLimits',
  'trend',
  'twoOfThree',
  'shift',
  'fewCrossings',
];

export type PointClassification =
  | 'commonCause'
  | 'improvement'
  | 'concern'
  | 'neutralHigh'
  | 'neutralLow'
  /** Missing value, zero/missing denominator, or no limits could be computed. */
  | 'notAssessed';

export type VariationIcon =
  | 'commonCause'
  | 'improvementHigh'
  | 'improvementLow'
  | 'concernHigh'
  | 'concernLow'
  | 'neutralHigh'
  | 'neutralLow';

export type AssuranceIcon = 'consistentlyPassing' | 'consistentlyFailing' | 'hitAndMiss';

/** One observation. `value` for xmr/run/i/mr/c/g/t; `numerator` and `denominator` for u/p/pp/up. */
export interface SpcInputPoint {
  period: string;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

export interface SpcOptions {
  ruleFamily: RuleFamily;
  chart: ChartType;
  /** Default: `increase` for mdc (as NHSRplotthedots), `neutral` for anhoej (qicharts2 has no direction). */
  improvementDirection?: ImprovementDirection;
  /** In displayed units (after `multiplier`). */
  target?: number | null;
  /** Limits from the first N periods of each phase (MDC: N >= 12; qicharts2 `freeze`). */
  baselineLength?: number | null;
  /** Periods at which a new phase starts (MDC recalculation / qicharts2 `part`). */
  recalculateAt?: readonly string[];
  /** Drop moving ranges not below 3.267 x mean moving range once. Default true. */
  screenMovingRanges?: boolean;
  /** MDC trend and shift run length. Default 7. */
  runLength?: 6 | 7;
  /** MDC 2-of-3: also count points beyond the process limits. Default false (NHSRplotthedots). */
  twoOfThreeIncludesBeyondLimits?: boolean;
  /** Icons are withheld until the series has this many observed points. Default 13 (MDC tools). */
  minimumPointsForIcons?: number;
  /** Display multiplier (e.g. 100 for per cent, 1000 per 1000). Default 1. */
  multiplier?: number;
  /** Anhøj family: periods left out of centre, limits and runs analysis (qicharts2 `exclude`). */
  exclude?: readonly string[];
}

export interface ResolvedSpcOptions {
  ruleFamily: RuleFamily;
  chart: ChartType;
  improvementDirection: ImprovementDirection;
  target: number | null;
  baselineLength: number | null;
  recalculateAt: string[];
  screenMovingRanges: boolean;
  runLength: 6 | 7;
  twoOfThreeIncludesBeyondLimits: boolean;
  minimumPointsForIcons: number;
  multiplier: number;
  exclude: string[];
}

export type PointNote = 'missingValue' | 'missingDenominator' | 'zeroDenominator' | 'excluded';

export interface SpcPointResult {
  period: string;
  /** Index of the point in the caller's input (points are returned in period order). */
  inputIndex: number;
  /** Plotted value: the value, the rate numerator/denominator, or the moving range for `mr`; times multiplier. */
  value: number | null;
  phase: number;
  baseline: boolean;
  centre: number | null;
  lowerProcessLimit: number | null;
  upperProcessLimit: number | null;
  lowerTwoSigma: number | null;
  upperTwoSigma: number | null;
  /** Every rule that fired for this point, in precedence order. */
  specialCauses: readonly SpecialCauseRule[];
  classification: PointClassification;
  note: PointNote | null;
}

export interface RunsAnalysis {
  phase: number;
  /** Observations not on the centre line (qicharts2 `n.useful`). */
  usefulObservations: number;
  longestRun: number | null;
  longestRunMax: number | null;
  crossings: number | null;
  crossingsMin: number | null;
  signal: boolean;
}

export interface SpcPhaseResult {
  phase: number;
  startPeriod: string;
  endPeriod: string;
  pointCount: number;
  observedCount: number;
  baselinePointCount: number;
  centre: number | null;
  /** Null when limits vary point by point (u, p, pp, up) or the chart has none (run). */
  lowerProcessLimit: number | null;
  upperProcessLimit: number | null;
  lowerTwoSigma: number | null;
  upperTwoSigma: number | null;
  /** XmR, i, t, pp, up: mean moving range after screening (t: transformed scale; pp/up: of z-scores). */
  meanMovingRange: number | null;
  movingRangesScreenedOut: number;
}

export type SpcWarningCode =
  | 'shortPhase'
  | 'shortSeries'
  | 'missingValues'
  | 'missingDenominators'
  | 'zeroDenominators'
  | 'noLimits'
  | 'lastPointMissing';

export interface SpcWarning {
  code: SpcWarningCode;
  message: string;
  /** JSON pointer into the request, when the warning is about one field or point. */
  pointer?: string;
}

export interface SpcEngineInfo {
  name: 'qms-spc';
  version: string;
}

export interface SpcResult {
  engine: SpcEngineInfo;
  ruleFamily: RuleFamily;
  chart: ChartType;
  options: ResolvedSpcOptions;
  points: SpcPointResult[];
  phases: SpcPhaseResult[];
  runsAnalysis: RunsAnalysis[];
  variationIcon: VariationIcon | null;
  assuranceIcon: AssuranceIcon | null;
  warnings: SpcWarning[];
}
