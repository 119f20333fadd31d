import { chiSquareQuantile } from './distributions.js';

/*
 * The unadjusted limits FunnelPlotR 0.6.0 draws (R/calculate_limits.R), generalised from target 1 to
 * any target θ by working with the expected count μ = θ·n.
 */

/**
 * Chi-square Poisson limit for ratios (and rates): the exact Poisson confidence limits for a count of μ,
 * lower qchisq(p, 2μ)/2 and upper qchisq(p, 2(μ + 1))/2, divided by μ and scaled to the target.
 * FunnelPlotR's unit tests fix these at expected counts of 15, 20 and 30.
 */
export function chiSquarePoissonLimit(
  target: number,
  denominator: number,
  p: number,
  side: 'lower' | 'upper',
): number {
  const mean = target * denominator;
  const df = side === 'lower' ? 2 * mean : 2 * (mean + 1);
  return (target * (chiSquareQuantile(p, df) / 2)) / mean;
}

/**
 * Arcsine-scale limit for proportions: sin²(asin √θ + z/(2√n)). FunnelPlotR clips the result to [0, 1]
 * but squares a negative angle back into a positive proportion at tiny n; here the angle is clamped to
 * [0, π/2] first, so the limit is 0 (or 1) wherever the funnel has closed, as it should be.
 */
export function arcsineLimit(target: number, denominator: number, z: number): number {
  const angle = Math.asin(Math.sqrt(target)) + z / (2 * Math.sqrt(denominator));
  const clamped = angle <= 0 ? 0 : Math.min(angle, Math.PI / 2);
  const s = Math.sin(clamped);
  return s * s;
}
