import { createRouter } from '@qms/platform';
import * as handlers from './oauth.handlers.js';
import * as routes from './oauth.routes.js';

/** Mounted at the root, not under /v1: OAuth clients expect these well-known paths. */
export const oauthRouter = createRouter()
  .openapi(routes.issueToken, handlers.token, handlers.tokenValidationHook as never)
  .openapi(routes.getJwks, handlers.jwks);
