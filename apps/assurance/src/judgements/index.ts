import { createRouter } from '@qms/platform';
import * as handlers from './judgements.handlers.js';
import * as routes from './judgements.routes.js';

export const judgementsRouter = createRouter()
  .openapi(routes.listJudgements, handlers.list)
  .openapi(routes.getJudgement, handlers.get)
  .openapi(routes.judgeNode, handlers.judge);
