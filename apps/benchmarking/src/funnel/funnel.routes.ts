import { defineOperation } from '@qms/platform';
import { FunnelRequestSchema, FunnelResponseSchema } from './funnel.schemas.js';

export const analyseFunnelPlot = defineOperation(
  { access: { roles: 'any', scope: 'statistics:run' }, transaction: false, maxBodyBytes: 16 * 1024 * 1024 },
  {
    method: 'post',
    path: '/funnel',
    operationId: 'analyseFunnel',
    tags: ['Statistics'],
    summary: 'Compare organisations on a funnel plot',
    description:
      'Stateless: nothing is stored. Proportions (exact binomial, Wilson, normal or FunnelPlotR arcsine limits), indirectly standardised ratios and rates (exact Poisson, FunnelPlotR chi-square or normal limits), at 95% and 99.8% or other levels; over-dispersion by winsorised or SHMI-truncated z-scores with multiplicative or additive (random-effects) adjustment. Record-level rows with the same id are aggregated first. Up to 10,000 organisations (100,000 rows, 16 MiB).',
    request: { body: { required: true, content: { 'application/json': { schema: FunnelRequestSchema } } } },
    responses: {
      200: {
        description: 'The funnel plot',
        content: { 'application/json': { schema: FunnelResponseSchema } },
      },
    },
  },
);
