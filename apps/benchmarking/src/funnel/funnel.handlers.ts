import type { RouteHandler } from '@hono/zod-openapi';
import { type AppEnv, ProblemError } from '@qms/platform';
import { FunnelInputError } from '@qms/statistics';
import { analyseFunnelRequest } from './funnel.analyse.js';
import type { analyseFunnelPlot } from './funnel.routes.js';

export const analyse: RouteHandler<typeof analyseFunnelPlot, AppEnv> = async (c) => {
  try {
    return c.json(analyseFunnelRequest(c.req.valid('json')), 200);
  } catch (error) {
    // Row problems zod cannot see (zero denominators, more events than cases), all at once.
    if (error instanceof FunnelInputError) {
      throw new ProblemError('unprocessable-entity', 'Some rows cannot be compared', {
        errors: error.issues.map((issue) => ({ pointer: `/body${issue.pointer}`, detail: issue.detail })),
      });
    }
    throw error;
  }
};
