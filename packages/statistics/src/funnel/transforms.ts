import type { FunnelZScoreScale } from './types.js';

/**
 * A variance-stabilising scale g on which an organisation's value Y = g(value) is roughly normal with
 * standard error s around g(target). Values here are on the unit scale (no display multiplier).
 */
export interface ZScale {
  readonly name: FunnelZScoreScale;
  transform(value: number): number;
  /** Back to the unit scale, clamped to the values the data type can take. */
  inverse(y: number): number;
  standardError(denominator: number, target: number): number;
}

const HALF_PI = Math.PI / 2;

/** Log scale (SHMI): s = 1/√(expected events). */
const logScale: ZScale = {
  name: 'log',
  transform: (value) => Math.log(value),
  inverse: (y) => Math.exp(y),
  standardError: (denominator, target) => 1 / Math.sqrt(target * denominator),
};

/** Square-root scale (CQC / Spiegelhalter): Var √O ≈ ¼ for Poisson O, so s = 1/(2√E). */
const sqrtScale: ZScale = {
  name: 'sqrt',
  transform: (value) => Math.sqrt(value),
  inverse: (y) => (y <= 0 ? 0 : y * y),
  standardError: (denominator) => 1 / (2 * Math.sqrt(denominator)),
};

/** Arcsine scale for proportions: s = 1/(2√n). */
const arcsineScale: ZScale = {
  name: 'arcsine',
  transform: (value) => Math.asin(Math.sqrt(value)),
  inverse: (y) => {
    const clamped = y <= 0 ? 0 : Math.min(y, HALF_PI);
    const s = Math.sin(clamped);
    return s * s;
  },
  standardError: (denominator) => 1 / (2 * Math.sqrt(denominator)),
};

export function zScale(name: FunnelZScoreScale): ZScale {
  switch (name) {
    case 'log':
      return logScale;
    case 'sqrt':
      return sqrtScale;
    case 'arcsine':
      return arcsineScale;
  }
}

/**
 * Unadjusted z-score of an organisation on the given scale. A zero count has no logarithm, so on the log
 * scale it is scored as half an event (the usual continuity correction) rather than as −∞, which would
 * otherwise poison the winsorised quantiles.
 */
export function zScore(scale: ZScale, numerator: number, denominator: number, target: number): number {
  const observed = scale.name === 'log' && numerator === 0 ? 0.5 : numerator;
  const y = scale.transform(observed / denominator);
  return (y - scale.transform(target)) / scale.standardError(denominator, target);
}
