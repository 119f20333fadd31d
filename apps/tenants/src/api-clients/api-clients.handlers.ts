import { randomBytes } from 'node:crypto';
import type { RouteHandler } from '@hono/zod-openapi';
import { apiClients, type Tx } from '@qms/db';
import {
  type AppEnv,
  decodeCursor,
  hashSecret,
  notFound,
  ProblemError,
  pageOf,
  principalOf,
  recordAudit,
  scopesOfRoles,
} from '@qms/platform';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type {
  createApiClient,
  getApiClient,
  listApiClients,
  revokeApiClient,
  rotateApiClientSecret,
} from './api-clients.routes.js';

type Row = typeof apiClients.$inferSelect;

const toApiClient = (row: Row) => ({
  id: row.id,
  clientId: row.clientId,
  name: row.name,
  roles: row.roles,
  scopes: row.scopes,
  status: row.status,
  secretHint: row.secretHint,
  secretRotatedAt: row.secretRotatedAt.toISOString(),
  revokedAt: row.revokedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** 192 random bits, prefixed so that leaked secrets are easy to recognise in scanners. */
const newSecret = () => `qmss_${randomBytes(24).toString('base64url')}`;

async function findClient(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .select()
    .from(apiClients)
    .where(and(eq(apiClients.tenantId, tenantId), eq(apiClients.id, id)));
  if (!row) throw notFound('API client');
  return row;
}

export const create: RouteHandler<typeof createApiClient, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const allowed = scopesOfRoles(body.roles);
  const requested = body.scopes ?? allowed;
  const beyond = requested.filter((scope) => !allowed.includes(scope));
  if (beyond.length > 0) {
    throw new ProblemError('unprocessable-entity', `The roles do not allow the scopes ${beyond.join(', ')}`, {
      errors: [{ pointer: '/body/scopes', detail: `not allowed by the roles: ${beyond.join(', ')}` }],
    });
  }
  const secret = newSecret();
  const [row] = await c.var.tx
    .insert(apiClients)
    .values({
      tenantId: principal.tenantId,
      clientId: `qmsc_${randomBytes(12).toString('hex')}`,
      name: body.name,
      secretHash: await hashSecret(secret),
      secretHint: secret.slice(-4),
      roles: body.roles,
      scopes: requested,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(c, {
    action: 'api_client.created',
    targetType: 'api_client',
    targetId: row.id,
    change: { ...body, scopes: requested },
  });
  c.header('Location', `/v1/api-clients/${row.id}`);
  c.header('Cache-Control', 'no-store');
  return c.json({ ...toApiClient(row), clientSecret: secret }, 201);
};

export const list: RouteHandler<typeof listApiClients, AppEnv> = async (c) => {
  const { limit, cursor, status } = c.req.valid('query');
  const after = decodeCursor(c, 'api-clients', cursor);
  const rows = await c.var.tx
    .select()
    .from(apiClients)
    .where(
      and(
        eq(apiClients.tenantId, principalOf(c).tenantId),
        after ? gt(apiClients.id, after) : undefined,
        status ? eq(apiClients.status, status) : undefined,
      ),
    )
    .orderBy(asc(apiClients.id))
    .limit(limit + 1);
  const page = pageOf(c, 'api-clients', rows, limit, (row) => row.id);
  return c.json({ items: page.items.map(toApiClient), nextCursor: page.nextCursor }, 200);
};

export const get: RouteHandler<typeof getApiClient, AppEnv> = async (c) => {
  const row = await findClient(c.var.tx, principalOf(c).tenantId, c.req.valid('param').apiClientId);
  return c.json(toApiClient(row), 200);
};

export const rotate: RouteHandler<typeof rotateApiClientSecret, AppEnv> = async (c) => {
  const principal = principalOf(c);
  const current = await findClient(c.var.tx, principal.tenantId, c.req.valid('param').apiClientId);
  if (current.status !== 'active')
    throw new ProblemError('conflict', 'A revoked client cannot get a new secret');
  const secret = newSecret();
  const [row] = await c.var.tx
    .update(apiClients)
    .set({
      secretHash: await hashSecret(secret),
      secretHint: secret.slice(-4),
      secretRotatedAt: sql`now()`,
      updatedAt: sql`now()`,
      version: sql`${apiClients.version} + 1`,
    })
    .where(and(eq(apiClients.tenantId, principal.tenantId), eq(apiClients.id, current.id)))
    .returning();
  if (!row) throw notFound('API client');
  await recordAudit(c, {
    action: 'api_client.secret_rotated',
    targetType: 'api_client',
    targetId: row.id,
    change: { secretHint: row.secretHint },
  });
  c.header('Cache-Control', 'no-store');
  return c.json({ ...toApiClient(row), clientSecret: secret }, 200);
};

export const revoke: RouteHandler<typeof revokeApiClient, AppEnv> = async (c) => {
  const principal = principalOf(c);
  const current = await findClient(c.var.tx, principal.tenantId, c.req.valid('param').apiClientId);
  if (current.status === 'revoked') return c.json(toApiClient(current), 200);
  const [row] = await c.var.tx
    .update(apiClients)
    .set({
      status: 'revoked',
      revokedAt: sql`now()`,
      updatedAt: sql`now()`,
      version: sql`${apiClients.version} + 1`,
    })
    .where(and(eq(apiClients.tenantId, principal.tenantId), eq(apiClients.id, current.id)))
    .returning();
  if (!row) throw notFound('API client');
  await recordAudit(c, {
    action: 'api_client.revoked',
    targetType: 'api_client',
    targetId: row.id,
    change: { status: 'revoked' },
  });
  return c.json(toApiClient(row), 200);
};
