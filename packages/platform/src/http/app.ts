import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { uuidv7 } from 'uuidv7';
import { principalKey } from '../auth/principal.js';
import {
  databaseErrorOf,
  invalidParamsFromZod,
  ProblemError,
  problemFromDatabaseError,
  problemFromHttpException,
} from '../problems.js';
import { authenticate } from './authenticate.js';
import type { AppEnv, PlatformServices } from './context.js';
import { bodyLimitFor } from './operation.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function problemResponse(c: Context<AppEnv>, problem: ProblemError): Response {
  const body = JSON.stringify(problem.toDocument(c.var.requestId));
  return new Response(body, {
    status: problem.status,
    headers: { ...problem.headers, 'Content-Type': 'application/problem+json' },
  });
}

/** Every validation failure (params, query, headers, body) becomes one 400 problem with pointers. */
export const validationHook = (
  outcome: { success: boolean; error?: unknown; target?: string },
  _c: Context,
) => {
  if (!outcome.success && outcome.error) {
    const target =
      outcome.target === 'json' || outcome.target === 'form'
        ? 'body'
        : outcome.target === 'param'
          ? 'path'
          : (outcome.target ?? 'request');
    throw new ProblemError('validation-error', 'The request failed validation', {
      errors: invalidParamsFromZod(outcome.error as Parameters<typeof invalidParamsFromZod>[0], target),
    });
  }
};

/** A service's router: an OpenAPIHono whose validation failures are problem documents. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook as never, strict: false });
}

function toProblem(error: unknown): ProblemError | undefined {
  if (error instanceof ProblemError) return error;
  if (error instanceof HTTPException) return problemFromHttpException(error);
  // PostgreSQL cannot store U+0000 in text (22021, "invalid byte sequence"); JSON and CSV can
  // carry it, so it is the request's bad value, not a fault of ours.
  if (databaseErrorOf(error)?.code === '22021') {
    return new ProblemError('validation-error', 'A text value contains U+0000, which cannot be stored');
  }
  return problemFromDatabaseError(error);
}

/** A path template of a registered route as a pattern, to tell 405 from 404. */

/** A registered route's path (`/v1/units/:unitId`) as a pattern, to tell 405 from 404. */
const patternOfRoute = (path: string) =>
  new RegExp(
    `^${path
      .split('/')
      .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.+?^${}()|[\]\\*]/g, '\\$&')))
      .join('/')}/?$`,
  );

/** How long an unread rest of a request body may take to arrive before the connection is given up. */
const UNREAD_BODY_WAIT_MS = 2_000;

/**
 * Reads the rest of a request body and discards it. False when it is larger than `limit`, slower
 * than UNREAD_BODY_WAIT_MS or fails: the answer should then say `Connection: close`.
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, limit: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), UNREAD_BODY_WAIT_MS);
  });
  const drained = (async () => {
    let seen = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      seen += value.byteLength;
      if (seen > limit) return false;
    }
  })().catch(() => false);
  try {
    const complete = await Promise.race([drained, slow]);
    if (!complete) reader.cancel().catch(() => {});
    return complete;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads and discards a request body the app answered without reading (refused by
 * authentication, authorisation, a missing record or a body limit), so the client's next
 * request on the same keep-alive connection is served. @hono/node-server would drain it after
 * the answer, but once the body stream exists (the body-limit check creates it) its drain stalls
 * and it destroys the socket 500 ms later, killing whatever the client sent next on it. A body
 * larger than `limit` is not worth reading: the answer then says `Connection: close`.
 */
async function settleUnreadBody(c: Context<AppEnv>, limit: number): Promise<void> {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return;
  const declared = c.req.header('content-length');
  const chunked = c.req.header('transfer-encoding') !== undefined;
  if (!chunked && (declared === undefined || declared === '0')) return;
  // `bodyUsed` does not create a stream for a body nobody asked for; `body` would.
  if (c.req.raw.bodyUsed) return;
  const close = () => c.res.headers.set('Connection', 'close');
  if (declared !== undefined && !(Number(declared) <= limit)) return close();
  const body = c.req.raw.body;
  // Locked: a handler holds the stream (a streamed upload settles its own rest, see below).
  if (!body || body.locked) return;
  if (!(await discardRest(body.getReader(), limit))) close();
}

/**
 * The platform's HTTP shell shared by the gateway and every standalone service: request id,
 * logging, security headers, CORS, body limit, authentication, rate limits and problem errors.
 */
export function createPlatformApp(services: PlatformServices) {
  const app = createRouter();
  const { config, logger } = services;

  app.use('*', async (c, next) => {
    const given = c.req.header('request-id');
    const requestId = given && REQUEST_ID.test(given) ? given : uuidv7();
    c.set('requestId', requestId);
    c.set('services', services);
    c.set('principal', undefined);
    c.set('identity', undefined);
    const started = performance.now();
    try {
      await next();
    } finally {
      c.res.headers.set('Request-Id', requestId);
      const principal = c.var.principal;
      // One line per request; never the token, the body or query values.
      logger.info(
        {
          requestId,
          method: c.req.method,
          route: c.req.routePath,
          status: c.res.status,
          durationMs: Math.round((performance.now() - started) * 100) / 100,
          tenant: principal?.tenantId,
          principal: principal ? principalKey(principal) : undefined,
        },
        'request',
      );
    }
  });
  app.use('*', async (c, next) => {
    await next();
    await settleUnreadBody(c, config.QMS_MAX_BODY_BYTES);
  });
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'same-site', xFrameOptions: 'DENY' }));
  if (config.QMS_CORS_ORIGINS.length > 0) {
    app.use(
      '*',
      cors({
        origin: config.QMS_CORS_ORIGINS,
        allowHeaders: [
          'Authorization',
          'Content-Type',
          'Idempotency-Key',
          'If-Match',
          'Request-Id',
          'Qms-Tenant',
        ],
        exposeHeaders: ['ETag', 'Request-Id', 'RateLimit', 'RateLimit-Policy', 'Retry-After', 'Location'],
        maxAge: 600,
      }),
    );
  }
  app.use('*', async (c, next) => {
    // A GET or HEAD request has no body for Hono to read, and asking for it (`c.req.raw.body`)
    // costs a full Request object per read.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const maxSize = bodyLimitFor(c.req.method, c.req.path, config.QMS_MAX_BODY_BYTES);
    const tooLarge = () => new ProblemError('payload-too-large', `The body is larger than ${maxSize} bytes`);
    if (maxSize <= config.QMS_MAX_BODY_BYTES) {
      return bodyLimit({
        maxSize,
        onError: () => {
          throw tooLarge();
        },
      })(c, next);
    }
    // Bulk uploads stream: count bytes as the handler reads them rather than buffering the whole
    // body first (Hono's bodyLimit reads a body without Content-Length into memory).
    const declared = c.req.header('content-length');
    if (declared !== undefined && Number(declared) > maxSize) throw tooLarge();
    const source = c.req.raw.body;
    const upload: { rest?: ReadableStreamDefaultReader<Uint8Array>; overLimit: boolean } = {
      overLimit: false,
    };
    if (source) {
      const reader = source.getReader();
      let seen = 0;
      const counted = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const { done, value } = await reader.read();
          if (done) return controller.close();
          seen += value.byteLength;
          if (seen > maxSize) {
            upload.overLimit = true;
            controller.error(tooLarge());
          } else controller.enqueue(value);
        },
        // The handler stopped reading early (a bad header line of a large upload): the rest is
        // read and discarded before the answer goes, or the connection could not be reused.
        cancel() {
          upload.rest = reader;
        },
      });
      const raw = c.req.raw;
      c.req.raw = new Request(raw.url, {
        method: raw.method,
        headers: raw.headers,
        body: counted,
        signal: raw.signal,
        duplex: 'half',
      } as RequestInit);
    }
    await next();
    if (upload.overLimit || (upload.rest && !(await discardRest(upload.rest, maxSize)))) {
      c.res.headers.set('Connection', 'close');
    }
  });
  app.use('*', authenticate);
  app.use(
    '*',
    createMiddleware<AppEnv>(async (c, next) => {
      // Keyed by the token's subject (verified, before roles are resolved) or the client address.
      const identity = c.var.identity;
      const key = identity
        ? `${identity.issuer}|${identity.clientId ?? identity.subject}`
        : `ip:${c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ?? 'local'}`;
      const decision = await services.rateLimiter.consume(key);
      const windowSeconds = Number(config.QMS_RATE_LIMIT.split('/')[1]);
      const headers = {
        'RateLimit-Policy': `"default";q=${decision.limit};w=${windowSeconds}`,
        RateLimit: `"default";r=${decision.remaining};t=${decision.resetSeconds}`,
      };
      if (!decision.allowed) {
        throw new ProblemError(
          'rate-limited',
          `Limit of ${decision.limit} requests per ${windowSeconds} s reached`,
          {
            headers: { ...headers, 'Retry-After': String(decision.resetSeconds) },
          },
        );
      }
      await next();
      for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    }),
  );

  app.onError((error, c) => {
    const problem = toProblem(error);
    if (problem) {
      if (problem.status >= 500) logger.warn({ requestId: c.var.requestId, err: error }, 'request failed');
      return problemResponse(c, problem);
    }
    logger.error({ requestId: c.var.requestId, err: error }, 'unexpected error');
    return problemResponse(
      c,
      new ProblemError('internal-error', 'Unexpected error; quote the request id to support'),
    );
  });

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const allowed = new Set<string>();
    for (const route of app.routes) {
      if (route.method === 'ALL' || route.path.endsWith('*')) continue;
      if (patternOfRoute(route.path).test(path)) allowed.add(route.method);
    }
    if (allowed.size > 0) {
      return problemResponse(
        c,
        new ProblemError('method-not-allowed', `${c.req.method} is not allowed here`, {
          headers: { Allow: [...allowed].sort().join(', ') },
        }),
      );
    }
    return problemResponse(c, new ProblemError('not-found', `No route for ${c.req.method} ${path}`));
  });

  return app;
}
