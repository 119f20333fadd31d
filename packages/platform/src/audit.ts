import { createHash } from 'node:crypto';
import { auditLog, type Tx } from '@qms/db';
import type { Context } from 'hono';
import type { AppEnv } from './http/context.js';

/** JSON with sorted keys, so the same change always hashes the same. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
}

export const hashOfChange = (change: unknown) => createHash('sha256').update(canonical(change)).digest('hex');

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string;
  change: unknown;
  /** The tenant whose data changed; the caller's own tenant unless a platform admin acts for another. */
  tenantId?: string;
}

/** Appends to the audit log in the request's transaction: the record and its audit commit together. */
export async function recordAudit(c: Context<AppEnv>, entry: AuditEntry, tx: Tx = c.var.tx): Promise<void> {
  const principal = c.var.principal;
  await tx.insert(auditLog).values({
    tenantId: entry.tenantId ?? principal?.tenantId ?? '',
    actorType: principal?.kind ?? 'system',
    actorId: principal ? `${principal.issuer}|${principal.id}` : 'system',
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    requestId: c.var.requestId,
    changeHash: hashOfChange(entry.change),
  });
}
