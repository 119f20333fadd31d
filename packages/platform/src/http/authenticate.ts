import type { EnteredRequest, RequestIdentity } from '@qms/db';
import { createMiddleware } from 'hono/factory';
import type { Principal } from '../auth/principal.js';
import { isRole, isScope, type Role, type Scope, scopesOfRoles } from '../auth/roles.js';
import { ProblemError } from '../problems.js';
import type { AppEnv } from './context.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Verifies a bearer token when one is sent (signature, issuer, audience, lifetime) and records
 * who it claims to be. The principal's roles are resolved in the operation's own transaction
 * (`platform.enter_request`), so the look-up costs no extra round trip.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization');
  c.set('identity', undefined);
  // Other schemes (HTTP Basic on /oauth/token) are for the operation itself to read.
  if (header && /^bearer\b/i.test(header)) {
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
    if (!match?.[1]) {
      throw new ProblemError('invalid-token', 'Send the access token as "Authorization: Bearer <token>"', {
        headers: { 'WWW-Authenticate': 'Bearer error="invalid_request"' },
      });
    }
    const token = await c.var.services.verifier.verify(match[1]);
    const requestedTenant = c.req.header('qms-tenant') ?? token.tenantId;
    if (requestedTenant !== undefined && !UUID.test(requestedTenant)) {
      throw new ProblemError('validation-error', 'The Qms-Tenant header must be an organisation id (UUID)', {
        errors: [{ pointer: '/header/qms-tenant', detail: 'must be a UUID' }],
      });
    }
    c.set('identity', {
      issuer: token.issuer,
      subject: token.subject,
      clientId: token.clientId,
      tenantId: requestedTenant?.toLowerCase(),
      grantedScopes: typeof token.payload.scope === 'string' ? token.payload.scope.split(' ') : undefined,
    });
  }
  await next();
});

export interface TokenIdentity extends RequestIdentity {
  /** Scopes a client-credentials token was issued with; they narrow the client's own. */
  grantedScopes: string[] | undefined;
}

/** Turns what the database found into a principal, or the problem that explains the refusal. */
export function principalFrom(identity: TokenIdentity, entered: EnteredRequest): Principal {
  if (identity.clientId) {
    // A revoked client's tokens stop working at once, not when they expire.
    if (!entered.tenant_id || entered.client_status !== 'active') {
      throw new ProblemError('invalid-token', 'The client of this token has been revoked');
    }
  } else if (!entered.roles) {
    throw new ProblemError(
      'forbidden',
      entered.tenants_held === 0
        ? 'No role is granted to this person in any organisation'
        : identity.tenantId
          ? 'No role is granted to this person in that organisation'
          : 'This person has roles in several organisations: choose one with the Qms-Tenant header',
    );
  }
  if (entered.tenant_status !== 'active') {
    throw new ProblemError('tenant-suspended', 'The organisation is suspended; its tokens are not accepted');
  }
  const roles = [...new Set((entered.roles ?? []).filter(isRole))] as Role[];
  const allowed = scopesOfRoles(roles);
  const scopes: Scope[] = identity.clientId
    ? (entered.scopes ?? []).filter(
        (scope): scope is Scope =>
          isScope(scope) && allowed.includes(scope) && (identity.grantedScopes?.includes(scope) ?? false),
      )
    : allowed;
  return {
    kind: identity.clientId ? 'client' : 'person',
    id: identity.clientId ?? identity.subject,
    issuer: identity.issuer,
    tenantId: entered.tenant_id as string,
    tenantKind: entered.tenant_kind ?? '',
    roles,
    scopes,
    platformAdmin:
      !identity.clientId && entered.tenant_kind === 'platform' && roles.includes('platform_admin'),
  };
}
