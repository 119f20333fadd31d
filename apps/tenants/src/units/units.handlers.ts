import type { RouteHandler } from '@hono/zod-openapi';
import { queryRows, type Tx, units } from '@qms/db';
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
import { and, asc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { wouldCreateCycle } from './unit-tree.js';
import type { createUnit, getUnit, getUnitTree, listUnits, updateUnit } from './units.routes.js';

type Row = typeof units.$inferSelect;

export const toUnit = (row: Row) => ({
  id: row.id,
  organisationId: row.tenantId,
  parentId: row.parentId,
  kind: row.kind,
  name: row.name,
  code: row.code,
  status: row.status,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const parentProblem = (detail: string) =>
  new ProblemError('unprocessable-entity', detail, { errors: [{ pointer: '/body/parentId', detail }] });

const duplicateCode = (code: string) => {
  const detail = `Another unit of the organisation already has the code "${code}"`;
  return new ProblemError('conflict', detail, { errors: [{ pointer: '/body/code', detail }] });
};

/** The unique index on (tenant_id, code) is the last word when two writers race. */
function rethrowDuplicateCode(error: unknown, code: string | null | undefined): never {
  const dbError = databaseErrorOf(error);
  if (code && dbError?.code === '23505') throw duplicateCode(code);
  throw error;
}

/** A unit of the caller's own organisation (the only ones it may write); 404 otherwise. */
async function findOwnUnit(tx: Tx, tenantId: string, unitId: string, what = 'Unit') {
  const [row] = await tx
    .select()
    .from(units)
    .where(and(eq(units.tenantId, tenantId), eq(units.id, unitId)));
  if (!row) throw notFound(what);
  return row;
}

async function assertCodeFree(tx: Tx, tenantId: string, code: string, exceptUnitId?: string) {
  const [clash] = await tx
    .select({ id: units.id })
    .from(units)
    .where(
      and(
        eq(units.tenantId, tenantId),
        eq(units.code, code),
        exceptUnitId ? ne(units.id, exceptUnitId) : undefined,
      ),
    )
    .limit(1);
  if (clash) throw duplicateCode(code);
}

/**
 * Ids of the units above `unitId` (parent first, root last), within one organisation. The path
 * array stops the walk should a loop ever exist, so the query always ends.
 */
async function ancestorIds(tx: Tx, tenantId: string, unitId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string; depth: number }>(
    tx,
    sql`
      with recursive up (id, parent_id, depth, path) as (
        select u.id, u.parent_id, 0, array[u.id]
          from tenancy.units u
         where u.tenant_id = ${tenantId}::uuid and u.id = ${unitId}::uuid
        union all
        select p.id, p.parent_id, up.depth + 1, up.path || p.id
          from tenancy.units p
          join up on p.tenant_id = ${tenantId}::uuid and p.id = up.parent_id
         where not p.id = any (up.path)
      )
      select id, depth from up where depth > 0 order by depth`,
  );
  return rows.map((row) => String(row.id));
}

/** Serialises moves within one organisation, so two concurrent moves cannot make a loop together. */
async function lockTree(tx: Tx, tenantId: string) {
  await queryRows(tx, sql`select pg_advisory_xact_lock(hashtextextended(${`units-tree|${tenantId}`}, 0))`);
}

export const create: RouteHandler<typeof createUnit, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const tenantId = principal.tenantId;
  const parentId = body.parentId ?? null;
  if (parentId) {
    // Explicitly the caller's tenant: RLS would also show units of enrolled organisations.
    const [parent] = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.tenantId, tenantId), eq(units.id, parentId)));
    if (!parent) throw parentProblem('The parent unit does not exist in your organisation');
  }
  if (body.code) await assertCodeFree(tx, tenantId, body.code);
  const id = uuidv7();
  const [row] = await tx
    .insert(units)
    .values({ tenantId, id, parentId, kind: body.kind, name: body.name, code: body.code ?? null })
    .returning()
    .catch((error: unknown) => rethrowDuplicateCode(error, body.code));
  if (!row) throw new Error('insert returned no row');
  await recordAudit(c, { action: 'unit.created', targetType: 'unit', targetId: id, change: body });
  c.header('Location', `/v1/units/${id}`);
  c.header('ETag', etagOf(row.version));
  return c.json(toUnit(row), 201);
};

export const list: RouteHandler<typeof listUnits, AppEnv> = async (c) => {
  const { limit, cursor, organisationId, parentId, kind, status } = c.req.valid('query');
  const principal = principalOf(c);
  const after = decodeCursor(c, 'units', cursor);
  // Another organisation's units are returned only when RLS lets the caller read them (the caller
  // owns a programme that organisation is actively enrolled in); otherwise the page is empty.
  const tenantId = organisationId ?? principal.tenantId;
  const rows = await c.var.tx
    .select()
    .from(units)
    .where(
      and(
        eq(units.tenantId, tenantId),
        after ? gt(units.id, after) : undefined,
        parentId ? eq(units.parentId, parentId) : undefined,
        kind ? eq(units.kind, kind) : undefined,
        status ? eq(units.status, status) : undefined,
      ),
    )
    .orderBy(asc(units.id))
    .limit(limit + 1);
  const page = pageOf(c, 'units', rows, limit, (row) => row.id);
  return c.json({ items: page.items.map(toUnit), nextCursor: page.nextCursor }, 200);
};

/**
 * A unit the caller can read. No tenant filter on purpose: RLS shows the caller's own units and
 * those of organisations actively enrolled in its programmes, and hides every other.
 */
async function findVisibleUnit(tx: Tx, unitId: string) {
  const [row] = await tx.select().from(units).where(eq(units.id, unitId)).limit(1);
  if (!row) throw notFound('Unit');
  return row;
}

export const get: RouteHandler<typeof getUnit, AppEnv> = async (c) => {
  const row = await findVisibleUnit(c.var.tx, c.req.valid('param').unitId);
  c.header('ETag', etagOf(row.version));
  return c.json(toUnit(row), 200);
};

export const tree: RouteHandler<typeof getUnitTree, AppEnv> = async (c) => {
  const { unitId } = c.req.valid('param');
  const { depth: maxDepth } = c.req.valid('query');
  const tx = c.var.tx;
  const unit = await findVisibleUnit(tx, unitId);
  const tenantId = unit.tenantId;
  // Both walks stay inside the unit's organisation; `path` guards against a loop.
  const related = await queryRows<{ id: string; depth: number; relation: 'ancestor' | 'descendant' }>(
    tx,
    sql`
      with recursive
        up (id, parent_id, depth, path) as (
          select u.id, u.parent_id, 0, array[u.id]
            from tenancy.units u
           where u.tenant_id = ${tenantId}::uuid and u.id = ${unitId}::uuid
          union all
          select p.id, p.parent_id, up.depth + 1, up.path || p.id
            from tenancy.units p
            join up on p.tenant_id = ${tenantId}::uuid and p.id = up.parent_id
           where not p.id = any (up.path)
        ),
        down (id, depth, path) as (
          select u.id, 1, array[${unitId}::uuid, u.id]
            from tenancy.units u
           where u.tenant_id = ${tenantId}::uuid and u.parent_id = ${unitId}::uuid
             and ${maxDepth ?? null}::int is distinct from 0
          union all
          select ch.id, down.depth + 1, down.path || ch.id
            from tenancy.units ch
            join down on ch.tenant_id = ${tenantId}::uuid and ch.parent_id = down.id
           where not ch.id = any (down.path)
             and (${maxDepth ?? null}::int is null or down.depth < ${maxDepth ?? null}::int)
        )
      select id, depth, 'ancestor' as relation from up where depth > 0
      union all
      select id, depth, 'descendant' as relation from down`,
  );
  const ids = related.map((row) => String(row.id));
  const rows =
    ids.length === 0
      ? []
      : await tx
          .select()
          .from(units)
          .where(and(eq(units.tenantId, tenantId), inArray(units.id, ids)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ancestors = related
    .filter((row) => row.relation === 'ancestor')
    .sort((a, b) => Number(b.depth) - Number(a.depth))
    .flatMap((row) => {
      const found = byId.get(String(row.id));
      return found ? [toUnit(found)] : [];
    });
  const descendants = related
    .filter((row) => row.relation === 'descendant')
    .sort((a, b) => Number(a.depth) - Number(b.depth) || (String(a.id) < String(b.id) ? -1 : 1))
    .flatMap((row) => {
      const found = byId.get(String(row.id));
      return found ? [{ ...toUnit(found), depth: Number(row.depth) }] : [];
    });
  return c.json({ unit: toUnit(unit), ancestors, descendants }, 200);
};

function auditAction(
  current: Row,
  body: { status?: string | undefined; parentId?: string | null | undefined },
) {
  if (body.status !== undefined && body.status !== current.status) {
    return body.status === 'closed' ? 'unit.closed' : 'unit.reopened';
  }
  if (body.parentId !== undefined && body.parentId !== current.parentId) return 'unit.moved';
  return 'unit.updated';
}

export const update: RouteHandler<typeof updateUnit, AppEnv> = async (c) => {
  const { unitId } = c.req.valid('param');
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const tenantId = principal.tenantId;
  const expected = requiredIfMatchVersion(c);
  // Only the caller's own units: an enrolled organisation's units are readable, never writable.
  const current = await findOwnUnit(tx, tenantId, unitId);
  assertVersion(current.version, expected);

  if (body.parentId !== undefined && body.parentId !== current.parentId) {
    const newParentId = body.parentId;
    if (newParentId !== null) {
      await lockTree(tx, tenantId);
      if (newParentId !== unitId) {
        const [parent] = await tx
          .select({ id: units.id })
          .from(units)
          .where(and(eq(units.tenantId, tenantId), eq(units.id, newParentId)));
        if (!parent) throw parentProblem('The new parent unit does not exist in your organisation');
      }
      const ancestors = newParentId === unitId ? [] : await ancestorIds(tx, tenantId, newParentId);
      if (wouldCreateCycle(unitId, newParentId, ancestors)) {
        throw parentProblem(
          newParentId === unitId
            ? 'A unit cannot be its own parent'
            : 'A unit cannot move under one of its own descendants',
        );
      }
    }
  }
  if (body.code && body.code !== current.code) await assertCodeFree(tx, tenantId, body.code, unitId);

  const [row] = await tx
    .update(units)
    .set({
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.code !== undefined ? { code: body.code } : {}),
      ...(body.status !== undefined ? { status: body.status } : {}),
      ...(body.parentId !== undefined ? { parentId: body.parentId } : {}),
      version: sql`${units.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(units.tenantId, tenantId), eq(units.id, unitId), eq(units.version, expected)))
    .returning()
    .catch((error: unknown) => rethrowDuplicateCode(error, body.code));
  if (!row) throw new ProblemError('precondition-failed', 'The unit changed while you were updating it');
  await recordAudit(c, {
    action: auditAction(current, body),
    targetType: 'unit',
    targetId: unitId,
    change: body,
  });
  c.header('ETag', etagOf(row.version));
  return c.json(toUnit(row), 200);
};
