import { aggregateColumns, type OrganisationColumns, validateRows } from './aggregate.js';
import { bandAssessment } from './bands.js';
import { normalQuantile } from './distributions.js';
import { FunnelInputError, type FunnelInputIssue } from './errors.js';
import { normalLimit, wilsonLimit } from './limits-approx.js';
import { binomialInterpolatedCountsInto, poissonInterpolatedCountsInto } from './limits-exact.js';
import { arcsineLimit, chiSquarePoissonLimit } from './limits-funnelplotr.js';
import { resolveFunnelOptions, validateFunnelOptions } from './options.js';
import { betweenVariance, dispersionRatio } from './overdispersion.js';
import { type ZScale, zScale, zScore } from './transforms.js';
import { type TrimmedZScoreColumns, trimZScoreColumns } from './trim-columns.js';
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
  /** Scratch for exact counts, reused for every denominator rather than allocated per call. */
  counts: Float64Array;
  /** g(target) on the z-score scale, the same for every denominator. */
  centre: number;
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
      const { counts } = ctx;
      if (dataType === 'proportion') binomialInterpolatedCountsInto(n, target, ctx.probabilities, counts);
      else poissonInterpolatedCountsInto(target * n, ctx.probabilities, counts);
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
  const { centre } = ctx;
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

function pooledTarget(organisations: OrganisationColumns): number {
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < organisations.count; i += 1) {
    numerator += organisations.numerators[i] as number;
    denominator += organisations.denominators[i] as number;
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
 * changes fastest at small denominators), ascending and distinct. The organisations' denominators are
 * sorted once (a typed-array sort) and the grid, already ascending, is merged in; a grid that is not
 * ascending (e.g. curve.from above curve.to) is sorted in with the rest instead.
 */
function curveDenominators(ctx: LimitContext, organisations: OrganisationColumns): Float64Array {
  const own = organisations.denominators.slice().sort();
  const from = ctx.options.curve.from ?? (own[0] as number);
  const to = ctx.options.curve.to ?? (own[own.length - 1] as number);
  const wholeOnly = ctx.dataType === 'proportion' && ctx.options.limitMethod === 'exact';
  const count = ctx.options.curve.points;
  const grid = new Float64Array(count);
  const logFrom = Math.log(from);
  const step = (Math.log(to) - logFrom) / (count - 1);
  let ascending = true;
  for (let i = 0; i < count; i += 1) {
    const x = i === count - 1 ? to : Math.exp(logFrom + i * step);
    grid[i] = wholeOnly ? Math.max(1, Math.round(x)) : x;
    if (i > 0 && !((grid[i] as number) >= (grid[i - 1] as number))) ascending = false;
  }
  const all = new Float64Array(own.length + count);
  if (ascending) {
    let a = 0;
    let b = 0;
    for (let i = 0; i < all.length; i += 1) {
      if (b >= count || (a < own.length && (own[a] as number) <= (grid[b] as number))) {
        all[i] = own[a] as number;
        a += 1;
      } else {
        all[i] = grid[b] as number;
        b += 1;
      }
    }
  } else {
    all.set(own);
    all.set(grid, own.length);
    all.sort();
  }
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

/*
 * The hot loops live in small functions of their own rather than inline in analyseFunnel: V8 optimises
 * a long function with hot loops by on-stack replacement before its later, run-once code has type
 * feedback, and then throws the optimised code away again on each of the next few calls. Short functions
 * are optimised once and stay optimised.
 */

function zScores(scale: ZScale, organisations: OrganisationColumns, target: number): Float64Array {
  const { count, numerators, denominators } = organisations;
  const z = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    z[i] = zScore(scale, numerators[i] as number, denominators[i] as number, target);
  }
  return z;
}

/** Standard errors of the organisations that entered φ, in the order trimming used them. */
function usedStandardErrors(
  scale: ZScale,
  denominators: Float64Array,
  usedIndex: Int32Array | null,
  usedCount: number,
  target: number,
): Float64Array {
  const out = new Float64Array(usedCount);
  for (let u = 0; u < usedCount; u += 1) {
    const i = usedIndex === null ? u : (usedIndex[u] as number);
    out[u] = scale.standardError(denominators[i] as number, target);
  }
  return out;
}

/** Limits at every curve denominator (see LimitTable), already × multiplier. */
function limitTable(
  ctx: LimitContext,
  denominators: Float64Array,
  applied: AppliedAdjustment | null,
): LimitTable {
  const k = ctx.levels.length;
  const width = 4 * k;
  const table: LimitTable = new Float64Array(width * denominators.length);
  for (let d = 0; d < denominators.length; d += 1) {
    const n = denominators[d] as number;
    const at = d * width;
    unadjustedLimits(ctx, n, table, at);
    if (applied) adjustedLimits(ctx, n, applied, table, at);
    else table.copyWithin(at + 2 * k, at, at + 2 * k);
  }
  // Scale to display units once here; every organisation and curve point then reads the table as is
  // (the same product the per-organisation code used to form).
  const m = ctx.options.multiplier;
  for (let i = 0; i < table.length; i += 1) table[i] = (table[i] as number) * m;
  return table;
}

/** A plain array copy by index (Array.from goes through the iterator protocol and allocates per element). */
function toNumberArray(values: Float64Array): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i += 1) out[i] = values[i] as number;
  return out;
}

function tableColumn(table: LimitTable, width: number, offset: number): number[] {
  const points = table.length / width;
  const values = new Array<number>(points);
  for (let d = 0; d < points; d += 1) values[d] = table[d * width + offset] as number;
  return values;
}

function organisationResults(
  ctx: LimitContext,
  organisations: OrganisationColumns,
  denominators: Float64Array,
  table: LimitTable,
  z: Float64Array,
  trimmed: TrimmedZScoreColumns,
  applied: AppliedAdjustment | null,
): { results: FunnelOrganisationResult[]; bandCounts: Record<FunnelBand, number> } {
  const { levels, options, scale, target } = ctx;
  const { count, ids, numerators } = organisations;
  const ownDenominators = organisations.denominators;
  const k = levels.length;
  const width = 4 * k;
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
  // Adjusted limits (when applied) decide the band: their columns in the table.
  const decidingLower = applied ? 2 * k : 0;
  const decidingUpper = applied ? 3 * k : k;
  // The adjusted z-score's divisor for a multiplicative adjustment is the same for everyone.
  const sqrtPhi = applied ? Math.sqrt(applied.phi) : 1;
  const direction = options.improvementDirection;
  // Plain loop into a pre-sized array; each organisation costs exactly its result object, two exact-size
  // limit arrays and their FunnelLimit objects (the profile showed allocation/GC dominating after the limits).
  const results = new Array<FunnelOrganisationResult>(count);
  for (let index = 0; index < count; index += 1) {
    const n = ownDenominators[index] as number;
    const at = indexOfSorted(denominators, n) * width;
    const unadjusted = new Array<FunnelLimit>(k);
    for (let i = 0; i < k; i += 1) {
      unadjusted[i] = {
        level: levels[i] as number,
        lower: table[at + i] as number,
        upper: table[at + k + i] as number,
      };
    }
    // Unadjusted limits decide the band when no adjustment is applied; share them rather than copy.
    let limits = unadjusted;
    if (applied) {
      limits = new Array<FunnelLimit>(k);
      for (let i = 0; i < k; i += 1) {
        limits[i] = {
          level: levels[i] as number,
          lower: table[at + 2 * k + i] as number,
          upper: table[at + 3 * k + i] as number,
        };
      }
    }
    const numerator = numerators[index] as number;
    const value = (numerator / n) * m;
    // funnelBand on the table entries directly (same comparisons, inclusive limits).
    const band: FunnelBand =
      value > (table[at + decidingUpper + alarm] as number)
        ? 'alarm_high'
        : value < (table[at + decidingLower + alarm] as number)
          ? 'alarm_low'
          : value > (table[at + decidingUpper + alert] as number)
            ? 'alert_high'
            : value < (table[at + decidingLower + alert] as number)
              ? 'alert_low'
              : 'within';
    bandCounts[band] += 1;
    const unadjustedZ = z[index] as number;
    let adjustedZ = unadjustedZ;
    if (applied) {
      if (applied.kind === 'additive') {
        const s = scale.standardError(n, target);
        adjustedZ = (unadjustedZ * s) / Math.sqrt(s * s + applied.tau2);
      } else {
        adjustedZ = unadjustedZ / sqrtPhi;
      }
    }
    results[index] = {
      id: ids[index] as string,
      rows: organisations.rows[index] as number,
      numerator,
      denominator: n,
      value,
      zScore: unadjustedZ,
      zScoreAdjusted: adjustedZ,
      limits,
      unadjustedLimits: unadjusted,
      band,
      assessment: bandAssessment(band, direction),
      trimmed: trimmed.trimmed[index] === 1,
    };
  }
  return { results, bandCounts };
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

  const organisations = aggregateColumns(rows);
  const { count, ids, denominators: ownDenominators } = organisations;
  const warnings: string[] = [];
  if (
    options.compatibility.funnelplotrShmiRounding &&
    dataType === 'ratio' &&
    options.zScoreScale === 'log'
  ) {
    const lost: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const rounded = Math.round((ownDenominators[i] as number) * 100) / 100;
      ownDenominators[i] = rounded;
      if (rounded === 0) lost.push(ids[i] as string);
    }
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
    counts: new Float64Array(2 * levels.length),
    centre: zScale(options.zScoreScale).transform(target),
  };
  if (count < FEW_ORGANISATIONS) {
    warnings.push(
      `Only ${count} organisation${count === 1 ? '' : 's'}: the over-dispersion estimate rests on too few z-scores to be reliable.`,
    );
  }

  // z-scores and over-dispersion
  const { scale } = ctx;
  const z = zScores(scale, organisations, target);
  const { estimator, trim, adjustment: requested } = options.overdispersion;
  const trimmed = trimZScoreColumns(z, estimator, trim);
  const phi = dispersionRatio(trimmed.used);
  const usedCount = trimmed.used.length;
  const tau2 = betweenVariance(
    phi,
    usedStandardErrors(scale, ownDenominators, trimmed.usedIndex, usedCount, target),
  );
  let applied: AppliedAdjustment | null = null;
  let reason: string;
  if (requested === 'none') {
    reason = 'no adjustment requested';
  } else if (usedCount < 2) {
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
    organisationsUsed: usedCount,
    reason,
  };

  // Limits depend only on the denominator, so they are computed once per distinct denominator on the curve,
  // which includes every organisation's own.
  const denominators = curveDenominators(ctx, organisations);
  const table = limitTable(ctx, denominators, applied);
  const { results, bandCounts } = organisationResults(
    ctx,
    organisations,
    denominators,
    table,
    z,
    trimmed,
    applied,
  );

  const k = levels.length;
  const width = 4 * k;
  const column = (offset: number): number[] => tableColumn(table, width, offset);
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
    target: target * options.multiplier,
    targetSource: given ? 'given' : dataType === 'ratio' ? 'default' : 'pooled',
    overdispersion,
    organisations: results,
    curves: {
      denominators: toNumberArray(denominators),
      limits: curveLimits,
      unadjustedLimits: curveUnadjusted,
    },
    bandCounts,
    warnings,
  };
}
