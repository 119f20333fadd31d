import { createRouter } from '@qms/platform';
import { oauthRouter } from './oauth/index.js';
import { organisationsRouter } from './organisations/index.js';

/** The tenants service's API, mounted by the gateway under `/v1`. */
export function createTenantsApi() {
  return createRouter().route('/', organisationsRouter);
}

/** Token issue and key publication, mounted at the root. */
export function createAuthenticationApi() {
  return createRouter().route('/', oauthRouter);
}
