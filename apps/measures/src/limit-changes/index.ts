import { createRouter } from '@qms/platform';
import * as handlers from './limit-changes.handlers.js';
import * as routes from './limit-changes.routes.js';

export const limitChangesRouter = createRouter()
  .openapi(routes.createLimitChange, handlers.create)
  .openapi(routes.listLimitChanges, handlers.list);
