import type { SpecialCauseRule } from './types.js';

/** Bit per rule, in precedence order, so a point's rules fit in one byte. */
export const FLAG_BEYOND_LIMITS = 1;
export const FLAG_TREND = 2;
export const FLAG_TWO_OF_THREE = 4;
export const FLAG_SHIFT = 8;
export const FLAG_FEW_CROSSINGS = 16;

const ORDERED: readonly [number, SpecialCauseRule][] = [
  [FLAG_BEYOND_LIMITS, 'beyondLimits'],
  [FLAG_TREND, 'trend'],
  [FLAG_TWO_OF_THREE, 'twoOfThree'],
  [FLAG_SHIFT, 'shift'],
  [FLAG_FEW_CROSSINGS, 'fewCrossings'],
];

// Frozen and shared: 10,000 points need no 10,000 fresh arrays.
const CACHE: readonly (readonly SpecialCauseRule[])[] = Array.from({ length: 32 }, (_, mask) =>
  Object.freeze(ORDERED.filter(([bit]) => (mask & bit) !== 0).map(([, rule]) => rule)),
);

/** Rules for a flag byte, in precedence order (a shared, frozen array). */
export function rulesOf(mask: number): readonly SpecialCauseRule[] {
  return CACHE[mask & 31]!;
}

/** Per-point outcome of a rule family. */
export interface SpecialCauseFlags {
  flags: Uint8Array;
  /** +1 rising / -1 falling for points in a trend, else 0. */
  trendDirection: Int8Array;
}
