import { createRouter } from '@qms/platform';
import * as handlers from './crosswalks.handlers.js';
import * as routes from './crosswalks.routes.js';

export const crosswalksRouter = createRouter()
  .openapi(routes.createCrosswalk, handlers.create)
  .openapi(routes.listNodeCrosswalks, handlers.list);
