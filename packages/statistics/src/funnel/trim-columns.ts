import { type TrimmedZScores, trimZScores } from './overdispersion.js';
import type { FunnelOverdispersionEstimator } from './types.js';

/*
 * Trimming of z-scores for analyseFunnel on typed arrays. The public functions in overdispersion.ts are
 * the straightforward definitions; these give the same numbers in the same order (tested against them on
 * the fixture data) without a boxed array per organisation or a full sort. Internal: not re-exported.
 */

/**
 * What analyseFunnel needs from trimming, in typed arrays: the same numbers as trimZScores (same order, so
 * φ sums identically) without a boxed array per organisation. `usedIndex` is null when every organisation
 * is used in its own position (winsorising, or no trim).
 */
export interface TrimmedZScoreColumns {
  used: Float64Array;
  usedIndex: Int32Array | null;
  /** 1 where the organisation was winsorised or truncated away. */
  trimmed: Uint8Array;
}

/**
 * Type-7 quantile needs only the order statistics at floor(h) and floor(h) + 1, so a full sort is not
 * needed; this is Hoare's selection (expected linear time), rearranging `values` in place so that
 * values[k] is the k-th smallest and everything after it is no smaller.
 */
function select(values: Float64Array, k: number, from: number): void {
  let lo = from;
  let hi = values.length - 1;
  while (lo < hi) {
    // Median of three as the pivot keeps sorted or reversed input from going quadratic.
    const mid = (lo + hi) >>> 1;
    const a = values[lo] as number;
    const b = values[mid] as number;
    const c = values[hi] as number;
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i += 1;
      while ((values[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** Smallest value at or after `from` (the (k+1)-th order statistic once select(k) has run). */
function minimumFrom(values: Float64Array, from: number): number {
  let m = values[from] as number;
  for (let i = from + 1; i < values.length; i += 1) if ((values[i] as number) < m) m = values[i] as number;
  return m;
}

/** quantileType7 on the sorted data, from the two order statistics it uses, without sorting. */
function selectQuantileType7(scratch: Float64Array, p: number): number {
  const n = scratch.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  select(scratch, lo, 0);
  const a = scratch[lo] as number;
  const b = lo + 1 < n ? minimumFrom(scratch, lo + 1) : a;
  return a + (h - lo) * (b - a);
}

/** Winsorising as winsorise(), on typed arrays and with the two quantiles found by selection. */
function winsoriseColumns(z: Float64Array, trim: number): TrimmedZScoreColumns {
  const n = z.length;
  const used = new Float64Array(n);
  const trimmed = new Uint8Array(n);
  if (n === 0) return { used, usedIndex: null, trimmed };
  const scratch = z.slice();
  const low = selectQuantileType7(scratch, trim);
  const high = selectQuantileType7(scratch, 1 - trim);
  for (let i = 0; i < n; i += 1) {
    const v = z[i] as number;
    used[i] = v < low ? low : Math.min(v, high);
    trimmed[i] = v > low && v < high ? 0 : 1;
  }
  return { used, usedIndex: null, trimmed };
}

/**
 * SHMI truncation as truncate(). Average ranks come from one native typed-array sort: a value's tied
 * group is found by binary search in the sorted copy, so no comparator closure runs n·log n times.
 */
function truncateColumns(z: Float64Array, trim: number): TrimmedZScoreColumns {
  const n = z.length;
  const groups = 1 / trim;
  const sorted = z.slice().sort();
  // Average rank of the tied group starting at each sorted position (R's ties.method = "average").
  const groupRank = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && sorted[j + 1] === sorted[i]) j += 1;
    groupRank[i] = (i + j + 2) / 2;
    i = j + 1;
  }
  const usedScratch = new Float64Array(n);
  const indexScratch = new Int32Array(n);
  const trimmed = new Uint8Array(n);
  let kept = 0;
  for (let k = 0; k < n; k += 1) {
    const v = z[k] as number;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    const group = Math.floor(((groupRank[lo] as number) * groups) / (n + 1));
    if (group > 0 && group < groups - 1) {
      usedScratch[kept] = v;
      indexScratch[kept] = k;
      kept += 1;
    } else {
      trimmed[k] = 1;
    }
  }
  return { used: usedScratch.subarray(0, kept), usedIndex: indexScratch.subarray(0, kept), trimmed };
}

/** Its own function so that V8 optimises this loop once rather than by on-stack replacement per call. */
function allFinite(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i += 1) if (!Number.isFinite(values[i] as number)) return false;
  return true;
}

function fromTrimmedZScores(t: TrimmedZScores): TrimmedZScoreColumns {
  return {
    used: Float64Array.from(t.used),
    usedIndex: Int32Array.from(t.usedIndex),
    trimmed: Uint8Array.from(t.trimmed, (b) => (b ? 1 : 0)),
  };
}

/** trimZScores for analyseFunnel: identical numbers, typed arrays (see TrimmedZScoreColumns). */
export function trimZScoreColumns(
  z: Float64Array,
  estimator: FunnelOverdispersionEstimator,
  trim: number,
): TrimmedZScoreColumns {
  if (trim === 0) return { used: z.slice(), usedIndex: null, trimmed: new Uint8Array(z.length) };
  // Selection and the binary-search ranks assume totally ordered values; with a NaN or infinity about, take
  // the straightforward path so the answer is whatever trimZScores gives.
  if (!allFinite(z)) return fromTrimmedZScores(trimZScores(Array.from(z), estimator, trim));
  return estimator === 'winsorised' ? winsoriseColumns(z, trim) : truncateColumns(z, trim);
}
