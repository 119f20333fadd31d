import type { RouteHandler } from '@hono/zod-openapi';
import { type AppEnv, ProblemError } from '@qms/platform';
import { analyseSpcRequest, isSpcInputError } from './spc.analyse.js';
import type { analyseSpc } from './spc.routes.js';

export const analyse: RouteHandler<typeof analyseSpc, AppEnv> = async (c) => {
  try {
    return c.json(analyseSpcRequest(c.req.valid('json')), 200);
  } catch (error) {
    // Problems zod cannot see (duplicate periods, a recalculation point outside the series).
    if (isSpcInputError(error)) {
      throw new ProblemError('unprocessable-entity', error.detail, {
        errors: [{ pointer: `/body${error.pointer}`, detail: error.detail }],
      });
    }
    throw error;
  }
};
