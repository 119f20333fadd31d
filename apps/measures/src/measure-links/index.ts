import { createRouter } from '@qms/platform';
import * as handlers from './measure-links.handlers.js';
import * as routes from './measure-links.routes.js';

/** The golden thread: which measure contributes to, or balances, which. */
export const measureLinksRouter = createRouter()
  .openapi(routes.createMeasureLink, handlers.create)
  .openapi(routes.listMeasureLinks, handlers.list)
  .openapi(routes.getMeasureLink, handlers.get)
  .openapi(routes.deleteMeasureLink, handlers.remove);
