/** What the numerator and denominator mean, which fixes the sampling model behind the limits. */
export type FunnelDataType = 'proportion' | 'ratio' | 'rate';

/**
 * How the funnel limits around the target are drawn before any over-dispersion adjustment.
 * - `exact`: binomial (proportion) or Poisson (ratio, rate) with Spiegelhalter's (2005) interpolation.
 * - `funnelplotr`: as FunnelPlotR 0.6.0 — chi-square Poisson limits for ratios and rates, arcsine-scale
 *   normal limits for proportions.
 * - `normal`: normal approximation on the original scale.
 * - `wilson`: Wilson-score limits as in PHEindicatormethods / Fingertips (proportions only).
 */
export type FunnelLimitMethod = 'exact' | 'funnelplotr' | 'normal' | 'wilson';

/** Variance-stabilising scale for z-scores and over-dispersion: log (SHMI), square root (CQC), arcsine. */
export type FunnelZScoreScale = 'log' | 'sqrt' | 'arcsine';

export type FunnelOverdispersionAdjustment = 'none' | 'multiplicative' | 'additive';

/** `winsorised`: z-scores clipped at the trim / 1 − trim type-7 quantiles; `truncated`: SHMI two-sided truncation. */
export type FunnelOverdispersionEstimator = 'winsorised' | 'truncated';

/**
 * `inflate`: widen the unadjusted limits' distance from the target on the z-score scale (never narrower than
 * unadjusted); `normal`: g⁻¹(g(target) ± z·√(s²+τ²)) as in FunnelPlotR and the SHMI specification.
 */
export type FunnelAdjustedLimitBasis = 'inflate' | 'normal';

/** The same words as a measure's improvement direction. */
export type FunnelImprovementDirection = 'increase' | 'decrease' | 'neutral';

export type FunnelBand = 'within' | 'alert_high' | 'alert_low' | 'alarm_high' | 'alarm_low';

export type FunnelAssessment = 'good' | 'bad' | 'neutral';

/** One input row. Rows sharing an id are summed into one organisation. */
export interface FunnelRow {
  id: string;
  numerator: number;
  denominator: number;
}

export interface FunnelOverdispersionOptions {
  adjustment: FunnelOverdispersionAdjustment;
  estimator: FunnelOverdispersionEstimator;
  /** Fraction trimmed at each end (0.1 = 10 % / 90 %). */
  trim: number;
  adjustedLimits: FunnelAdjustedLimitBasis;
}

export interface FunnelCompatibilityOptions {
  /** Reproduce FunnelPlotR issue #33: square-root (CQC) adjusted limits left on the square-root scale. */
  funnelplotrUnsquaredSqrtLimits: boolean;
  /** FunnelPlotR's `SHMI_rounding`: expected counts rounded to 2 dp for log-scale ratios. */
  funnelplotrShmiRounding: boolean;
  /**
   * Exact limits: interpolate the upper limit on the CDF exactly as the lower one (Spiegelhalter 2005 A.1.1
   * read literally), which flags one event earlier than the exact test. Off by default.
   */
  spiegelhalterCdfUpperLimit: boolean;
}

export interface FunnelCurveOptions {
  /** Grid points between the smallest and largest denominator, added to every organisation's own. */
  points: number;
  from?: number;
  to?: number;
}

export interface FunnelOptions {
  /** Target in display units (× multiplier). Default: pooled Σnumerator / Σdenominator, or 1 for ratios. */
  target?: number;
  /** Display multiplier, e.g. 100 for percentages, 1000 for a rate per 1,000 bed days. */
  multiplier: number;
  /** Two-sided coverage of each pair of limits. Always includes the alert and alarm levels. */
  limitLevels: number[];
  alertLevel: number;
  alarmLevel: number;
  limitMethod: FunnelLimitMethod;
  zScoreScale: FunnelZScoreScale;
  overdispersion: FunnelOverdispersionOptions;
  compatibility: FunnelCompatibilityOptions;
  improvementDirection: FunnelImprovementDirection;
  curve: FunnelCurveOptions;
}

/** What a caller may pass: every option is optional and defaults are filled in by the engine. */
export interface FunnelOptionsInput {
  target?: number;
  multiplier?: number;
  limitLevels?: number[];
  alertLevel?: number;
  alarmLevel?: number;
  limitMethod?: FunnelLimitMethod;
  zScoreScale?: FunnelZScoreScale;
  overdispersion?: Partial<FunnelOverdispersionOptions>;
  compatibility?: Partial<FunnelCompatibilityOptions>;
  improvementDirection?: FunnelImprovementDirection;
  curve?: Partial<FunnelCurveOptions>;
}

export interface FunnelInput {
  dataType: FunnelDataType;
  rows: readonly FunnelRow[];
  options?: FunnelOptionsInput;
}

/** A pair of limits at one coverage level, in display units. */
export interface FunnelLimit {
  level: number;
  lower: number;
  upper: number;
}

export interface FunnelOrganisationResult {
  id: string;
  /** Number of input rows summed into this organisation. */
  rows: number;
  numerator: number;
  denominator: number;
  /** numerator / denominator × multiplier. */
  value: number;
  /** z-score on the transformed scale, before any over-dispersion adjustment. */
  zScore: number;
  /** z-score after the applied adjustment; equal to zScore when none is applied. */
  zScoreAdjusted: number;
  /** Limits at this organisation's denominator that decide its band (adjusted when an adjustment is applied). */
  limits: FunnelLimit[];
  unadjustedLimits: FunnelLimit[];
  band: FunnelBand;
  /** Whether the side it falls on is good or bad for the measure; null when within. */
  assessment: FunnelAssessment | null;
  /** Winsorised or truncated when estimating over-dispersion. */
  trimmed: boolean;
}

export interface FunnelOverdispersionResult {
  adjustment: FunnelOverdispersionAdjustment;
  estimator: FunnelOverdispersionEstimator;
  trim: number;
  /** Dispersion ratio: mean squared (winsorised or truncated) z-score; null when no z-score was left to use. */
  phi: number | null;
  /** Between-organisation variance on the z-score scale (DerSimonian–Laird style). */
  tau2: number;
  applied: boolean;
  organisationsUsed: number;
  reason: string;
}

export interface FunnelCurveLimit {
  level: number;
  lower: number[];
  upper: number[];
}

export interface FunnelCurves {
  denominators: number[];
  /** Limits that decide bands (adjusted when applied). */
  limits: FunnelCurveLimit[];
  unadjustedLimits: FunnelCurveLimit[];
}

export interface FunnelMethodDescription {
  dataType: FunnelDataType;
  limitMethod: FunnelLimitMethod;
  zScoreScale: FunnelZScoreScale;
  adjustment: FunnelOverdispersionAdjustment;
  description: string;
}

export interface FunnelResult {
  engineVersion: string;
  method: FunnelMethodDescription;
  options: FunnelOptions;
  /** Target in display units. */
  target: number;
  targetSource: 'given' | 'pooled' | 'default';
  overdispersion: FunnelOverdispersionResult;
  organisations: FunnelOrganisationResult[];
  curves: FunnelCurves;
  bandCounts: Record<FunnelBand, number>;
  warnings: string[];
}
