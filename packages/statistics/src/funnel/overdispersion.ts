import type { FunnelOverdispersionEstimator } from './types.js';

/** Sample quantile of sorted data, R's default type 7 (linear interpolation between order statistics). */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (h - lo) * (b - a);
}

export interface TrimmedZScores {
  /** z-scores entering φ: winsorised values, or only the organisations kept by truncation. */
  used: number[];
  /** Index of each used z-score in the input (identity for winsorisation). */
  usedIndex: number[];
  /** Per input organisation: was it winsorised or truncated away? */
  trimmed: boolean[];
}

/**
 * Winsorise at the trim and 1 − trim quantiles (Spiegelhalter 2005): values beyond are pulled in to the
 * quantile. An organisation is flagged as trimmed unless strictly between the two quantiles, as FunnelPlotR does.
 */
export function winsorise(z: readonly number[], trim: number): TrimmedZScores {
  const sorted = Float64Array.from(z).sort();
  const low = quantileType7(sorted, trim);
  const high = quantileType7(sorted, 1 - trim);
  const used = new Array<number>(z.length);
  const usedIndex = new Array<number>(z.length);
  const trimmed = new Array<boolean>(z.length);
  for (let i = 0; i < z.length; i += 1) {
    const v = z[i] as number;
    used[i] = v < low ? low : Math.min(v, high);
    usedIndex[i] = i;
    trimmed[i] = !(v > low && v < high);
  }
  return { used, usedIndex, trimmed };
}

/** Ranks 1..n with ties given their average rank (R's ties.method = "average"). */
function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Array<number>(values.length);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1] as number] === values[order[i] as number]) j += 1;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k += 1) ranks[order[k] as number] = rank;
    i = j + 1;
  }
  return ranks;
}

/**
 * SHMI truncation (NHS Digital SHMI specification, as coded in FunnelPlotR): rank the z-scores, split
 * them into 1/trim groups by floor(rank·k/(n + 1)) and drop the lowest and highest group.
 */
export function truncate(z: readonly number[], trim: number): TrimmedZScores {
  const groups = 1 / trim;
  const ranks = averageRanks(z);
  const used: number[] = [];
  const usedIndex: number[] = [];
  const trimmed = new Array<boolean>(z.length);
  for (let i = 0; i < z.length; i += 1) {
    const group = Math.floor(((ranks[i] as number) * groups) / (z.length + 1));
    const keep = group > 0 && group < groups - 1;
    trimmed[i] = !keep;
    if (keep) {
      used.push(z[i] as number);
      usedIndex.push(i);
    }
  }
  return { used, usedIndex, trimmed };
}

export function trimZScores(
  z: readonly number[],
  estimator: FunnelOverdispersionEstimator,
  trim: number,
): TrimmedZScores {
  if (trim === 0) {
    return { used: [...z], usedIndex: z.map((_, i) => i), trimmed: z.map(() => false) };
  }
  return estimator === 'winsorised' ? winsorise(z, trim) : truncate(z, trim);
}

/** Dispersion ratio φ = (1/n)·Σz², from the trimmed z-scores. */
export function dispersionRatio(used: ArrayLike<number>): number {
  if (used.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < used.length; i += 1) {
    const v = used[i] as number;
    sum += v * v;
  }
  return sum / used.length;
}

/**
 * Between-organisation variance τ² (DerSimonian–Laird style, Spiegelhalter 2005):
 * τ² = max(0, (nφ − (n − 1)) / (Σw − Σw²/Σw)) with weights w = 1/s² of the organisations used for φ.
 */
export function betweenVariance(phi: number, standardErrors: ArrayLike<number>): number {
  const n = standardErrors.length;
  if (n < 2 || !Number.isFinite(phi) || n * phi < n - 1) return 0;
  let sumW = 0;
  let sumW2 = 0;
  for (let i = 0; i < n; i += 1) {
    const s = standardErrors[i] as number;
    const w = 1 / (s * s);
    sumW += w;
    sumW2 += w * w;
  }
  const denominator = sumW - sumW2 / sumW;
  if (!(denominator > 0)) return 0;
  return Math.max(0, (n * phi - (n - 1)) / denominator);
}
