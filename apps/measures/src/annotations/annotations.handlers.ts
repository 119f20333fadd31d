import type { RouteHandler } from '@hono/zod-openapi';
import { annotations } from '@qms/db';
import { type AppEnv, decodeCursor, pageOf, principalOf, recordAudit } from '@qms/platform';
import { and, asc, eq, gt, gte, isNull, lte } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { findMeasure } from '../catalogue/measure-catalogue.js';
import { assertSeriesVisible, resolveScope } from '../quality-control/load.js';
import { assertWritableSeries, authorOf } from '../quality-control/series-writes.js';
import type { createAnnotation, listAnnotations } from './annotations.routes.js';
import { toAnnotation } from './annotations.schemas.js';

export const create: RouteHandler<typeof createAnnotation, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const { measure } = await assertWritableSeries(tx, principal, body);
  const id = uuidv7();
  const [row] = await tx
    .insert(annotations)
    .values({
      tenantId: principal.tenantId,
      id,
      measureTenantId: measure.tenantId,
      measureId: measure.id,
      unitId: body.unitId ?? null,
      periodStart: body.period,
      category: body.category,
      text: body.text,
      createdBy: authorOf(principal),
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await recordAudit(c, {
    action: 'annotation.created',
    targetType: 'annotation',
    targetId: id,
    change: body,
  });
  const query = new URLSearchParams({
    measureId: measure.id,
    ...(body.unitId ? { unitId: body.unitId } : {}),
  });
  c.header('Location', `/v1/annotations?${query}`);
  return c.json(toAnnotation(row), 201);
};

export const list: RouteHandler<typeof listAnnotations, AppEnv> = async (c) => {
  const { limit, cursor, measureId, organisationId, unitId, from, to } = c.req.valid('query');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const after = decodeCursor(c, 'annotations', cursor);
  const measure = await findMeasure(tx, measureId);
  const scope = await resolveScope(tx, principal, organisationId, unitId);
  await assertSeriesVisible(tx, principal, scope.organisationId, measure);
  const rows = await tx
    .select()
    .from(annotations)
    .where(
      and(
        eq(annotations.tenantId, scope.organisationId),
        eq(annotations.measureId, measure.id),
        scope.unitId === null ? isNull(annotations.unitId) : eq(annotations.unitId, scope.unitId),
        from ? gte(annotations.periodStart, from) : undefined,
        to ? lte(annotations.periodStart, to) : undefined,
        after ? gt(annotations.id, after) : undefined,
      ),
    )
    .orderBy(asc(annotations.id))
    .limit(limit + 1);
  const page = pageOf(c, 'annotations', rows, limit, (row) => row.id);
  return c.json({ items: page.items.map(toAnnotation), nextCursor: page.nextCursor }, 200);
};
