import { type ChartLimits, emptyLimits, fillPhase, type PhaseLimits } from './limits.js';
import type { PreparedSeries } from './series.js';
import { D2, MOVING_RANGE_SCREEN_CONSTANT, meanMovingRange, meanOf, medianOf } from './stats.js';
import type { ResolvedSpcOptions } from './types.js';

/** Power transform for t charts (Montgomery; qicharts2 `qic.t`). */
const T_POWER = 3.6;
const NONE = Number.NaN;

function noLimits(centre: number): PhaseLimits {
  return {
    centre,
    lower: NONE,
    upper: NONE,
    lower2: NONE,
    upper2: NONE,
    meanMovingRange: NONE,
    screenedOut: 0,
  };
}

function constantSigma(centre: number, sigma: number, floorAtZero: boolean): PhaseLimits {
  const floor = (v: number) => (floorAtZero && v < 0 ? 0 : v);
  return {
    centre,
    lower: floor(centre - 3 * sigma),
    upper: centre + 3 * sigma,
    lower2: floor(centre - 2 * sigma),
    upper2: centre + 2 * sigma,
    meanMovingRange: NONE,
    screenedOut: 0,
  };
}

/** Baseline rows of a phase that take part in the calculation (qicharts2 `baseline & include`). */
function baseRows(series: PreparedSeries, s: number, e: number): Int32Array {
  let count = 0;
  for (let k = s; k < e; k++) if (series.baseline[k] === 1 && series.excluded[k] === 0) count++;
  const rows = new Int32Array(count);
  let m = 0;
  for (let k = s; k < e; k++) if (series.baseline[k] === 1 && series.excluded[k] === 0) rows[m++] = k;
  return rows;
}

/**
 * Pooled rate over the baseline. Points without a usable numerator and denominator are
 * left out of both sums, so a missing or zero denominator cannot pull the centre line.
 */
function pooledRate(series: PreparedSeries, rows: Int32Array): number {
  let num = 0;
  let den = 0;
  for (let m = 0; m < rows.length; m++) {
    const k = rows[m]!;
    if (!Number.isNaN(series.y[k]!)) {
      num += series.numerator[k]!;
      den += series.denominator[k]!;
    }
  }
  return den > 0 ? num / den : NONE;
}

function individualsPhase(values: Float64Array, rows: Int32Array, screen: boolean): PhaseLimits {
  const centre = meanOf(values, rows);
  const mr = meanMovingRange(values, rows, screen);
  const sigma = mr.meanMovingRange / D2;
  return {
    ...constantSigma(centre, sigma, false),
    meanMovingRange: mr.meanMovingRange,
    screenedOut: mr.screenedOut,
  };
}

/** Ratio charts: limits vary with each point's denominator; none where it is missing or zero. */
function ratioPhase(
  series: PreparedSeries,
  limits: ChartLimits,
  s: number,
  e: number,
  rows: Int32Array,
  kind: 'u' | 'p' | 'pp' | 'up',
  screen: boolean,
): void {
  const centre = pooledRate(series, rows);
  const proportion = kind === 'p' || kind === 'pp';
  const spread = proportion ? centre * (1 - centre) : centre;
  const denominator = series.denominator;
  let sigmaZ = 1;
  let phase = noLimits(centre);
  if (kind === 'pp' || kind === 'up') {
    // Laney: scale by the spread of the z-scores, estimated from their moving ranges.
    const z = new Float64Array(rows.length);
    const zRows = new Int32Array(rows.length);
    for (let m = 0; m < rows.length; m++) {
      const k = rows[m]!;
      const n = denominator[k]!;
      z[m] = n > 0 ? (series.y[k]! - centre) / Math.sqrt(spread / n) : NONE;
      zRows[m] = m;
    }
    const mr = meanMovingRange(z, zRows, screen);
    sigmaZ = mr.meanMovingRange / D2;
    phase = { ...phase, meanMovingRange: mr.meanMovingRange, screenedOut: mr.screenedOut };
  }
  const { centre: cl, lower, upper, lower2, upper2 } = limits;
  for (let k = s; k < e; k++) {
    cl[k] = centre;
    const n = denominator[k]!;
    if (!(n > 0)) continue;
    const sigma = Math.sqrt(spread / n) * sigmaZ;
    if (Number.isNaN(sigma)) continue;
    const u3 = centre + 3 * sigma;
    const u2 = centre + 2 * sigma;
    const l3 = centre - 3 * sigma;
    const l2 = centre - 2 * sigma;
    upper[k] = proportion && u3 > 1 ? 1 : u3;
    upper2[k] = proportion && u2 > 1 ? 1 : u2;
    lower[k] = Math.max(0, l3);
    lower2[k] = Math.max(0, l2);
  }
  limits.phases.push(phase);
}

/**
 * qicharts2 0.8.1 control charts (`qic.run`, `qic.i`, `qic.mr`, `qic.c`, `qic.u`, `qic.p`,
 * `qic.pp`, `qic.up`, `qic.g`, `qic.t`), computed per phase (`part`) from the phase's
 * baseline (`freeze`) rows that are not excluded.
 */
export function anhoejLimits(series: PreparedSeries, options: ResolvedSpcOptions): ChartLimits {
  const { chart, screenMovingRanges } = options;
  let value = series.y;
  if (chart === 'mr') {
    value = new Float64Array(series.n).fill(NONE);
    for (let j = 0; j < series.phaseStart.length; j++) {
      for (let k = series.phaseStart[j]! + 1; k < series.phaseEnd[j]!; k++) {
        value[k] = Math.abs(series.y[k]! - series.y[k - 1]!);
      }
    }
  }
  const limits = emptyLimits(value);

  for (let j = 0; j < series.phaseStart.length; j++) {
    const s = series.phaseStart[j]!;
    const e = series.phaseEnd[j]!;
    const rows = baseRows(series, s, e);
    switch (chart) {
      case 'run':
        fillPhase(limits, s, e, noLimits(medianOf(value, rows)));
        break;
      case 'i':
        fillPhase(limits, s, e, individualsPhase(value, rows, screenMovingRanges));
        break;
      case 'mr': {
        const centre = meanOf(value, rows);
        fillPhase(limits, s, e, {
          centre,
          lower: 0,
          upper: MOVING_RANGE_SCREEN_CONSTANT * centre,
          lower2: 0,
          upper2: (MOVING_RANGE_SCREEN_CONSTANT / 3) * 2 * centre,
          meanMovingRange: NONE,
          screenedOut: 0,
        });
        break;
      }
      case 'c': {
        const centre = meanOf(value, rows);
        fillPhase(limits, s, e, constantSigma(centre, Math.sqrt(centre), true));
        break;
      }
      case 'g': {
        // Limits from the geometric mean; the centre line shown is the median, as in qicharts2.
        const mean = meanOf(value, rows);
        const phase = constantSigma(mean, Math.sqrt(mean * (mean + 1)), true);
        fillPhase(limits, s, e, { ...phase, centre: medianOf(value, rows) });
        break;
      }
      case 't': {
        const transformed = new Float64Array(series.n).fill(NONE);
        for (let m = 0; m < rows.length; m++) {
          const k = rows[m]!;
          transformed[k] = series.y[k]! ** (1 / T_POWER);
        }
        const phase = individualsPhase(transformed, rows, screenMovingRanges);
        const back = (v: number) => v ** T_POWER;
        const lower = back(phase.lower);
        fillPhase(limits, s, e, {
          ...phase,
          centre: back(phase.centre),
          upper: back(phase.upper),
          upper2: back(phase.upper2),
          // A negative lower limit has no real 3.6th power: qicharts2 sets it to 0.
          lower: Number.isNaN(lower) || lower < 0 ? 0 : lower,
          lower2: back(phase.lower2),
        });
        break;
      }
      case 'u':
      case 'p':
      case 'pp':
      case 'up':
        ratioPhase(series, limits, s, e, rows, chart, screenMovingRanges);
        break;
      default:
        throw new Error(`unreachable chart ${chart}`);
    }
  }
  return limits;
}
