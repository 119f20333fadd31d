import { z } from '@hono/zod-openapi';
import { defineOperation, PaginationQuerySchema, pageSchema } from '@qms/platform';

export const AuditEventSchema = z
  .object({
    id: z.uuid(),
    occurredAt: z.iso.datetime(),
    actorType: z.enum(['person', 'client', 'system']),
    actorId: z.string().openapi({ example: 'urn:qms:platform|tenant-admin@barts-health' }),
    action: z.string().openapi({ example: 'api_client.revoked' }),
    targetType: z.string().openapi({ example: 'api_client' }),
    targetId: z.string(),
    requestId: z.string(),
    changeHash: z.string().openapi({ description: 'SHA-256 of the canonical JSON of the change' }),
  })
  .openapi('AuditEvent');

export const listAuditEvents = defineOperation(
  { access: { roles: ['tenant_admin'], scope: 'audit:read' } },
  {
    method: 'get',
    path: '/audit-events',
    operationId: 'listAuditEvents',
    tags: ['Audit'],
    summary: 'Read the organisation’s audit log, oldest first',
    description: 'Append-only: the database refuses to change or delete an entry.',
    request: {
      query: PaginationQuerySchema.extend({
        action: z.string().max(100).optional().openapi({ example: 'organisation.updated' }),
        targetType: z.string().max(100).optional(),
        targetId: z.string().max(200).optional(),
        since: z.iso.datetime().optional().openapi({ example: '2026-01-01T00:00:00Z' }),
        until: z.iso.datetime().optional(),
      }),
    },
    responses: {
      200: {
        description: 'A page of audit events',
        content: { 'application/json': { schema: pageSchema(AuditEventSchema, 'AuditEventPage') } },
      },
    },
  },
);
