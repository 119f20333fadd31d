import { queryRows } from '@qms/db';
import { sql } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { Principal } from '../auth/principal.js';
import { isRole, isScope, type Role, type Scope, scopesOfRoles } from '../auth/roles.js';
import type { VerifiedToken } from '../auth/tokens.js';
import { ProblemError } from '../problems.js';
import type { AppEnv, PlatformServices } from './context.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const suspended = () =>
  new ProblemError('tenant-suspended', 'The organisation is suspended; its tokens are not accepted');

async function resolveClient(
  services: PlatformServices,
  token: VerifiedToken,
  clientId: string,
): Promise<Principal> {
  const [client] = await services.database.anonymous((tx) =>
    queryRows<{
      tenant_id: string;
      roles: string[];
      scopes: string[];
      status: string;
      tenant_status: string;
      tenant_kind: string;
    }>(
      tx,
      sql`select tenant_id, roles, scopes, status, tenant_status, tenant_kind from platform.resolve_client(${clientId})`,
    ),
  );
  // A revoked or deleted client's tokens stop working at once, not when they expire.
  if (client?.status !== 'active') {
    throw new ProblemError('invalid-token', 'The client of this token has been revoked');
  }
  if (client.tenant_status !== 'active') throw suspended();
  const roles = client.roles.filter(isRole);
  const allowed = new Set(scopesOfRoles(roles));
  // The token carries the scopes granted when it was issued; they can only narrow the client's.
  const granted = new Set(typeof token.payload.scope === 'string' ? token.payload.scope.split(' ') : []);
  return {
    kind: 'client',
    id: clientId,
    issuer: token.issuer,
    tenantId: client.tenant_id,
    tenantKind: client.tenant_kind,
    roles,
    scopes: client.scopes.filter(
      (scope): scope is Scope => isScope(scope) && allowed.has(scope) && granted.has(scope),
    ),
    platformAdmin: false,
  };
}

async function resolvePerson(
  services: PlatformServices,
  token: VerifiedToken,
  requestedTenant: string | undefined,
): Promise<Principal> {
  const grants = await services.database.anonymous((tx) =>
    queryRows<{ tenant_id: string; role: string; tenant_status: string; tenant_kind: string }>(
      tx,
      sql`select tenant_id, role, tenant_status, tenant_kind from platform.resolve_person(${token.issuer}, ${token.subject})`,
    ),
  );
  const tenants = [...new Set(grants.map((grant) => grant.tenant_id))];
  const tenantId = requestedTenant ?? (tenants.length === 1 ? tenants[0] : undefined);
  if (!tenantId) {
    throw new ProblemError(
      'forbidden',
      tenants.length === 0
        ? 'No role is granted to this person in any organisation'
        : 'This person has roles in several organisations: choose one with the Qms-Tenant header',
    );
  }
  const held = grants.filter((grant) => grant.tenant_id === tenantId);
  const first = held[0];
  if (!first) throw new ProblemError('forbidden', 'No role is granted to this person in that organisation');
  if (first.tenant_status !== 'active') throw suspended();
  const roles = [...new Set(held.map((grant) => grant.role).filter(isRole))] as Role[];
  return {
    kind: 'person',
    id: token.subject,
    issuer: token.issuer,
    tenantId,
    tenantKind: first.tenant_kind,
    roles,
    scopes: scopesOfRoles(roles),
    platformAdmin: first.tenant_kind === 'platform' && roles.includes('platform_admin'),
  };
}

/**
 * Verifies a bearer token when one is sent and resolves the principal from stored grants.
 * Whether an operation needs a principal at all is decided by the operation itself.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization');
  c.set('principal', undefined);
  // Other schemes (HTTP Basic on /oauth/token) are for the operation itself to read.
  if (header && /^bearer\b/i.test(header)) {
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
    if (!match?.[1]) {
      throw new ProblemError('invalid-token', 'Send the access token as "Authorization: Bearer <token>"', {
        headers: { 'WWW-Authenticate': 'Bearer error="invalid_request"' },
      });
    }
    const services = c.var.services;
    const token = await services.verifier.verify(match[1]);
    const requestedTenant = c.req.header('qms-tenant') ?? token.tenantId;
    if (requestedTenant !== undefined && !UUID.test(requestedTenant)) {
      throw new ProblemError('validation-error', 'The Qms-Tenant header must be an organisation id (UUID)', {
        errors: [{ pointer: '/header/qms-tenant', detail: 'must be a UUID' }],
      });
    }
    const principal = token.clientId
      ? await resolveClient(services, token, token.clientId)
      : await resolvePerson(services, token, requestedTenant?.toLowerCase());
    c.set('principal', principal);
  }
  await next();
});
