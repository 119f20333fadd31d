import { createHash, type Hash } from 'node:crypto';
import { idempotencyKeys, queryRows } from '@qms/db';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { principalKey } from '../auth/principal.js';
import { ProblemError } from '../problems.js';
import type { AppEnv } from './context.js';

const KEY = /^[\x21-\x7e]{1,255}$/;
/** Response headers worth replaying; hop-by-hop and per-request ones are not. */
const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];

/**
 * `Idempotency-Key` for creating calls. Runs inside the request's tenant transaction, so the
 * stored response commits together with the writes it describes: a crash leaves neither.
 * An advisory lock on the key tells a concurrent retry that the first is still running.
 */
export const idempotency = createMiddleware<AppEnv>(async (c, next) => {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return next();
  if (!KEY.test(key)) {
    throw new ProblemError('validation-error', 'Idempotency-Key must be 1-255 printable ASCII characters', {
      errors: [{ pointer: '/header/idempotency-key', detail: 'invalid' }],
    });
  }
  const principal = c.var.principal;
  if (!principal) throw new ProblemError('unauthenticated');
  const tx = c.var.tx;
  const owner = principalKey(principal);
  // The query string is part of the request: a dry run must not answer for the real thing.
  const url = new URL(c.req.url);
  const hash = createHash('sha256').update(`${c.req.method} ${url.pathname}${url.search}\n`);
  // JSON bodies are small and parsed whole anyway: fingerprint them up front. Any other body
  // (a CSV upload of a million rows) is fingerprinted while the handler streams it.
  const streamed = isStreamedBody(c.req.header('content-type')) && c.req.raw.body !== null;
  let fingerprint: string | undefined;
  let finished: Promise<string> | undefined;
  if (streamed) {
    finished = fingerprintWhileRead(c, hash);
  } else {
    fingerprint = hash.update(Buffer.from(await c.req.raw.clone().arrayBuffer())).digest('hex');
  }

  const [lock] = await queryRows<{ locked: boolean }>(
    tx,
    sql`select pg_try_advisory_xact_lock(hashtextextended(${`${principal.tenantId}|${owner}|${key}`}, 0)) as locked`,
  );
  if (!lock?.locked) {
    throw new ProblemError('idempotency-in-progress', 'Wait for the first request with this key to finish', {
      headers: { 'Retry-After': '1' },
    });
  }
  const [stored] = await tx
    .select()
    .from(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.tenantId, principal.tenantId),
        eq(idempotencyKeys.principalId, owner),
        eq(idempotencyKeys.key, key),
        gt(idempotencyKeys.expiresAt, sql`now()`),
      ),
    );
  if (stored) {
    if (finished) fingerprint = await drained(c, finished);
    if (stored.fingerprint !== fingerprint) {
      throw new ProblemError(
        'idempotency-key-reused',
        'This Idempotency-Key was used with a different request',
      );
    }
    c.res = new Response(stored.responseBody, {
      status: stored.responseStatus,
      headers: { ...stored.responseHeaders, 'Idempotent-Replayed': 'true' },
    });
    return;
  }

  await next();

  if (c.res.status >= 200 && c.res.status < 300) {
    if (finished) fingerprint = await drained(c, finished);
    if (fingerprint === undefined) throw new Error('idempotency: no fingerprint');
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = c.res.headers.get(name);
      if (value) headers[name] = value;
    }
    const ttlHours = c.var.services.config.QMS_IDEMPOTENCY_TTL_HOURS;
    // Expired keys are replaced in place, so a key may be reused after its documented lifetime.
    await tx
      .insert(idempotencyKeys)
      .values({
        tenantId: principal.tenantId,
        principalId: owner,
        key,
        fingerprint,
        responseStatus: c.res.status,
        responseHeaders: headers,
        responseBody: await c.res.clone().text(),
        expiresAt: sql`now() + make_interval(hours => ${ttlHours})`,
      })
      .onConflictDoUpdate({
        target: [idempotencyKeys.tenantId, idempotencyKeys.principalId, idempotencyKeys.key],
        set: {
          fingerprint,
          responseStatus: c.res.status,
          responseHeaders: headers,
          responseBody: sql`excluded.response_body`,
          createdAt: sql`now()`,
          expiresAt: sql`excluded.expires_at`,
        },
      });
  }
});

/** Bodies other than JSON are fingerprinted as they stream, never buffered whole. */
function isStreamedBody(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return !/^application\/([\w.-]+\+)?json$/.test(essence);
}

/**
 * Replaces the request body with a pass-through stream that hashes every chunk the handler
 * reads; the promise settles with the fingerprint once the body has been read to its end.
 */
function fingerprintWhileRead(c: Context<AppEnv>, hash: Hash): Promise<string> {
  const source = c.req.raw.body;
  if (!source) return Promise.resolve(hash.digest('hex'));
  let resolve: (fingerprint: string) => void = () => {};
  const done = new Promise<string>((settle) => {
    resolve = settle;
  });
  const hashing = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      hash.update(chunk);
      controller.enqueue(chunk);
    },
    flush() {
      resolve(hash.digest('hex'));
    },
  });
  const raw = c.req.raw;
  c.req.raw = new Request(raw.url, {
    method: raw.method,
    headers: raw.headers,
    body: source.pipeThrough(hashing),
    signal: raw.signal,
    duplex: 'half',
  } as RequestInit);
  return done;
}

/** The streamed fingerprint, reading (and discarding) whatever of the body is still unread. */
async function drained(c: Context<AppEnv>, finished: Promise<string>): Promise<string> {
  const body = c.req.raw.body;
  if (body && !body.locked) {
    const reader = body.getReader();
    while (!(await reader.read()).done) {
      // discard: only the fingerprint is needed
    }
    return finished;
  }
  // A handler that took the body reads it to its end before answering; never wait forever.
  let timer: NodeJS.Timeout | undefined;
  const unread = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('idempotency: the body was not read to its end')), 5_000);
  });
  try {
    return await Promise.race([finished, unread]);
  } finally {
    clearTimeout(timer);
  }
}
