import type { RouteHandler } from '@hono/zod-openapi';
import { limitChanges } from '@qms/db';
import { type AppEnv, decodeCursor, pageOf, principalOf, recordAudit } from '@qms/platform';
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { findMeasure } from '../catalogue/measure-catalogue.js';
import { assertSeriesVisible, resolveScope } from '../quality-control/load.js';
import { assertWritableSeries, authorOf } from '../quality-control/series-writes.js';
import type { createLimitChange, listLimitChanges } from './limit-changes.routes.js';

type Row = typeof limitChanges.$inferSelect;

export const toLimitChange = (row: Row) => ({
  id: row.id,
  organisationId: row.tenantId,
  measureId: row.measureId,
  unitId: row.unitId,
  period: row.periodStart,
  kind: row.kind,
  baselineLength: row.baselineLength,
  reason: row.reason,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

export const create: RouteHandler<typeof createLimitChange, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const { measure } = await assertWritableSeries(tx, principal, body);
  const id = uuidv7();
  const [row] = await tx
    .insert(limitChanges)
    .values({
      tenantId: principal.tenantId,
      id,
      measureTenantId: measure.tenantId,
      measureId: measure.id,
      unitId: body.unitId ?? null,
      periodStart: body.period,
      kind: body.kind,
      baselineLength: body.baselineLength ?? null,
      reason: body.reason,
      createdBy: authorOf(principal),
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await recordAudit(c, {
    action: 'limit_change.created',
    targetType: 'limit_change',
    targetId: id,
    change: body,
  });
  const query = new URLSearchParams({
    measureId: measure.id,
    ...(body.unitId ? { unitId: body.unitId } : {}),
  });
  c.header('Location', `/v1/limit-changes?${query}`);
  return c.json(toLimitChange(row), 201);
};

export const list: RouteHandler<typeof listLimitChanges, AppEnv> = async (c) => {
  const { limit, cursor, measureId, organisationId, unitId } = c.req.valid('query');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const after = decodeCursor(c, 'limit-changes', cursor);
  const measure = await findMeasure(tx, measureId);
  const scope = await resolveScope(tx, principal, organisationId, unitId);
  await assertSeriesVisible(tx, principal, scope.organisationId, measure);
  const rows = await tx
    .select()
    .from(limitChanges)
    .where(
      and(
        eq(limitChanges.tenantId, scope.organisationId),
        eq(limitChanges.measureId, measure.id),
        scope.unitId === null ? isNull(limitChanges.unitId) : eq(limitChanges.unitId, scope.unitId),
        after ? gt(limitChanges.id, after) : undefined,
      ),
    )
    .orderBy(asc(limitChanges.id))
    .limit(limit + 1);
  const page = pageOf(c, 'limit-changes', rows, limit, (row) => row.id);
  return c.json({ items: page.items.map(toLimitChange), nextCursor: page.nextCursor }, 200);
};
