import { createRouter } from '@qms/platform';
import * as handlers from './role-grants.handlers.js';
import * as routes from './role-grants.routes.js';

export const roleGrantsRouter = createRouter()
  .openapi(routes.createRoleGrant, handlers.create)
  .openapi(routes.listRoleGrants, handlers.list)
  .openapi(routes.getRoleGrant, handlers.get)
  .openapi(routes.revokeRoleGrant, handlers.revoke);
