import { createRouter } from '@qms/platform';
import * as handlers from './measures.handlers.js';
import * as routes from './measures.routes.js';

/** Measures and their versions (draft → active → retired). */
export const measuresRouter = createRouter()
  .openapi(routes.createMeasure, handlers.create)
  .openapi(routes.listMeasures, handlers.list)
  .openapi(routes.getMeasure, handlers.get)
  .openapi(routes.createMeasureVersion, handlers.createVersion)
  .openapi(routes.getMeasureVersion, handlers.getVersion)
  .openapi(routes.updateMeasureVersion, handlers.updateVersion)
  .openapi(routes.activateMeasureVersion, handlers.activateVersion)
  .openapi(routes.retireMeasureVersion, handlers.retireVersion);
