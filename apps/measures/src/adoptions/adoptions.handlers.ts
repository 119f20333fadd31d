import type { RouteHandler } from '@hono/zod-openapi';
import { adoptions, type Tx, units } from '@qms/db';
import {
  type AppEnv,
  assertVersion,
  databaseErrorOf,
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
import { isPublishedToEnrolledProgramme } from '../catalogue/measure-catalogue.js';
import { findVisibleMeasure } from '../measures/measure-store.js';
import type { createAdoption, getAdoption, listAdoptions, updateAdoption } from './adoptions.routes.js';

type Row = typeof adoptions.$inferSelect;

const toAdoption = (row: Row) => ({
  id: row.id,
  organisationId: row.tenantId,
  measureId: row.measureId,
  measureOwnerOrganisationId: row.measureTenantId,
  ownerUnitId: row.ownerUnitId,
  localOwner: row.localOwner,
  localTarget: row.localTarget,
  status: row.status,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const alreadyAdopted = () =>
  new ProblemError('conflict', 'Your organisation has already adopted this measure', {
    errors: [{ pointer: '/body/measureId', detail: 'already adopted' }],
  });

/** The owning unit must be one of the caller's own units (RLS alone would show enrolled ones' too). */
async function assertOwnUnit(tx: Tx, tenantId: string, unitId: string | null | undefined) {
  if (!unitId) return;
  const [unit] = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.id, unitId)));
  if (!unit) {
    const detail = 'The unit does not exist in your organisation';
    throw new ProblemError('unprocessable-entity', detail, {
      errors: [{ pointer: '/body/ownerUnitId', detail }],
    });
  }
}

export const create: RouteHandler<typeof createAdoption, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const tenantId = principal.tenantId;
  const measure = await findVisibleMeasure(tx, body.measureId);
  if (measure.tenantId === tenantId) {
    const detail = 'Your organisation owns this measure; adoption is for another organisation’s measure';
    throw new ProblemError('unprocessable-entity', detail, {
      errors: [{ pointer: '/body/measureId', detail }],
    });
  }
  // Seeing a measure (as an invited organisation) is not enough: it must be published to a
  // programme the caller is actively enrolled in. Otherwise it is not one it can adopt: 404.
  if (!(await isPublishedToEnrolledProgramme(tx, tenantId, measure))) throw notFound('Measure');
  await assertOwnUnit(tx, tenantId, body.ownerUnitId);
  const [live] = await tx
    .select({ id: adoptions.id })
    .from(adoptions)
    .where(
      and(
        eq(adoptions.tenantId, tenantId),
        eq(adoptions.measureTenantId, measure.tenantId),
        eq(adoptions.measureId, measure.id),
        eq(adoptions.status, 'active'),
      ),
    )
    .limit(1);
  if (live) throw alreadyAdopted();
  const id = uuidv7();
  const [row] = await tx
    .insert(adoptions)
    .values({
      tenantId,
      id,
      measureTenantId: measure.tenantId,
      measureId: measure.id,
      ownerUnitId: body.ownerUnitId ?? null,
      localOwner: body.localOwner ?? '',
      localTarget: body.localTarget ?? null,
    })
    .returning()
    .catch((error: unknown) => {
      if (databaseErrorOf(error)?.code === '23505') throw alreadyAdopted();
      throw error;
    });
  if (!row) throw new Error('insert returned no row');
  await recordAudit(c, { action: 'adoption.created', targetType: 'adoption', targetId: id, change: body });
  c.header('Location', `/v1/adoptions/${id}`);
  c.header('ETag', etagOf(row.rowVersion));
  return c.json(toAdoption(row), 201);
};

export const list: RouteHandler<typeof listAdoptions, AppEnv> = async (c) => {
  const { limit, cursor, measureId, status } = c.req.valid('query');
  const after = decodeCursor(c, 'adoptions', cursor);
  // No tenant filter on purpose: row-level security returns the caller's own adoptions and, for
  // a programme owner, adoptions of its own measures by organisations actively enrolled with it.
  const rows = await c.var.tx
    .select()
    .from(adoptions)
    .where(
      and(
        after ? gt(adoptions.id, after) : undefined,
        measureId ? eq(adoptions.measureId, measureId) : undefined,
        status ? eq(adoptions.status, status) : undefined,
      ),
    )
    .orderBy(asc(adoptions.id))
    .limit(limit + 1);
  const page = pageOf(c, 'adoptions', rows, limit, (row) => row.id);
  return c.json({ items: page.items.map(toAdoption), nextCursor: page.nextCursor }, 200);
};

export const get: RouteHandler<typeof getAdoption, AppEnv> = async (c) => {
  // Any adoption the caller can read (RLS decides, as for the list).
  const [row] = await c.var.tx
    .select()
    .from(adoptions)
    .where(eq(adoptions.id, c.req.valid('param').adoptionId))
    .limit(1);
  if (!row) throw notFound('Adoption');
  c.header('ETag', etagOf(row.rowVersion));
  return c.json(toAdoption(row), 200);
};

export const update: RouteHandler<typeof updateAdoption, AppEnv> = async (c) => {
  const { adoptionId } = c.req.valid('param');
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const tenantId = principal.tenantId;
  const expected = requiredIfMatchVersion(c);
  // Only the adopting organisation changes an adoption; the measure's owner only reads it.
  const [current] = await tx
    .select()
    .from(adoptions)
    .where(and(eq(adoptions.tenantId, tenantId), eq(adoptions.id, adoptionId)));
  if (!current) throw notFound('Adoption');
  assertVersion(current.rowVersion, expected);
  if (current.status === 'ended') throw new ProblemError('conflict', 'An ended adoption does not change');
  await assertOwnUnit(tx, tenantId, body.ownerUnitId);
  const [row] = await tx
    .update(adoptions)
    .set({
      ...(body.ownerUnitId !== undefined ? { ownerUnitId: body.ownerUnitId } : {}),
      ...(body.localOwner !== undefined ? { localOwner: body.localOwner } : {}),
      ...(body.localTarget !== undefined ? { localTarget: body.localTarget } : {}),
      ...(body.status !== undefined ? { status: body.status } : {}),
      rowVersion: sql`${adoptions.rowVersion} + 1`,
      updatedAt: sql`now()`,
    })
    .where(
      and(eq(adoptions.tenantId, tenantId), eq(adoptions.id, adoptionId), eq(adoptions.rowVersion, expected)),
    )
    .returning();
  if (!row) throw new ProblemError('precondition-failed', 'The adoption changed while you were updating it');
  await recordAudit(c, {
    action: body.status === 'ended' ? 'adoption.ended' : 'adoption.updated',
    targetType: 'adoption',
    targetId: adoptionId,
    change: body,
  });
  c.header('ETag', etagOf(row.rowVersion));
  return c.json(toAdoption(row), 200);
};
