import type { Database, Tx } from '@qms/db';
import type { Logger } from 'pino';
import type { SigningKeys } from '../auth/keys.js';
import type { Principal } from '../auth/principal.js';
import type { TokenVerifier } from '../auth/tokens.js';
import type { PlatformConfig } from '../config.js';
import type { TokenIdentity } from './authenticate.js';
import type { RateLimiter } from './rate-limit.js';

/** What a service needs from the platform; built once per process and shared by every service. */
export interface PlatformServices {
  config: PlatformConfig;
  database: Database;
  keys: SigningKeys;
  verifier: TokenVerifier;
  rateLimiter: RateLimiter;
  logger: Logger;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    services: PlatformServices;
    /** Who the bearer token claims to be (verified), before roles are resolved. */
    identity: TokenIdentity | undefined;
    /** The resolved caller of an authenticated operation. */
    principal: Principal | undefined;
    /** The request's tenant transaction, opened by the operation's middleware. */
    tx: Tx;
    /**
     * Commit the transaction even though the response is an error: for a record of the refusal
     * itself (a rejected submission), written after everything else was rolled back to a savepoint.
     */
    commitDespiteError: boolean | undefined;
  };
}

/** The caller of an authenticated operation (its middleware has already required one). */
export function principalOf(c: { var: { principal: Principal | undefined } }): Principal {
  const principal = c.var.principal;
  if (!principal) throw new Error('principalOf called on a public operation');
  return principal;
}
