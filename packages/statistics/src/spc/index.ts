/**
 * SPC engine: Making Data Count XmR (NHSRplotthedots 0.2.2) and qicharts2 0.8.1 (Anhøj)
 * control and run charts. Pure computation, no I/O.
 */
export { analyseSpc, SHORT_PHASE_THRESHOLD, SPC_ENGINE_NAME, SPC_ENGINE_VERSION } from './analyse.js';
export { anhoejRunsAnalysis, crossingsLimit, longestRunLimit, type RunsAnalysisFigures } from './anhoej.js';
export { isSpcInputError, SpcInputError } from './errors.js';
export { assuranceIcon, classifySignal, labellingRule, variationIcon } from './icons.js';
export { DEFAULT_MINIMUM_POINTS_FOR_ICONS, MDC_MINIMUM_BASELINE, resolveOptions } from './series.js';
export { D2, MDC_LIMIT_CONSTANT, MDC_TWO_SIGMA_CONSTANT, MOVING_RANGE_SCREEN_CONSTANT } from './stats.js';
export {
  ANHOEJ_CHART_TYPES,
  type AssuranceIcon,
  type ChartType,
  type ImprovementDirection,
  MDC_CHART_TYPES,
  type PointClassification,
  type PointNote,
  RATIO_CHART_TYPES,
  type ResolvedSpcOptions,
  RULE_PRECEDENCE,
  type RuleFamily,
  type RunsAnalysis,
  type SpcEngineInfo,
  type SpcInputPoint,
  type SpcOptions,
  type SpcPhaseResult,
  type SpcPointResult,
  type SpcResult,
  type SpcWarning,
  type SpcWarningCode,
  type SpecialCauseRule,
  type VariationIcon,
} from './types.js';
