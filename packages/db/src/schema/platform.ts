import { index, integer, jsonb, pgSchema, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { id, tenantId } from './columns.js';

export const platform = pgSchema('platform');

/**
 * Append-only: the database refuses UPDATE and DELETE (trigger and grants), so a compromised
 * handler cannot rewrite history. `change_hash` is a SHA-256 of the canonical JSON of the change.
 */
export const auditLog = platform.table(
  'audit_log',
  {
    tenantId: tenantId(),
    id: id(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorType: text('actor_type', { enum: ['person', 'client', 'system'] }).notNull(),
    actorId: text('actor_id').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    requestId: text('request_id').notNull(),
    changeHash: text('change_hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('audit_log_target_idx').on(t.tenantId, t.targetType, t.targetId),
  ],
);

/** A creating request's first response, replayed for retries with the same key. */
export const idempotencyKeys = platform.table(
  'idempotency_keys',
  {
    tenantId: tenantId(),
    principalId: text('principal_id').notNull(),
    key: text('key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    responseStatus: integer('response_status').notNull(),
    responseHeaders: jsonb('response_headers').$type<Record<string, string>>().notNull(),
    responseBody: text('response_body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.principalId, t.key] }),
    index('idempotency_expiry_idx').on(t.expiresAt),
  ],
);

export const referenceTables = ['tenancy.organisations'] as const;

export type AuditRow = typeof auditLog.$inferSelect;
