import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { ProblemError } from '../problems.js';
import type { AppEnv } from './context.js';

interface CursorBody {
  /** Tenant the cursor was issued to: another tenant cannot replay it. */
  t: string;
  /** What the list is of, so a cursor from one list cannot page another. */
  l: string;
  /** The sort key of the last item returned. */
  k: string;
}

const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url').slice(0, 22);

export function encodeCursor(c: Context<AppEnv>, list: string, lastKey: string): string {
  const principal = c.var.principal;
  if (!principal) throw new Error('cursor without principal');
  const payload = Buffer.from(
    JSON.stringify({ t: principal.tenantId, l: list, k: lastKey } satisfies CursorBody),
  ).toString('base64url');
  return `${payload}.${sign(c.var.services.keys.cursorSecret, payload)}`;
}

const invalidCursor = () =>
  new ProblemError('invalid-cursor', 'The cursor is not one this API issued for this list and caller', {
    errors: [{ pointer: '/query/cursor', detail: 'invalid cursor' }],
  });

/** The last key of the previous page, or undefined for the first page. */
export function decodeCursor(
  c: Context<AppEnv>,
  list: string,
  cursor: string | undefined,
): string | undefined {
  if (cursor === undefined) return undefined;
  const [payload, signature] = cursor.split('.');
  if (!payload || !signature) throw invalidCursor();
  const expected = sign(c.var.services.keys.cursorSecret, payload);
  if (
    signature.length !== expected.length ||
    !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
  ) {
    throw invalidCursor();
  }
  let body: CursorBody;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as CursorBody;
  } catch {
    throw invalidCursor();
  }
  if (body.t !== c.var.principal?.tenantId || body.l !== list || typeof body.k !== 'string')
    throw invalidCursor();
  return body.k;
}

/** Given `limit + 1` rows in key order, the page and the cursor of the next one. */
export function pageOf<T>(
  c: Context<AppEnv>,
  list: string,
  rows: T[],
  limit: number,
  keyOf: (row: T) => string,
) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(c, list, keyOf(last)) : null,
  };
}
