import type { RouteHandler, z } from '@hono/zod-openapi';
import { measureSetItems, measureSets, measures, programmes, type Tx } from '@qms/db';
import {
  type AppEnv,
  assertVersion,
  databaseErrorOf,
  decodeCursor,
  etagOf,
  type InvalidParam,
  notFound,
  ProblemError,
  pageOf,
  principalOf,
  recordAudit,
  requiredIfMatchVersion,
} from '@qms/platform';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { measureSummaries } from '../measures/measure-store.js';
import { alignmentOf } from './alignment.js';
import type {
  createMeasureSet,
  getMeasureSet,
  listMeasureSets,
  MeasureSetItemInputSchema,
  updateMeasureSet,
} from './measure-sets.routes.js';

type SetRow = typeof measureSets.$inferSelect;
type ItemRow = typeof measureSetItems.$inferSelect;
type ItemInput = z.infer<typeof MeasureSetItemInputSchema>;

const toSummary = (row: SetRow, items: readonly ItemRow[]) => ({
  id: row.id,
  ownerOrganisationId: row.tenantId,
  code: row.code,
  name: row.name,
  description: row.description,
  programmeId: row.programmeId,
  alignment: alignmentOf(items),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

async function toMeasureSet(tx: Tx, row: SetRow, items: ItemRow[]) {
  const summaries = await measureSummaries(
    tx,
    items.map((item) => item.measureId),
  );
  return {
    ...toSummary(row, items),
    items: items.map((item) => ({
      measureId: item.measureId,
      measureOwnerOrganisationId: item.measureTenantId,
      position: item.position,
      uses: item.uses as ItemInput['uses'],
      measure: summaries.get(item.measureId) ?? null,
    })),
  };
}

async function itemsOf(tx: Tx, sets: readonly SetRow[]): Promise<ItemRow[]> {
  if (sets.length === 0) return [];
  return tx
    .select()
    .from(measureSetItems)
    .where(
      inArray(
        measureSetItems.setId,
        sets.map((set) => set.id),
      ),
    )
    .orderBy(asc(measureSetItems.position));
}

const duplicateCode = (code: string) => {
  const detail = `Your organisation already has a measure set with the code "${code}"`;
  return new ProblemError('conflict', detail, { errors: [{ pointer: '/body/code', detail }] });
};

/**
 * The items' measures, each of which must be visible to the caller (RLS) and appear once; the
 * rows to insert, with their owners and positions.
 */
async function resolveItems(tx: Tx, tenantId: string, setId: string, items: readonly ItemInput[]) {
  const ids = [...new Set(items.map((item) => item.measureId))];
  const visible =
    ids.length === 0
      ? []
      : await tx
          .select({ id: measures.id, tenantId: measures.tenantId })
          .from(measures)
          .where(inArray(measures.id, ids));
  const ownerOf = new Map(visible.map((row) => [row.id, row.tenantId]));
  const errors: InvalidParam[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (!ownerOf.has(item.measureId)) {
      errors.push({
        pointer: `/body/items/${index}/measureId`,
        detail: 'The measure does not exist or is not visible to you',
      });
    } else if (seen.has(item.measureId)) {
      errors.push({ pointer: `/body/items/${index}/measureId`, detail: 'The measure is already in the set' });
    }
    seen.add(item.measureId);
  });
  if (errors.length > 0) {
    throw new ProblemError('unprocessable-entity', 'Some items cannot be added to the set', { errors });
  }
  return items.map((item, position) => ({
    tenantId,
    setId,
    measureTenantId: ownerOf.get(item.measureId) as string,
    measureId: item.measureId,
    uses: [...item.uses],
    position,
  }));
}

export const create: RouteHandler<typeof createMeasureSet, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const tenantId = principal.tenantId;
  if (body.programmeId) {
    // Explicitly the caller's own: RLS would also show programmes it is enrolled in.
    const [programme] = await tx
      .select({ id: programmes.id })
      .from(programmes)
      .where(and(eq(programmes.tenantId, tenantId), eq(programmes.id, body.programmeId)));
    if (!programme) {
      const detail = 'The programme does not exist among your organisation’s programmes';
      throw new ProblemError('unprocessable-entity', detail, {
        errors: [{ pointer: '/body/programmeId', detail }],
      });
    }
  }
  const [clash] = await tx
    .select({ id: measureSets.id })
    .from(measureSets)
    .where(and(eq(measureSets.tenantId, tenantId), eq(measureSets.code, body.code)))
    .limit(1);
  if (clash) throw duplicateCode(body.code);
  const id = uuidv7();
  const itemRows = await resolveItems(tx, tenantId, id, body.items);
  const [row] = await tx
    .insert(measureSets)
    .values({
      tenantId,
      id,
      code: body.code,
      name: body.name,
      description: body.description ?? '',
      programmeId: body.programmeId ?? null,
    })
    .returning()
    .catch((error: unknown) => {
      if (databaseErrorOf(error)?.code === '23505') throw duplicateCode(body.code);
      throw error;
    });
  if (!row) throw new Error('insert returned no row');
  const items = itemRows.length === 0 ? [] : await tx.insert(measureSetItems).values(itemRows).returning();
  await recordAudit(c, {
    action: 'measure_set.created',
    targetType: 'measure_set',
    targetId: id,
    change: body,
  });
  c.header('Location', `/v1/measure-sets/${id}`);
  c.header('ETag', etagOf(row.rowVersion));
  return c.json(await toMeasureSet(tx, row, items), 201);
};

export const list: RouteHandler<typeof listMeasureSets, AppEnv> = async (c) => {
  const { limit, cursor, programmeId } = c.req.valid('query');
  const tx = c.var.tx;
  const after = decodeCursor(c, 'measure-sets', cursor);
  // No tenant filter on purpose: row-level security returns the caller's own sets and those of
  // programmes it is invited to or enrolled in; a tenant filter would drop the latter.
  const rows = await tx
    .select()
    .from(measureSets)
    .where(
      and(
        after ? gt(measureSets.id, after) : undefined,
        programmeId ? eq(measureSets.programmeId, programmeId) : undefined,
      ),
    )
    .orderBy(asc(measureSets.id))
    .limit(limit + 1);
  const page = pageOf(c, 'measure-sets', rows, limit, (row) => row.id);
  const items = await itemsOf(tx, page.items);
  return c.json(
    {
      items: page.items.map((set) =>
        toSummary(
          set,
          items.filter((item) => item.tenantId === set.tenantId && item.setId === set.id),
        ),
      ),
      nextCursor: page.nextCursor,
    },
    200,
  );
};

export const get: RouteHandler<typeof getMeasureSet, AppEnv> = async (c) => {
  const tx = c.var.tx;
  const [row] = await tx
    .select()
    .from(measureSets)
    .where(eq(measureSets.id, c.req.valid('param').setId))
    .limit(1);
  if (!row) throw notFound('Measure set');
  const items = (await itemsOf(tx, [row])).filter((item) => item.tenantId === row.tenantId);
  c.header('ETag', etagOf(row.rowVersion));
  return c.json(await toMeasureSet(tx, row, items), 200);
};

export const update: RouteHandler<typeof updateMeasureSet, AppEnv> = async (c) => {
  const { setId } = c.req.valid('param');
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const tenantId = principal.tenantId;
  const expected = requiredIfMatchVersion(c);
  // Only the owner's own sets change; members of its programme read them.
  const [current] = await tx
    .select()
    .from(measureSets)
    .where(and(eq(measureSets.tenantId, tenantId), eq(measureSets.id, setId)));
  if (!current) throw notFound('Measure set');
  assertVersion(current.rowVersion, expected);
  const itemRows = body.items ? await resolveItems(tx, tenantId, setId, body.items) : undefined;
  const [row] = await tx
    .update(measureSets)
    .set({
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      rowVersion: sql`${measureSets.rowVersion} + 1`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(measureSets.tenantId, tenantId),
        eq(measureSets.id, setId),
        eq(measureSets.rowVersion, expected),
      ),
    )
    .returning();
  if (!row)
    throw new ProblemError('precondition-failed', 'The measure set changed while you were updating it');
  if (itemRows) {
    await tx
      .delete(measureSetItems)
      .where(and(eq(measureSetItems.tenantId, tenantId), eq(measureSetItems.setId, setId)));
    if (itemRows.length > 0) await tx.insert(measureSetItems).values(itemRows);
  }
  const items = (await itemsOf(tx, [row])).filter((item) => item.tenantId === tenantId);
  await recordAudit(c, {
    action: 'measure_set.updated',
    targetType: 'measure_set',
    targetId: setId,
    change: body,
  });
  c.header('ETag', etagOf(row.rowVersion));
  return c.json(await toMeasureSet(tx, row, items), 200);
};
