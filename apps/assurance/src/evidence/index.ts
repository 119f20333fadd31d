import { createRouter } from '@qms/platform';
import * as handlers from './evidence.handlers.js';
import * as routes from './evidence.routes.js';

export const evidenceRouter = createRouter()
  .openapi(routes.captureEvidence, handlers.capture)
  .openapi(routes.listEvidence, handlers.list)
  .openapi(routes.getEvidence, handlers.get);
