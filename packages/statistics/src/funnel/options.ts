import type { FunnelInputIssue } from './errors.js';
import type { FunnelDataType, FunnelOptions, FunnelOptionsInput, FunnelZScoreScale } from './types.js';

export const DEFAULT_LIMIT_LEVELS: readonly number[] = [0.95, 0.998];

function defaultScale(dataType: FunnelDataType): FunnelZScoreScale {
  return dataType === 'proportion' ? 'arcsine' : 'log';
}

/** Fill in defaults. Validation is separate so that every problem is reported at once. */
export function resolveFunnelOptions(
  dataType: FunnelDataType,
  input: FunnelOptionsInput = {},
): FunnelOptions {
  const alertLevel = input.alertLevel ?? 0.95;
  const alarmLevel = input.alarmLevel ?? 0.998;
  const levels = new Set<number>([...(input.limitLevels ?? DEFAULT_LIMIT_LEVELS), alertLevel, alarmLevel]);
  const options: FunnelOptions = {
    multiplier: input.multiplier ?? 1,
    limitLevels: [...levels].sort((a, b) => a - b),
    alertLevel,
    alarmLevel,
    limitMethod: input.limitMethod ?? 'exact',
    zScoreScale: input.zScoreScale ?? defaultScale(dataType),
    overdispersion: {
      adjustment: input.overdispersion?.adjustment ?? 'none',
      estimator: input.overdispersion?.estimator ?? 'winsorised',
      trim: input.overdispersion?.trim ?? 0.1,
      // FunnelPlotR and SHMI draw adjusted limits straight from the normal model on the z-score scale.
      adjustedLimits:
        input.overdispersion?.adjustedLimits ?? (input.limitMethod === 'funnelplotr' ? 'normal' : 'inflate'),
    },
    compatibility: {
      funnelplotrUnsquaredSqrtLimits: input.compatibility?.funnelplotrUnsquaredSqrtLimits ?? false,
      funnelplotrShmiRounding: input.compatibility?.funnelplotrShmiRounding ?? false,
      spiegelhalterCdfUpperLimit: input.compatibility?.spiegelhalterCdfUpperLimit ?? false,
    },
    improvementDirection: input.improvementDirection ?? 'neutral',
    curve: { points: input.curve?.points ?? 100 },
  };
  if (input.target !== undefined) options.target = input.target;
  if (input.curve?.from !== undefined) options.curve.from = input.curve.from;
  if (input.curve?.to !== undefined) options.curve.to = input.curve.to;
  return options;
}

function isLevel(value: number): boolean {
  return Number.isFinite(value) && value > 0 && value < 1;
}

export function validateFunnelOptions(dataType: FunnelDataType, options: FunnelOptions): FunnelInputIssue[] {
  const issues: FunnelInputIssue[] = [];
  const add = (pointer: string, detail: string) => issues.push({ pointer: `/options${pointer}`, detail });

  if (!(Number.isFinite(options.multiplier) && options.multiplier > 0)) {
    add('/multiplier', 'multiplier must be a positive number');
  }
  options.limitLevels.forEach((level, i) => {
    if (!isLevel(level)) add(`/limitLevels/${i}`, 'limit levels must lie strictly between 0 and 1');
  });
  if (!isLevel(options.alertLevel)) add('/alertLevel', 'alertLevel must lie strictly between 0 and 1');
  if (!isLevel(options.alarmLevel)) add('/alarmLevel', 'alarmLevel must lie strictly between 0 and 1');
  if (!(options.alarmLevel > options.alertLevel))
    add('/alarmLevel', 'alarmLevel must be wider than alertLevel');

  if (options.limitMethod === 'wilson' && dataType !== 'proportion') {
    add('/limitMethod', 'Wilson-score limits apply to proportions only');
  }
  if (dataType === 'proportion' && options.zScoreScale !== 'arcsine') {
    add('/zScoreScale', 'proportions use the arcsine z-score scale');
  }
  if (dataType !== 'proportion' && options.zScoreScale === 'arcsine') {
    add('/zScoreScale', 'ratios and rates use the log (SHMI) or sqrt (CQC) z-score scale');
  }
  const { trim } = options.overdispersion;
  if (!(Number.isFinite(trim) && trim >= 0 && trim < 0.5)) {
    add('/overdispersion/trim', 'trim must be at least 0 and below 0.5');
  }
  if (options.overdispersion.estimator === 'truncated' && !(trim > 0)) {
    add('/overdispersion/trim', 'SHMI truncation needs a positive trim');
  }
  if (options.target !== undefined) {
    const unit = options.target / options.multiplier;
    if (!(Number.isFinite(unit) && unit > 0)) add('/target', 'target must be a positive number');
    else if (dataType === 'proportion' && !(unit < 1)) {
      add('/target', 'a proportion target must be below 1 (× multiplier)');
    }
  }
  const { points, from, to } = options.curve;
  if (!(Number.isInteger(points) && points >= 2)) add('/curve/points', 'curve points must be an integer ≥ 2');
  if (from !== undefined && !(Number.isFinite(from) && from > 0))
    add('/curve/from', 'curve.from must be positive');
  if (to !== undefined && !(Number.isFinite(to) && to > 0)) add('/curve/to', 'curve.to must be positive');
  if (from !== undefined && to !== undefined && !(to >= from))
    add('/curve/to', 'curve.to must not be below curve.from');
  return issues;
}
