import { SpcInputError } from './errors.js';
import {
  ANHOEJ_CHART_TYPES,
  MDC_CHART_TYPES,
  type PointNote,
  RATIO_CHART_TYPES,
  type ResolvedSpcOptions,
  type SpcInputPoint,
  type SpcOptions,
} from './types.js';

/** MDC: limits need at least 12 points (NHSRplotthedots `fix_after_n_points` must be >= 12). */
export const MDC_MINIMUM_BASELINE = 12;
export const DEFAULT_MINIMUM_POINTS_FOR_ICONS = 13;

/** The series in period order, as typed arrays, with phases and baseline marked. */
export interface PreparedSeries {
  n: number;
  periods: string[];
  /** Sorted position -> position in the caller's `points`. */
  inputIndex: Int32Array;
  /** Plotted quantity before any chart transform; NaN when missing. */
  y: Float64Array;
  numerator: Float64Array;
  denominator: Float64Array;
  notes: (PointNote | null)[];
  /** Phase k covers [phaseStart[k], phaseEnd[k]). */
  phaseStart: number[];
  phaseEnd: number[];
  phaseOf: Int32Array;
  baseline: Uint8Array;
  excluded: Uint8Array;
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

export function resolveOptions(options: SpcOptions): ResolvedSpcOptions {
  const { ruleFamily, chart } = options;
  if (ruleFamily !== 'mdc' && ruleFamily !== 'anhoej') {
    throw new SpcInputError('/ruleFamily', 'ruleFamily must be "mdc" or "anhoej"');
  }
  const allowed = ruleFamily === 'mdc' ? MDC_CHART_TYPES : ANHOEJ_CHART_TYPES;
  if (!allowed.includes(chart)) {
    throw new SpcInputError(
      '/chart',
      `chart "${String(chart)}" is not available in the ${ruleFamily} rule family (use ${allowed.join(', ')})`,
    );
  }
  const direction = options.improvementDirection ?? (ruleFamily === 'mdc' ? 'increase' : 'neutral');
  if (direction !== 'increase' && direction !== 'decrease' && direction !== 'neutral') {
    throw new SpcInputError('/improvementDirection', 'must be increase, decrease or neutral');
  }
  const target = options.target ?? null;
  if (target !== null && !isFiniteNumber(target)) {
    throw new SpcInputError('/target', 'target must be a finite number');
  }
  const baselineLength = options.baselineLength ?? null;
  if (baselineLength !== null) {
    if (!Number.isInteger(baselineLength) || baselineLength < 1) {
      throw new SpcInputError('/baselineLength', 'baselineLength must be a positive integer');
    }
    if (ruleFamily === 'mdc' && baselineLength < MDC_MINIMUM_BASELINE) {
      throw new SpcInputError(
        '/baselineLength',
        `Making Data Count limits need a baseline of at least ${MDC_MINIMUM_BASELINE} points`,
      );
    }
    if (chart === 'mr' || chart === 'i' || chart === 't' || chart === 'pp' || chart === 'up') {
      if (baselineLength < 2) {
        throw new SpcInputError(
          '/baselineLength',
          'a moving-range based chart needs a baseline of at least 2',
        );
      }
    }
  }
  const runLength = options.runLength ?? 7;
  if (runLength !== 6 && runLength !== 7) {
    throw new SpcInputError('/runLength', 'runLength must be 6 or 7');
  }
  const minimumPointsForIcons = options.minimumPointsForIcons ?? DEFAULT_MINIMUM_POINTS_FOR_ICONS;
  if (!Number.isInteger(minimumPointsForIcons) || minimumPointsForIcons < 1) {
    throw new SpcInputError('/minimumPointsForIcons', 'minimumPointsForIcons must be a positive integer');
  }
  const multiplier = options.multiplier ?? 1;
  if (!isFiniteNumber(multiplier) || multiplier <= 0) {
    throw new SpcInputError('/multiplier', 'multiplier must be a positive number');
  }
  if (ruleFamily === 'mdc' && options.exclude !== undefined && options.exclude.length > 0) {
    throw new SpcInputError('/exclude', 'exclude is an Anhøj-family option (qicharts2 `exclude`)');
  }
  return {
    ruleFamily,
    chart,
    improvementDirection: direction,
    target,
    baselineLength,
    recalculateAt: [...(options.recalculateAt ?? [])],
    screenMovingRanges: options.screenMovingRanges ?? true,
    runLength,
    twoOfThreeIncludesBeyondLimits: options.twoOfThreeIncludesBeyondLimits ?? false,
    minimumPointsForIcons,
    multiplier,
    exclude: [...(options.exclude ?? [])],
  };
}

function checkCount(v: unknown, pointer: string, what: string): number {
  if (v === null || v === undefined) return Number.NaN;
  if (!isFiniteNumber(v)) throw new SpcInputError(pointer, `${what} must be a finite number or null`);
  if (v < 0) throw new SpcInputError(pointer, `${what} must not be negative`);
  return v;
}

export function prepareSeries(points: readonly SpcInputPoint[], options: ResolvedSpcOptions): PreparedSeries {
  const n = points.length;
  if (n === 0) throw new SpcInputError('/points', 'the series has no points');
  const { chart } = options;
  const ratioChart = RATIO_CHART_TYPES.includes(chart);

  for (let i = 0; i < n; i++) {
    const period = points[i]?.period;
    if (typeof period !== 'string' || period.length === 0) {
      throw new SpcInputError(`/points/${i}/period`, 'period must be a non-empty string');
    }
  }
  // ISO dates sort as strings; a stable sort keeps the caller's order when already sorted.
  const order = Array.from({ length: n }, (_, i) => i);
  let sorted = true;
  for (let i = 1; i < n; i++) {
    if (points[i]!.period < points[i - 1]!.period) {
      sorted = false;
      break;
    }
  }
  if (!sorted) {
    order.sort((a, b) =>
      points[a]!.period < points[b]!.period ? -1 : points[a]!.period > points[b]!.period ? 1 : a - b,
    );
  }
  const periods = new Array<string>(n);
  const inputIndex = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    inputIndex[k] = i;
    periods[k] = points[i]!.period;
    if (k > 0 && periods[k] === periods[k - 1]) {
      const first = Math.min(i, inputIndex[k - 1]!);
      const dup = Math.max(i, inputIndex[k - 1]!);
      throw new SpcInputError(
        `/points/${dup}/period`,
        `duplicate period ${periods[k]} (also at /points/${first}/period); one value per period`,
      );
    }
  }

  const y = new Float64Array(n);
  const numerator = new Float64Array(n).fill(Number.NaN);
  const denominator = new Float64Array(n).fill(Number.NaN);
  const notes = new Array<PointNote | null>(n).fill(null);
  for (let k = 0; k < n; k++) {
    const i = inputIndex[k]!;
    const p = points[i]!;
    const hasRatio = p.numerator !== undefined || p.denominator !== undefined;
    if (ratioChart || (hasRatio && (p.value === undefined || p.value === null))) {
      if (ratioChart && p.value !== undefined && p.value !== null && !hasRatio) {
        throw new SpcInputError(`/points/${i}/numerator`, `chart ${chart} needs numerator and denominator`);
      }
      const num = checkCount(p.numerator, `/points/${i}/numerator`, 'numerator');
      const den = checkCount(p.denominator, `/points/${i}/denominator`, 'denominator');
      if ((chart === 'p' || chart === 'pp') && den > 0 && num > den) {
        throw new SpcInputError(
          `/points/${i}/numerator`,
          'a proportion numerator cannot exceed its denominator',
        );
      }
      numerator[k] = num;
      denominator[k] = den;
      if (Number.isNaN(num)) {
        notes[k] = 'missingValue';
        y[k] = Number.NaN;
      } else if (Number.isNaN(den)) {
        notes[k] = 'missingDenominator';
        y[k] = Number.NaN;
      } else if (den === 0) {
        notes[k] = 'zeroDenominator';
        y[k] = Number.NaN;
      } else {
        y[k] = num / den;
      }
      continue;
    }
    const v = p.value;
    if (v === null || v === undefined) {
      notes[k] = 'missingValue';
      y[k] = Number.NaN;
      continue;
    }
    if (!isFiniteNumber(v))
      throw new SpcInputError(`/points/${i}/value`, 'value must be a finite number or null');
    if ((chart === 'c' || chart === 'g') && v < 0) {
      throw new SpcInputError(`/points/${i}/value`, `chart ${chart} counts cannot be negative`);
    }
    if (chart === 't' && v <= 0) {
      // qicharts2 stops here too: the 1/3.6 power transform needs positive times.
      throw new SpcInputError(`/points/${i}/value`, 'time between events must be greater than zero');
    }
    y[k] = v;
  }

  const positionOf = new Map<string, number>();
  if (options.recalculateAt.length > 0 || options.exclude.length > 0) {
    for (let k = 0; k < n; k++) positionOf.set(periods[k]!, k);
  }

  const starts = new Set<number>([0]);
  options.recalculateAt.forEach((period, j) => {
    const k = positionOf.get(period);
    if (k === undefined) {
      throw new SpcInputError(
        `/recalculateAt/${j}`,
        `recalculation period ${period} is not a period of the series`,
      );
    }
    starts.add(k);
  });
  const phaseStart = [...starts].sort((a, b) => a - b);
  const phaseEnd = phaseStart.map((_, j) => phaseStart[j + 1] ?? n);
  const phaseOf = new Int32Array(n);
  const baseline = new Uint8Array(n);
  for (let j = 0; j < phaseStart.length; j++) {
    const s = phaseStart[j]!;
    const e = phaseEnd[j]!;
    const length = options.baselineLength;
    if (length !== null && length > e - s) {
      throw new SpcInputError(
        '/baselineLength',
        `baseline of ${length} points is longer than phase ${j + 1} (${periods[s]} to ${periods[e - 1]}, ${e - s} points)`,
      );
    }
    const baselineEnd = length === null ? e : s + length;
    for (let k = s; k < e; k++) {
      phaseOf[k] = j;
      baseline[k] = k < baselineEnd ? 1 : 0;
    }
  }

  const excluded = new Uint8Array(n);
  options.exclude.forEach((period, j) => {
    const k = positionOf.get(period);
    if (k === undefined)
      throw new SpcInputError(`/exclude/${j}`, `excluded period ${period} is not a period of the series`);
    excluded[k] = 1;
    if (notes[k] === null) notes[k] = 'excluded';
  });

  return {
    n,
    periods,
    inputIndex,
    y,
    numerator,
    denominator,
    notes,
    phaseStart,
    phaseEnd,
    phaseOf,
    baseline,
    excluded,
  };
}
