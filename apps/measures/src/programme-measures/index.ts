import { createRouter } from '@qms/platform';
import * as handlers from './programme-measures.handlers.js';
import * as routes from './programme-measures.routes.js';

/** Publication of a national body's measures to its programmes. */
export const programmeMeasuresRouter = createRouter()
  .openapi(routes.publishProgrammeMeasure, handlers.publish)
  .openapi(routes.listProgrammeMeasures, handlers.list)
  .openapi(routes.getProgrammeMeasure, handlers.get)
  .openapi(routes.withdrawProgrammeMeasure, handlers.withdraw);
