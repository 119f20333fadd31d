import type { RouteHandler } from '@hono/zod-openapi';
import { auditLog } from '@qms/db';
import { type AppEnv, decodeCursor, pageOf, principalOf } from '@qms/platform';
import { and, asc, eq, gt, gte, lt } from 'drizzle-orm';
import type { listAuditEvents } from './audit-events.routes.js';

export const list: RouteHandler<typeof listAuditEvents, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const after = decodeCursor(c, 'audit-events', query.cursor);
  const rows = await c.var.tx
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.tenantId, principalOf(c).tenantId),
        after ? gt(auditLog.id, after) : undefined,
        query.action ? eq(auditLog.action, query.action) : undefined,
        query.targetType ? eq(auditLog.targetType, query.targetType) : undefined,
        query.targetId ? eq(auditLog.targetId, query.targetId) : undefined,
        query.since ? gte(auditLog.occurredAt, new Date(query.since)) : undefined,
        query.until ? lt(auditLog.occurredAt, new Date(query.until)) : undefined,
      ),
    )
    .orderBy(asc(auditLog.id))
    .limit(query.limit + 1);
  const page = pageOf(c, 'audit-events', rows, query.limit, (row) => row.id);
  return c.json(
    {
      items: page.items.map((row) => ({
        id: row.id,
        occurredAt: row.occurredAt.toISOString(),
        actorType: row.actorType,
        actorId: row.actorId,
        action: row.action,
        targetType: row.targetType,
        targetId: row.targetId,
        requestId: row.requestId,
        changeHash: row.changeHash,
      })),
      nextCursor: page.nextCursor,
    },
    200,
  );
};
