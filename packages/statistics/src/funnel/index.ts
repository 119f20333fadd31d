/**
 * Funnel-plot engine (Spiegelhalter 2005): compares organisations on one measure with exact, FunnelPlotR,
 * normal or Wilson limits, over-dispersion adjustment and bands. Pure computation, no I/O.
 */

export { bandAssessment as funnelBandAssessment, funnelBand } from './bands.js';
export * as funnelDistributions from './distributions.js';
export { FunnelInputError, type FunnelInputIssue } from './errors.js';
export { analyseFunnel } from './funnel.js';
export { normalLimit as normalFunnelLimit, wilsonLimit as wilsonFunnelLimit } from './limits-approx.js';
export { binomialInterpolatedCounts, poissonInterpolatedCounts } from './limits-exact.js';
export { arcsineLimit, chiSquarePoissonLimit } from './limits-funnelplotr.js';
export { DEFAULT_LIMIT_LEVELS as FUNNEL_DEFAULT_LIMIT_LEVELS, resolveFunnelOptions } from './options.js';
export * as funnelOverdispersion from './overdispersion.js';
export type * from './types.js';
export { FUNNEL_ENGINE_VERSION } from './version.js';
