import { createRouter } from '@qms/platform';
import { apiClientsRouter } from './api-clients/index.js';
import { auditEventsRouter } from './audit-events/index.js';
import { meRouter } from './me/me.js';
import { oauthRouter } from './oauth/index.js';
import { organisationsRouter } from './organisations/index.js';
import { programmesRouter } from './programmes/index.js';
import { roleGrantsRouter } from './role-grants/index.js';
import { unitsRouter } from './units/index.js';

/** The tenants service's API, mounted by the gateway under `/v1`. */
export function createTenantsApi() {
  return createRouter()
    .route('/', meRouter)
    .route('/', organisationsRouter)
    .route('/', unitsRouter)
    .route('/', programmesRouter)
    .route('/', roleGrantsRouter)
    .route('/', apiClientsRouter)
    .route('/', auditEventsRouter);
}

/** Token issue and key publication, mounted at the root. */
export function createAuthenticationApi() {
  return createRouter().route('/', oauthRouter);
}
