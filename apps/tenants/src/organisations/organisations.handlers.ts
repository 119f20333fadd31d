import type { RouteHandler } from '@hono/zod-openapi';
import { organisations, roleGrants, type Tx } from '@qms/db';
import {
  type AppEnv,
  assertVersion,
  decodeCursor,
  etagOf,
  notFound,
  ProblemError,
  pageOf,
  principalOf,
  recordAudit,
  requiredIfMatchVersion,
} from '@qms/platform';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from './organisations.routes.js';

type Row = typeof organisations.$inferSelect;

export const toOrganisation = (row: Row) => ({
  id: row.tenantId,
  slug: row.slug,
  name: row.name,
  kind: row.kind,
  status: row.status,
  externalIds: row.externalIds,
  attributes: row.attributes,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const create: RouteHandler<typeof createOrganisation, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const tenantId = uuidv7();
  const [row] = await tx
    .insert(organisations)
    .values({
      tenantId,
      slug: body.slug,
      name: body.name,
      kind: body.kind,
      externalIds: body.externalIds,
      attributes: body.attributes,
    })
    .onConflictDoNothing({ target: organisations.slug })
    .returning();
  if (!row) throw new ProblemError('conflict', `An organisation with the slug "${body.slug}" already exists`);
  for (const admin of body.admins) {
    await tx.insert(roleGrants).values({
      tenantId,
      issuer: admin.issuer ?? c.var.services.config.QMS_ISSUER,
      subject: admin.subject,
      displayName: admin.displayName,
      role: 'tenant_admin',
      grantedBy: `${principal.issuer}|${principal.id}`,
    });
  }
  await recordAudit(c, {
    tenantId,
    action: 'organisation.created',
    targetType: 'organisation',
    targetId: tenantId,
    change: body,
  });
  c.header('Location', `/v1/organisations/${tenantId}`);
  c.header('ETag', etagOf(row.version));
  return c.json(toOrganisation(row), 201);
};

export const list: RouteHandler<typeof listOrganisations, AppEnv> = async (c) => {
  const { limit, cursor, kind } = c.req.valid('query');
  const after = decodeCursor(c, 'organisations', cursor);
  // No tenant filter here on purpose: row-level security decides which organisations are visible.
  const rows = await c.var.tx
    .select()
    .from(organisations)
    .where(
      and(
        after ? gt(organisations.tenantId, after) : undefined,
        kind ? eq(organisations.kind, kind) : undefined,
      ),
    )
    .orderBy(asc(organisations.tenantId))
    .limit(limit + 1);
  const page = pageOf(c, 'organisations', rows, limit, (row) => row.tenantId);
  return c.json({ items: page.items.map(toOrganisation), nextCursor: page.nextCursor }, 200);
};

async function findOrganisation(tx: Tx, organisationId: string) {
  const [row] = await tx.select().from(organisations).where(eq(organisations.tenantId, organisationId));
  if (!row) throw notFound('Organisation');
  return row;
}

export const get: RouteHandler<typeof getOrganisation, AppEnv> = async (c) => {
  const row = await findOrganisation(c.var.tx, c.req.valid('param').organisationId);
  c.header('ETag', etagOf(row.version));
  return c.json(toOrganisation(row), 200);
};

export const update: RouteHandler<typeof updateOrganisation, AppEnv> = async (c) => {
  const { organisationId } = c.req.valid('param');
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const expected = requiredIfMatchVersion(c);
  const current = await findOrganisation(c.var.tx, organisationId);
  const ownOrganisation = principal.tenantId === organisationId;
  if (!principal.platformAdmin && !(ownOrganisation && principal.roles.includes('tenant_admin'))) {
    throw notFound('Organisation');
  }
  if (body.status !== undefined && !principal.platformAdmin) {
    throw new ProblemError(
      'forbidden',
      'Only a platform administrator may suspend or reactivate an organisation',
    );
  }
  if (current.kind === 'platform' && body.status === 'suspended') {
    throw new ProblemError('unprocessable-entity', 'The platform organisation cannot be suspended');
  }
  assertVersion(current.version, expected);
  const [row] = await c.var.tx
    .update(organisations)
    .set({
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.externalIds !== undefined ? { externalIds: body.externalIds } : {}),
      ...(body.attributes !== undefined ? { attributes: body.attributes } : {}),
      ...(body.status !== undefined ? { status: body.status } : {}),
      version: sql`${organisations.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(organisations.tenantId, organisationId), eq(organisations.version, expected)))
    .returning();
  if (!row)
    throw new ProblemError('precondition-failed', 'The organisation changed while you were updating it');
  await recordAudit(c, {
    tenantId: organisationId,
    action: body.status
      ? `organisation.${body.status === 'suspended' ? 'suspended' : 'reactivated'}`
      : 'organisation.updated',
    targetType: 'organisation',
    targetId: organisationId,
    change: body,
  });
  c.header('ETag', etagOf(row.version));
  return c.json(toOrganisation(row), 200);
};
