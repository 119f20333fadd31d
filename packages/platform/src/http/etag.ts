import type { Context } from 'hono';
import { ProblemError } from '../problems.js';

/** A strong ETag per record version (If-Match needs strong comparison, RFC 9110 §13.1.1). */
export const etagOf = (version: number) => `"${version}"`;

/**
 * The version the caller last saw, from `If-Match`; 428 without it. The update itself must
 * still compare versions in its WHERE clause, so two racing writers cannot both win.
 */
export function requiredIfMatchVersion(c: Context): number {
  const header = c.req.header('if-match');
  if (!header) {
    throw new ProblemError('precondition-required', 'Send If-Match with the ETag of your latest read');
  }
  const match = /^"(\d{1,9})"$/.exec(header.trim());
  if (!match?.[1]) {
    throw new ProblemError('precondition-failed', 'If-Match does not match the current ETag');
  }
  return Number(match[1]);
}

export function assertVersion(current: number, expected: number): void {
  if (current !== expected) {
    throw new ProblemError(
      'precondition-failed',
      `The resource has changed (current ETag ${etagOf(current)})`,
      {
        headers: { ETag: etagOf(current) },
      },
    );
  }
}
