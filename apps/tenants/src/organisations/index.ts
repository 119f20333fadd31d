import { createRouter } from '@qms/platform';
import * as handlers from './organisations.handlers.js';
import * as routes from './organisations.routes.js';

export const organisationsRouter = createRouter()
  .openapi(routes.createOrganisation, handlers.create)
  .openapi(routes.listOrganisations, handlers.list)
  .openapi(routes.getOrganisation, handlers.get)
  .openapi(routes.updateOrganisation, handlers.update);
