import type { FunnelDataType } from './types.js';

/**
 * Normal approximation on the original scale: target ± z·√(V(target)/n), with V(θ) = θ(1 − θ) for
 * proportions and θ for Poisson ratios and rates. Clamped to the range the value can take.
 */
export function normalLimit(
  dataType: FunnelDataType,
  target: number,
  denominator: number,
  z: number,
): number {
  const variance = dataType === 'proportion' ? target * (1 - target) : target;
  const limit = target + z * Math.sqrt(variance / denominator);
  if (limit < 0) return 0;
  if (dataType === 'proportion' && limit > 1) return 1;
  return limit;
}

/**
 * Wilson-score funnel limit for a proportion (PHE Fingertips / PHEindicatormethods): the observed
 * proportion p at which one end of the Wilson score interval for p sits exactly on the target θ.
 *
 * With w = z²/n the Wilson end-point condition is (1 + w)θ − p − w/2 = ∓z·√(p(1 − p)/n + z²/4n²).
 * Squaring and writing a = (1 + w)θ − w/2 gives (1 + w)p² − (2a + w)p + (a² − w²/4) = 0, whose smaller
 * root is the lower limit (z < 0) and larger root the upper limit (z > 0).
 */
export function wilsonLimit(target: number, denominator: number, z: number): number {
  const w = (z * z) / denominator;
  const a = (1 + w) * target - w / 2;
  const b = 2 * a + w;
  const c = a * a - (w * w) / 4;
  const discriminant = Math.max(0, b * b - 4 * (1 + w) * c);
  const root = (b + Math.sign(z) * Math.sqrt(discriminant)) / (2 * (1 + w));
  return Math.min(1, Math.max(0, root));
}
