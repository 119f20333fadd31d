import { createRouter } from '@qms/platform';
import * as handlers from './adoptions.handlers.js';
import * as routes from './adoptions.routes.js';

/** Organisations taking up the measures of the programmes they are enrolled in. */
export const adoptionsRouter = createRouter()
  .openapi(routes.createAdoption, handlers.create)
  .openapi(routes.listAdoptions, handlers.list)
  .openapi(routes.getAdoption, handlers.get)
  .openapi(routes.updateAdoption, handlers.update);
