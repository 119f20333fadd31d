import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Principal } from '../auth/principal.js';
import type { Role, Scope } from '../auth/roles.js';
import { ProblemError } from '../problems.js';
import { principalFrom } from './authenticate.js';
import type { AppEnv } from './context.js';
import { idempotency } from './idempotency.js';
import { problemResponses } from './schemas.js';

export interface OperationAccess {
  /** Roles any one of which allows the call; `any` means every authenticated principal. */
  roles: readonly Role[] | 'any';
  /** The scope the token must carry (a client's scopes narrow its roles). */
  scope?: Scope;
  /** Only a platform administrator (a role in the platform organisation) may call it. */
  platformAdmin?: boolean;
}

export interface OperationOptions {
  /** `public` operations need no token and run no tenant transaction (token, JWKS, health). */
  access: OperationAccess | 'public';
  /** A creating call: honours `Idempotency-Key`. */
  idempotent?: boolean;
  /** An update of a versioned record: `If-Match` required, 412 when stale. */
  conditional?: boolean;
  /** Stateless computations skip the database transaction. */
  transaction?: boolean;
  /** A larger body than the platform default (bulk inputs). */
  maxBodyBytes?: number;
}

/**
 * Operations that accept larger bodies than the default. The body limit runs before routing,
 * so it looks the request path up here; patterns are anchored at the end because services are
 * mounted under a prefix.
 */
const largeBodyOperations: { method: string; pattern: RegExp; maxBytes: number }[] = [];

export function bodyLimitFor(method: string, path: string, fallback: number): number {
  const match = largeBodyOperations.find((entry) => entry.method === method && entry.pattern.test(path));
  return match ? Math.max(match.maxBytes, fallback) : fallback;
}

function checkAccess(principal: Principal, access: OperationAccess): void {
  if (access.platformAdmin && !principal.platformAdmin) {
    throw new ProblemError('forbidden', 'Only a platform administrator may do this');
  }
  if (access.roles !== 'any' && !access.roles.some((role) => principal.roles.includes(role))) {
    throw new ProblemError('forbidden', `This operation needs one of the roles: ${access.roles.join(', ')}`);
  }
  if (access.scope && !principal.scopes.includes(access.scope)) {
    throw new ProblemError('forbidden', `This operation needs the scope ${access.scope}`);
  }
}

/** Ends the transaction without committing when the response is an error. */
class RollbackForErrorResponse extends Error {}

/**
 * Resolves the principal and checks its access. With a transaction (the default), the whole
 * request then runs in that one transaction under the caller's tenant, so row-level security
 * applies to every statement and an error response leaves nothing half-written.
 */
const authorise = (access: OperationAccess, transaction: boolean): MiddlewareHandler<AppEnv> =>
  createMiddleware<AppEnv>(async (c, next) => {
    const identity = c.var.identity;
    if (!identity) {
      throw new ProblemError('unauthenticated', 'Send an access token as "Authorization: Bearer <token>"', {
        headers: { 'WWW-Authenticate': 'Bearer' },
      });
    }
    const { database } = c.var.services;
    if (!transaction) {
      const principal = await database.request(identity, async (_tx, entered) =>
        principalFrom(identity, entered),
      );
      c.set('principal', principal);
      checkAccess(principal, access);
      await next();
      return;
    }
    try {
      await database.request(identity, async (tx, entered) => {
        const principal = principalFrom(identity, entered);
        c.set('principal', principal);
        checkAccess(principal, access);
        c.set('tx', tx);
        await next();
        if ((c.error || c.res.status >= 400) && c.var.commitDespiteError !== true) {
          throw new RollbackForErrorResponse();
        }
      });
    } catch (error) {
      if (!(error instanceof RollbackForErrorResponse)) throw error;
    }
  });

function accessDescription(access: OperationAccess | 'public'): string {
  if (access === 'public') return 'No access token needed.';
  const roles = access.platformAdmin
    ? 'a platform administrator'
    : access.roles === 'any'
      ? 'any authenticated principal'
      : `one of the roles ${access.roles.map((role) => `\`${role}\``).join(', ')}`;
  return `**Access:** ${roles}${access.scope ? `, with the scope \`${access.scope}\`` : ''}.`;
}

/**
 * Declares an operation once: its OpenAPI description (security, every error response) and the
 * middleware that enforces it, so the document and the behaviour cannot drift apart.
 */
export function defineOperation<const R extends RouteConfig>(options: OperationOptions, route: R) {
  const middleware: MiddlewareHandler<AppEnv>[] = [];
  if (options.access !== 'public') {
    middleware.push(authorise(options.access, options.transaction !== false));
    if (options.idempotent) middleware.push(idempotency);
  }
  const hasPathParams = route.path.includes('{');
  const hasBody = route.request?.body !== undefined;
  const access = options.access;
  if (options.maxBodyBytes) {
    const pattern = route.path.replace(/[.+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
    largeBodyOperations.push({
      method: route.method.toUpperCase(),
      pattern: new RegExp(`${pattern}$`),
      maxBytes: options.maxBodyBytes,
    });
  }
  return createRoute({
    ...route,
    description: [route.description, accessDescription(access)].filter(Boolean).join('\n\n'),
    security: access === 'public' ? [] : [{ bearerAuth: access.scope ? [access.scope] : [] }],
    ...(access === 'public' ? {} : { 'x-qms-access': { roles: access.roles, scope: access.scope ?? null } }),
    middleware: [...middleware, ...((route.middleware as MiddlewareHandler[] | undefined) ?? [])],
    responses: {
      ...problemResponses({
        authenticated: access !== 'public',
        hasPathParams,
        hasBody,
        idempotent: options.idempotent === true,
        conditional: options.conditional === true,
      }),
      ...route.responses,
    },
  } as R) as R & { getRoutingPath(): string };
}
