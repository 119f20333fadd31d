import type { RouteHandler } from '@hono/zod-openapi';
import { measureLinks, measures, queryRows, type Tx } from '@qms/db';
import {
  type AppEnv,
  databaseErrorOf,
  decodeCursor,
  notFound,
  ProblemError,
  pageOf,
  principalOf,
  recordAudit,
} from '@qms/platform';
import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { contentEtag, visibleMeasureOrUndefined } from '../measures/measure-store.js';
import { cycleThrough, type ThreadEdge } from './golden-thread.js';
import type {
  createMeasureLink,
  deleteMeasureLink,
  getMeasureLink,
  listMeasureLinks,
} from './measure-links.routes.js';

type Row = typeof measureLinks.$inferSelect;

const toLink = (row: Row) => ({
  id: row.id,
  ownerOrganisationId: row.tenantId,
  fromMeasureId: row.fromMeasureId,
  toMeasureId: row.toMeasureId,
  toMeasureOwnerOrganisationId: row.toMeasureTenantId,
  kind: row.kind,
  createdAt: row.createdAt.toISOString(),
});

const bodyProblem = (pointer: string, detail: string) =>
  new ProblemError('unprocessable-entity', detail, { errors: [{ pointer, detail }] });

const duplicate = () =>
  new ProblemError('conflict', 'The same link already exists', {
    errors: [{ pointer: '/body/toMeasureId', detail: 'already linked' }],
  });

/**
 * The `contributes_to` links reachable downstream of a measure, among the links the caller can
 * see (RLS). UNION (not UNION ALL) keeps each link once, so the walk ends even on a loop.
 */
async function downstreamEdges(tx: Tx, measureId: string): Promise<ThreadEdge[]> {
  const rows = await queryRows<{ from_measure_id: string; to_measure_id: string }>(
    tx,
    sql`
      with recursive reach (from_measure_id, to_measure_id) as (
        select l.from_measure_id, l.to_measure_id
          from measures.measure_links l
         where l.kind = 'contributes_to' and l.from_measure_id = ${measureId}::uuid
        union
        select l.from_measure_id, l.to_measure_id
          from measures.measure_links l
          join reach r on l.from_measure_id = r.to_measure_id
         where l.kind = 'contributes_to'
      )
      select from_measure_id, to_measure_id from reach`,
  );
  return rows.map((row) => ({
    fromMeasureId: String(row.from_measure_id),
    toMeasureId: String(row.to_measure_id),
  }));
}

export const create: RouteHandler<typeof createMeasureLink, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const tenantId = principal.tenantId;
  const [from] = await tx
    .select({ id: measures.id })
    .from(measures)
    .where(and(eq(measures.tenantId, tenantId), eq(measures.id, body.fromMeasureId)));
  if (!from)
    throw bodyProblem(
      '/body/fromMeasureId',
      'The from measure must be one of your organisation’s own measures',
    );
  const to = await visibleMeasureOrUndefined(tx, body.toMeasureId);
  if (!to) throw bodyProblem('/body/toMeasureId', 'The measure does not exist or is not visible to you');
  if (body.fromMeasureId === body.toMeasureId) {
    throw bodyProblem('/body/toMeasureId', 'A measure cannot be linked to itself');
  }
  if (body.kind === 'contributes_to') {
    // Serialises thread changes, so two links added at once cannot close a loop together.
    await queryRows(
      tx,
      sql`select pg_advisory_xact_lock(hashtextextended('measure-links|contributes_to', 0))`,
    );
    const loop = cycleThrough(
      body.fromMeasureId,
      body.toMeasureId,
      await downstreamEdges(tx, body.toMeasureId),
    );
    if (loop) {
      throw bodyProblem(
        '/body/toMeasureId',
        `The link would close a loop in the golden thread: ${loop.join(' → ')}`,
      );
    }
  }
  const [clash] = await tx
    .select({ id: measureLinks.id })
    .from(measureLinks)
    .where(
      and(
        eq(measureLinks.tenantId, tenantId),
        eq(measureLinks.fromMeasureId, body.fromMeasureId),
        eq(measureLinks.toMeasureId, body.toMeasureId),
        eq(measureLinks.kind, body.kind),
      ),
    )
    .limit(1);
  if (clash) throw duplicate();
  const id = uuidv7();
  const [row] = await tx
    .insert(measureLinks)
    .values({
      tenantId,
      id,
      fromMeasureId: body.fromMeasureId,
      toMeasureTenantId: to.tenantId,
      toMeasureId: to.id,
      kind: body.kind,
    })
    .returning()
    .catch((error: unknown) => {
      if (databaseErrorOf(error)?.code === '23505') throw duplicate();
      throw error;
    });
  if (!row) throw new Error('insert returned no row');
  await recordAudit(c, {
    action: 'measure_link.created',
    targetType: 'measure_link',
    targetId: id,
    change: body,
  });
  const representation = toLink(row);
  c.header('Location', `/v1/measure-links/${id}`);
  c.header('ETag', contentEtag(representation));
  return c.json(representation, 201);
};

export const list: RouteHandler<typeof listMeasureLinks, AppEnv> = async (c) => {
  const { limit, cursor, measureId, kind } = c.req.valid('query');
  const after = decodeCursor(c, 'measure-links', cursor);
  // No tenant filter on purpose: row-level security returns the caller's own links, those of
  // organisations actively enrolled in its programmes, and those from measures published to it.
  const rows = await c.var.tx
    .select()
    .from(measureLinks)
    .where(
      and(
        after ? gt(measureLinks.id, after) : undefined,
        measureId
          ? or(eq(measureLinks.fromMeasureId, measureId), eq(measureLinks.toMeasureId, measureId))
          : undefined,
        kind ? eq(measureLinks.kind, kind) : undefined,
      ),
    )
    .orderBy(asc(measureLinks.id))
    .limit(limit + 1);
  const page = pageOf(c, 'measure-links', rows, limit, (row) => row.id);
  return c.json({ items: page.items.map(toLink), nextCursor: page.nextCursor }, 200);
};

export const get: RouteHandler<typeof getMeasureLink, AppEnv> = async (c) => {
  const [row] = await c.var.tx
    .select()
    .from(measureLinks)
    .where(eq(measureLinks.id, c.req.valid('param').linkId))
    .limit(1);
  if (!row) throw notFound('Measure link');
  const representation = toLink(row);
  c.header('ETag', contentEtag(representation));
  return c.json(representation, 200);
};

export const remove: RouteHandler<typeof deleteMeasureLink, AppEnv> = async (c) => {
  const { linkId } = c.req.valid('param');
  const principal = principalOf(c);
  const [row] = await c.var.tx
    .delete(measureLinks)
    .where(and(eq(measureLinks.tenantId, principal.tenantId), eq(measureLinks.id, linkId)))
    .returning();
  if (!row) throw notFound('Measure link');
  await recordAudit(c, {
    action: 'measure_link.deleted',
    targetType: 'measure_link',
    targetId: linkId,
    change: toLink(row),
  });
  return c.body(null, 204);
};
