import { createRouter } from '@qms/platform';
import * as handlers from './units.handlers.js';
import * as routes from './units.routes.js';

export const unitsRouter = createRouter()
  .openapi(routes.createUnit, handlers.create)
  .openapi(routes.listUnits, handlers.list)
  .openapi(routes.getUnitTree, handlers.tree)
  .openapi(routes.getUnit, handlers.get)
  .openapi(routes.updateUnit, handlers.update);
