/** Small numeric helpers. NaN marks "no value" throughout the engine's typed arrays. */

export const MDC_LIMIT_CONSTANT = 2.66;
export const MDC_TWO_SIGMA_CONSTANT = (2 / 3) * 2.66;
/** D4 for n = 2: upper limit of a moving range, used to screen outlying moving ranges. */
export const MOVING_RANGE_SCREEN_CONSTANT = 3.267;
/** d2 for n = 2: mean moving range / d2 estimates sigma (qicharts2 uses 3 / 1.128 = 2.6596...). */
export const D2 = 1.128;

export function meanOf(values: Float64Array, indices: ArrayLike<number>): number {
  let sum = 0;
  let count = 0;
  for (let k = 0; k < indices.length; k++) {
    const v = values[indices[k]!]!;
    if (!Number.isNaN(v)) {
      sum += v;
      count++;
    }
  }
  return count === 0 ? Number.NaN : sum / count;
}

export function medianOf(values: Float64Array, indices: ArrayLike<number>): number {
  const picked: number[] = [];
  for (let k = 0; k < indices.length; k++) {
    const v = values[indices[k]!]!;
    if (!Number.isNaN(v)) picked.push(v);
  }
  if (picked.length === 0) return Number.NaN;
  picked.sort((a, b) => a - b);
  const mid = picked.length >> 1;
  return picked.length % 2 === 1 ? picked[mid]! : (picked[mid - 1]! + picked[mid]!) / 2;
}

export interface MeanMovingRange {
  meanMovingRange: number;
  /** Moving ranges that could be formed (both neighbours present). */
  movingRangeCount: number;
  screenedOut: number;
}

/**
 * Mean moving range between consecutive listed indices. A moving range touching a
 * missing value is not formed, as in both reference packages (R's diff gives NA).
 * Screening drops moving ranges not below 3.267 x the mean once and recomputes; when
 * the mean moving range is 0 every range would be dropped, so screening is skipped.
 */
export function meanMovingRange(
  values: Float64Array,
  indices: ArrayLike<number>,
  screen: boolean,
): MeanMovingRange {
  let sum = 0;
  let count = 0;
  for (let k = 1; k < indices.length; k++) {
    const a = values[indices[k - 1]!]!;
    const b = values[indices[k]!]!;
    if (!Number.isNaN(a) && !Number.isNaN(b)) {
      sum += Math.abs(b - a);
      count++;
    }
  }
  if (count === 0) return { meanMovingRange: Number.NaN, movingRangeCount: 0, screenedOut: 0 };
  const amr = sum / count;
  if (!screen || amr === 0) return { meanMovingRange: amr, movingRangeCount: count, screenedOut: 0 };
  const ceiling = MOVING_RANGE_SCREEN_CONSTANT * amr;
  let keptSum = 0;
  let kept = 0;
  for (let k = 1; k < indices.length; k++) {
    const a = values[indices[k - 1]!]!;
    const b = values[indices[k]!]!;
    if (!Number.isNaN(a) && !Number.isNaN(b)) {
      const mr = Math.abs(b - a);
      if (mr < ceiling) {
        keptSum += mr;
        kept++;
      }
    }
  }
  return {
    meanMovingRange: kept === 0 ? Number.NaN : keptSum / kept,
    movingRangeCount: count,
    screenedOut: count - kept,
  };
}
