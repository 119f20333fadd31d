import { createRouter } from '@qms/platform';
import * as handlers from './measure-sets.handlers.js';
import * as routes from './measure-sets.routes.js';

/** The few measures a programme or a board watches, with their uses. */
export const measureSetsRouter = createRouter()
  .openapi(routes.createMeasureSet, handlers.create)
  .openapi(routes.listMeasureSets, handlers.list)
  .openapi(routes.getMeasureSet, handlers.get)
  .openapi(routes.updateMeasureSet, handlers.update);
