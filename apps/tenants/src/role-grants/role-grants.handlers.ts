import type { RouteHandler } from '@hono/zod-openapi';
import { roleGrants, type Tx } from '@qms/db';
import {
  type AppEnv,
  decodeCursor,
  notFound,
  ProblemError,
  pageOf,
  principalOf,
  recordAudit,
} from '@qms/platform';
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { createRoleGrant, getRoleGrant, listRoleGrants, revokeRoleGrant } from './role-grants.routes.js';

type Row = typeof roleGrants.$inferSelect;

const toRoleGrant = (row: Row) => ({
  id: row.id,
  issuer: row.issuer,
  subject: row.subject,
  displayName: row.displayName,
  role: row.role,
  grantedBy: row.grantedBy,
  revokedAt: row.revokedAt?.toISOString() ?? null,
  revokedBy: row.revokedBy,
  createdAt: row.createdAt.toISOString(),
});

async function findGrant(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .select()
    .from(roleGrants)
    .where(and(eq(roleGrants.tenantId, tenantId), eq(roleGrants.id, id)));
  if (!row) throw notFound('Role grant');
  return row;
}

export const create: RouteHandler<typeof createRoleGrant, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const principal = principalOf(c);
  if (body.role === 'platform_admin' && !(principal.platformAdmin && principal.tenantKind === 'platform')) {
    throw new ProblemError(
      'forbidden',
      'Only a platform administrator may grant platform_admin, in the platform organisation',
    );
  }
  if (body.role !== 'platform_admin' && principal.tenantKind === 'platform') {
    throw new ProblemError(
      'unprocessable-entity',
      'The platform organisation only holds platform administrators',
      {
        errors: [{ pointer: '/body/role', detail: 'must be platform_admin here' }],
      },
    );
  }
  const [row] = await c.var.tx
    .insert(roleGrants)
    .values({
      tenantId: principal.tenantId,
      issuer: body.issuer ?? c.var.services.config.QMS_ISSUER,
      subject: body.subject,
      displayName: body.displayName,
      role: body.role,
      grantedBy: `${principal.issuer}|${principal.id}`,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new ProblemError('conflict', 'The person already holds this role');
  await recordAudit(c, {
    action: 'role_grant.created',
    targetType: 'role_grant',
    targetId: row.id,
    change: body,
  });
  c.header('Location', `/v1/role-grants/${row.id}`);
  return c.json(toRoleGrant(row), 201);
};

export const list: RouteHandler<typeof listRoleGrants, AppEnv> = async (c) => {
  const { limit, cursor, subject, role, includeRevoked } = c.req.valid('query');
  const after = decodeCursor(c, 'role-grants', cursor);
  const rows = await c.var.tx
    .select()
    .from(roleGrants)
    .where(
      and(
        eq(roleGrants.tenantId, principalOf(c).tenantId),
        after ? gt(roleGrants.id, after) : undefined,
        subject ? eq(roleGrants.subject, subject) : undefined,
        role ? eq(roleGrants.role, role) : undefined,
        includeRevoked ? undefined : isNull(roleGrants.revokedAt),
      ),
    )
    .orderBy(asc(roleGrants.id))
    .limit(limit + 1);
  const page = pageOf(c, 'role-grants', rows, limit, (row) => row.id);
  return c.json({ items: page.items.map(toRoleGrant), nextCursor: page.nextCursor }, 200);
};

export const get: RouteHandler<typeof getRoleGrant, AppEnv> = async (c) => {
  const row = await findGrant(c.var.tx, principalOf(c).tenantId, c.req.valid('param').grantId);
  return c.json(toRoleGrant(row), 200);
};

export const revoke: RouteHandler<typeof revokeRoleGrant, AppEnv> = async (c) => {
  const principal = principalOf(c);
  const current = await findGrant(c.var.tx, principal.tenantId, c.req.valid('param').grantId);
  if (current.revokedAt) return c.json(toRoleGrant(current), 200);
  if (
    current.issuer === principal.issuer &&
    current.subject === principal.id &&
    current.role === 'tenant_admin'
  ) {
    throw new ProblemError(
      'unprocessable-entity',
      'You cannot revoke your own tenant_admin role; ask another administrator',
    );
  }
  const [row] = await c.var.tx
    .update(roleGrants)
    .set({ revokedAt: sql`now()`, revokedBy: `${principal.issuer}|${principal.id}`, updatedAt: sql`now()` })
    .where(and(eq(roleGrants.tenantId, principal.tenantId), eq(roleGrants.id, current.id)))
    .returning();
  if (!row) throw notFound('Role grant');
  await recordAudit(c, {
    action: 'role_grant.revoked',
    targetType: 'role_grant',
    targetId: row.id,
    change: { revoked: true },
  });
  return c.json(toRoleGrant(row), 200);
};
