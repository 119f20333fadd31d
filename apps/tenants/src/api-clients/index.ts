import { createRouter } from '@qms/platform';
import * as handlers from './api-clients.handlers.js';
import * as routes from './api-clients.routes.js';

export const apiClientsRouter = createRouter()
  .openapi(routes.createApiClient, handlers.create)
  .openapi(routes.listApiClients, handlers.list)
  .openapi(routes.getApiClient, handlers.get)
  .openapi(routes.rotateApiClientSecret, handlers.rotate)
  .openapi(routes.revokeApiClient, handlers.revoke);
