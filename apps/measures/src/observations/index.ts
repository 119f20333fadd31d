import { createRouter } from '@qms/platform';
import * as handlers from './observations.handlers.js';
import * as routes from './observations.routes.js';

export const observationsRouter = createRouter()
  .openapi(routes.getObservationHistory, handlers.history)
  .openapi(routes.listObservations, handlers.list);
