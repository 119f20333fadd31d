import { type AggregatedOrganisation, aggregateRows, validateRows } from './aggregate.js';
import { bandAssessment, funnelBand } from './bands.js';
import { normalQuantile } from './distributions.js';
import { FunnelInputError, type FunnelInputIssue } from './errors.js';
import { normalLimit, wilsonLimit } from './limits-approx.js';
import { binomialInterpolatedCounts, poissonInterpolatedCounts } from './limits-exact.js';
import { arcsineLimit, chiSquarePoissonLimit } from './limits-funnelplotr.js';
import { resolveFunnelOptions, validateFunnelOptions } from './options.js';
import { betweenVariance, dispersionRatio, trimZScores } from './overdispersion.js';
import { type ZScale, zScale, zScore } from './transforms.js';
import type {
  FunnelBand,
  FunnelCurveLimit,
  FunnelDataType,
  FunnelInput,
  FunnelLimit,
  FunnelOptions,
  FunnelOrganisationResult,
  FunnelOverdispersionResult,
  FunnelResult,
} from './types.js';
import { FUNNEL_ENGINE_VERSION } from './version.js';

/** Below this many organisations the dispersion estimate rests on too few z-scores to trust. */
const FEW_ORGANISATIONS = 10;

interface LimitContext {
  dataType: FunnelDataType;
  options: FunnelOptions;
  target: number;
  levels: readonly number[];
  /** Ascending tail probabilities: lower tails for levels widest first, then upper tails narrowest first. */
  probabilities: readonly number[];
  /** Upper-tail standard normal quantile for each level. */
  z: readonly number[];
  scale: ZScale;
}

/**
 * Limits for every distinct denominator live in one flat table (typed-array allocation per denominator
 * dominated the run time through garbage collection). Each slot holds, on the unit scale,
 * [unadjusted lower by level, unadjusted upper by level, adjusted lower by level, adjusted upper by level].
 */
type LimitTable = Float64Array;

function unadjustedLimits(ctx: LimitContext, n: number, out: LimitTable, at: number): void {
  const k = ctx.levels.length;
  const { target, dataType } = ctx;
  switch (ctx.options.limitMethod) {
    case 'exact': {
      const counts =
        dataType === 'proportion'
          ? binomialInterpolatedCounts(n, target, ctx.probabilities)
          : poissonInterpolatedCounts(target * n, ctx.probabilities);
      // Upper limits: one event above the CDF-interpolated value (see upperLimitFromCdfInterpolation),
      // capped at n for proportions, unless the literal formula was asked for.
      const shift = ctx.options.compatibility.spiegelhalterCdfUpperLimit ? 0 : 1;
      const cap = dataType === 'proportion' ? n : Number.POSITIVE_INFINITY;
      for (let i = 0; i < k; i += 1) {
        out[at + i] = (counts[k - 1 - i] as number) / n;
        out[at + k + i] = Math.min(cap, (counts[k + i] as number) + shift) / n;
      }
      return;
    }
    case 'funnelplotr':
      for (let i = 0; i < k; i += 1) {
        const z = ctx.z[i] as number;
        if (dataType === 'proportion') {
          out[at + i] = arcsineLimit(target, n, -z);
          out[at + k + i] = arcsineLimit(target, n, z);
        } else {
          const tail = (1 - (ctx.levels[i] as number)) / 2;
          out[at + i] = chiSquarePoissonLimit(target, n, tail, 'lower');
          out[at + k + i] = chiSquarePoissonLimit(target, n, 1 - tail, 'upper');
        }
      }
      return;
    case 'normal':
      for (let i = 0; i < k; i += 1) {
        const z = ctx.z[i] as number;
        out[at + i] = normalLimit(dataType, target, n, -z);
        out[at + k + i] = normalLimit(dataType, target, n, z);
      }
      return;
    case 'wilson':
      for (let i = 0; i < k; i += 1) {
        const z = ctx.z[i] as number;
        out[at + i] = wilsonLimit(target, n, -z);
        out[at + k + i] = wilsonLimit(target, n, z);
      }
      return;
  }
}

interface AppliedAdjustment {
  kind: 'multiplicative' | 'additive';
  phi: number;
  tau2: number;
}

function adjustedLimits(
  ctx: LimitContext,
  n: number,
  adjustment: AppliedAdjustment,
  out: LimitTable,
  at: number,
): void {
  const k = ctx.levels.length;
  const { scale, target } = ctx;
  const s = scale.standardError(n, target);
  const centre = scale.transform(target);
  const { overdispersion, compatibility } = ctx.options;
  if (overdispersion.adjustedLimits === 'inflate') {
    // Stretch each unadjusted limit's distance from the target on the z-score scale by the same factor the
    // standard error grows by, so exact limits stay exact in shape and can only get wider.
    const factor =
      adjustment.kind === 'additive' ? Math.sqrt(1 + adjustment.tau2 / (s * s)) : Math.sqrt(adjustment.phi);
    for (let i = 0; i < 2 * k; i += 1) {
      const y = scale.transform(out[at + i] as number);
      out[at + 2 * k + i] = scale.inverse(centre + factor * (y - centre));
    }
    return;
  }
  const sd =
    adjustment.kind === 'additive' ? Math.sqrt(s * s + adjustment.tau2) : Math.sqrt(adjustment.phi) * s;
  const unsquared = scale.name === 'sqrt' && compatibility.funnelplotrUnsquaredSqrtLimits;
  for (let i = 0; i < k; i += 1) {
    const half = (ctx.z[i] as number) * sd;
    out[at + 2 * k + i] = unsquared ? centre - half : scale.inverse(centre - half);
    out[at + 3 * k + i] = unsquared ? centre + half : scale.inverse(centre + half);
  }
}

function pooledTarget(organisations: readonly AggregatedOrganisation[]): number {
  let numerator = 0;
  let denominator = 0;
  for (const o of organisations) {
    numerator += o.numerator;
    denominator += o.denominator;
  }
  return numerator / denominator;
}

function targetIssues(dataType: FunnelDataType, target: number, given: boolean): FunnelInputIssue[] {
  if (given) return [];
  if (!(target > 0)) {
    return [
      {
        pointer: '/rows',
        detail: 'no organisation has any events, so the pooled target is 0 and there is no funnel',
      },
    ];
  }
  if (dataType === 'proportion' && !(target < 1)) {
    return [
      {
        pointer: '/rows',
        detail: 'every case is an event, so the pooled proportion is 1 and there is no funnel',
      },
    ];
  }
  return [];
}

/**
 * Denominators at which limits are computed: every organisation's own plus a log-spaced grid (the funnel
 * changes fastest at small denominators), ascending and distinct. Sorting a typed array keeps this cheap
 * for 10,000 organisations.
 */
function curveDenominators(
  ctx: LimitContext,
  organisations: readonly AggregatedOrganisation[],
): Float64Array {
  const own = new Float64Array(organisations.length);
  organisations.forEach((o, i) => {
    own[i] = o.denominator;
  });
  own.sort();
  const from = ctx.options.curve.from ?? (own[0] as number);
  const to = ctx.options.curve.to ?? (own[own.length - 1] as number);
  const wholeOnly = ctx.dataType === 'proportion' && ctx.options.limitMethod === 'exact';
  const count = ctx.options.curve.points;
  const all = new Float64Array(own.length + count);
  all.set(own);
  const logFrom = Math.log(from);
  const step = (Math.log(to) - logFrom) / (count - 1);
  for (let i = 0; i < count; i += 1) {
    const x = i === count - 1 ? to : Math.exp(logFrom + i * step);
    all[own.length + i] = wholeOnly ? Math.max(1, Math.round(x)) : x;
  }
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i += 1) {
    if (i === 0 || all[i] !== all[distinct - 1]) {
      all[distinct] = all[i] as number;
      distinct += 1;
    }
  }
  return all.subarray(0, distinct);
}

/** Index of n in an ascending array that contains it. */
function indexOfSorted(sorted: Float64Array, n: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function describeMethod(ctx: LimitContext, applied: AppliedAdjustment | null): string {
  const { dataType, options } = ctx;
  const limits: Record<FunnelOptions['limitMethod'], string> = {
    exact:
      dataType === 'proportion'
        ? 'exact binomial limits with Spiegelhalter (2005) interpolation'
        : 'exact Poisson limits with Spiegelhalter (2005) interpolation',
    funnelplotr:
      dataType === 'proportion'
        ? 'arcsine-scale normal limits as in FunnelPlotR 0.6.0'
        : 'chi-square Poisson limits as in FunnelPlotR 0.6.0',
    normal: 'normal-approximation limits',
    wilson: 'Wilson-score limits as in PHEindicatormethods',
  };
  const { adjustment, estimator, trim, adjustedLimits: basis } = options.overdispersion;
  const trimText = `${estimator === 'winsorised' ? 'winsorised' : 'SHMI-truncated'} ${trim * 100}% each end`;
  const adjustmentText =
    adjustment === 'none'
      ? 'no over-dispersion adjustment requested'
      : `${adjustment} over-dispersion adjustment (φ from ${trimText}; ${basis === 'inflate' ? 'unadjusted limits inflated on the z-score scale' : 'normal limits on the z-score scale'})${applied ? '' : ', not applied because φ ≤ 1'}`;
  return `${limits[options.limitMethod]}; z-scores on the ${options.zScoreScale} scale; ${adjustmentText}`;
}

/**
 * Compare organisations on one measure with a funnel plot (Spiegelhalter 2005): limits around the target
 * at each organisation's own denominator, z-scores, optional over-dispersion adjustment and a band per
 * organisation, plus funnel curves for drawing. Pure: no I/O, no clock, no randomness.
 *
 * @throws FunnelInputError listing every bad row or option, each with a JSON pointer.
 */
export function analyseFunnel(input: FunnelInput): FunnelResult {
  const { dataType, rows } = input;
  const options = resolveFunnelOptions(dataType, input.options);
  const exactBinomial = dataType === 'proportion' && options.limitMethod === 'exact';
  const issues = [
    ...validateFunnelOptions(dataType, options),
    ...validateRows(dataType, rows, exactBinomial),
  ];
  if (issues.length > 0) throw new FunnelInputError(issues);

  const organisations = aggregateRows(rows);
  const warnings: string[] = [];
  if (
    options.compatibility.funnelplotrShmiRounding &&
    dataType === 'ratio' &&
    options.zScoreScale === 'log'
  ) {
    for (const o of organisations) o.denominator = Math.round(o.denominator * 100) / 100;
    const lost = organisations.filter((o) => o.denominator === 0).map((o) => o.id);
    if (lost.length > 0) {
      throw new FunnelInputError(
        lost.map((id) => ({ pointer: '/rows', detail: `organisation ${id}: expected count rounds to 0.00` })),
      );
    }
  }

  const given = options.target !== undefined;
  const target =
    options.target !== undefined
      ? options.target / options.multiplier
      : dataType === 'ratio'
        ? 1
        : pooledTarget(organisations);
  const badTarget = targetIssues(dataType, target, given);
  if (badTarget.length > 0) throw new FunnelInputError(badTarget);

  const levels = options.limitLevels;
  const ctx: LimitContext = {
    dataType,
    options,
    target,
    levels,
    probabilities: [...[...levels].reverse().map((l) => (1 - l) / 2), ...levels.map((l) => 1 - (1 - l) / 2)],
    z: levels.map((l) => normalQuantile(1 - (1 - l) / 2)),
    scale: zScale(options.zScoreScale),
  };
  const count = organisations.length;
  if (count < FEW_ORGANISATIONS) {
    warnings.push(
      `Only ${count} organisation${count === 1 ? '' : 's'}: the over-dispersion estimate rests on too few z-scores to be reliable.`,
    );
  }

  // z-scores and over-dispersion
  const z = organisations.map((o) => zScore(ctx.scale, o.numerator, o.denominator, target));
  const { estimator, trim, adjustment: requested } = options.overdispersion;
  const trimmed = trimZScores(z, estimator, trim);
  const phi = dispersionRatio(trimmed.used);
  const usedStandardErrors = trimmed.usedIndex.map((i) =>
    ctx.scale.standardError((organisations[i] as AggregatedOrganisation).denominator, target),
  );
  const tau2 = betweenVariance(phi, usedStandardErrors);
  let applied: AppliedAdjustment | null = null;
  let reason: string;
  if (requested === 'none') {
    reason = 'no adjustment requested';
  } else if (trimmed.used.length < 2) {
    reason = 'fewer than 2 organisations left to estimate over-dispersion';
  } else if (!(phi > 1)) {
    reason = `φ = ${phi.toPrecision(4)} ≤ 1: no over-dispersion, unadjusted limits used`;
  } else if (requested === 'additive' && !(tau2 > 0)) {
    reason = 'τ² = 0: no between-organisation variance, unadjusted limits used';
  } else {
    applied = { kind: requested, phi, tau2 };
    reason =
      requested === 'additive'
        ? `φ = ${phi.toPrecision(4)} > 1: limits from s² + τ² with τ² = ${tau2.toPrecision(4)}`
        : `φ = ${phi.toPrecision(4)} > 1: limits widened by √φ = ${Math.sqrt(phi).toPrecision(4)}`;
  }
  const overdispersion: FunnelOverdispersionResult = {
    adjustment: requested,
    estimator,
    trim,
    phi: Number.isFinite(phi) ? phi : null,
    tau2,
    applied: applied !== null,
    organisationsUsed: trimmed.used.length,
    reason,
  };

  const k = levels.length;
  const width = 4 * k;
  // Limits depend only on the denominator, so they are computed once per distinct denominator on the curve,
  // which includes every organisation's own.
  const denominators = curveDenominators(ctx, organisations);
  const table: LimitTable = new Float64Array(width * denominators.length);
  for (let d = 0; d < denominators.length; d += 1) {
    const n = denominators[d] as number;
    const at = d * width;
    unadjustedLimits(ctx, n, table, at);
    if (applied) adjustedLimits(ctx, n, applied, table, at);
    else table.copyWithin(at + 2 * k, at, at + 2 * k);
  }

  const m = options.multiplier;
  const alert = levels.indexOf(options.alertLevel);
  const alarm = levels.indexOf(options.alarmLevel);
  const bandCounts: Record<FunnelBand, number> = {
    within: 0,
    alert_high: 0,
    alert_low: 0,
    alarm_high: 0,
    alarm_low: 0,
  };
  const results: FunnelOrganisationResult[] = organisations.map((o, index) => {
    const n = o.denominator;
    const at = indexOfSorted(denominators, n) * width;
    const unadjusted: FunnelLimit[] = [];
    for (let i = 0; i < k; i += 1) {
      unadjusted.push({
        level: levels[i] as number,
        lower: (table[at + i] as number) * m,
        upper: (table[at + k + i] as number) * m,
      });
    }
    // Unadjusted limits decide the band when no adjustment is applied; share them rather than copy.
    let limits = unadjusted;
    if (applied) {
      limits = [];
      for (let i = 0; i < k; i += 1) {
        const lower = (table[at + 2 * k + i] as number) * m;
        limits.push({ level: levels[i] as number, lower, upper: (table[at + 3 * k + i] as number) * m });
      }
    }
    const value = (o.numerator / n) * m;
    const band = funnelBand(value, limits[alert] as FunnelLimit, limits[alarm] as FunnelLimit);
    bandCounts[band] += 1;
    const unadjustedZ = z[index] as number;
    let adjustedZ = unadjustedZ;
    if (applied) {
      const s = ctx.scale.standardError(n, target);
      adjustedZ =
        applied.kind === 'additive'
          ? (unadjustedZ * s) / Math.sqrt(s * s + applied.tau2)
          : unadjustedZ / Math.sqrt(applied.phi);
    }
    return {
      id: o.id,
      rows: o.rows,
      numerator: o.numerator,
      denominator: n,
      value,
      zScore: unadjustedZ,
      zScoreAdjusted: adjustedZ,
      limits,
      unadjustedLimits: unadjusted,
      band,
      assessment: bandAssessment(band, options.improvementDirection),
      trimmed: trimmed.trimmed[index] as boolean,
    };
  });

  const points = denominators.length;
  const column = (offset: number): number[] => {
    const values = new Array<number>(points);
    for (let d = 0; d < points; d += 1) values[d] = (table[d * width + offset] as number) * m;
    return values;
  };
  const curveLimits: FunnelCurveLimit[] = levels.map((level, i) => ({
    level,
    lower: column(2 * k + i),
    upper: column(3 * k + i),
  }));
  const curveUnadjusted: FunnelCurveLimit[] = levels.map((level, i) => ({
    level,
    lower: column(i),
    upper: column(k + i),
  }));

  return {
    engineVersion: FUNNEL_ENGINE_VERSION,
    method: {
      dataType,
      limitMethod: options.limitMethod,
      zScoreScale: options.zScoreScale,
      adjustment: requested,
      description: describeMethod(ctx, applied),
    },
    options,
    target: target * m,
    targetSource: given ? 'given' : dataType === 'ratio' ? 'default' : 'pooled',
    overdispersion,
    organisations: results,
    curves: {
      denominators: Array.from(denominators),
      limits: curveLimits,
      unadjustedLimits: curveUnadjusted,
    },
    bandCounts,
    warnings,
  };
}
