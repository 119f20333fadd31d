import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';

/**
 * The stable problem kinds. The `type` URI of a problem is `/problems/<slug>`; the gateway serves
 * a description at that path, so a client can follow the link from any error it receives.
 */
export const problemKinds = {
  'validation-error': { status: 400, title: 'Request failed validation' },
  'malformed-request': { status: 400, title: 'Malformed request' },
  'invalid-cursor': { status: 400, title: 'Invalid pagination cursor' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  'invalid-token': { status: 401, title: 'Invalid access token' },
  'invalid-client': { status: 401, title: 'Invalid client credentials' },
  forbidden: { status: 403, title: 'Not allowed' },
  'tenant-suspended': { status: 403, title: 'Organisation suspended' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  'idempotency-in-progress': { status: 409, title: 'A request with this Idempotency-Key is still running' },
  'precondition-failed': { status: 412, title: 'Precondition failed' },
  'payload-too-large': { status: 413, title: 'Request body too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'unprocessable-entity': { status: 422, title: 'Request cannot be processed' },
  'idempotency-key-reused': { status: 422, title: 'Idempotency-Key reused with a different request' },
  'precondition-required': { status: 428, title: 'If-Match header required' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'internal-error': { status: 500, title: 'Internal server error' },
  'service-unavailable': { status: 503, title: 'Service unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemKind = keyof typeof problemKinds;

export interface InvalidParam {
  /** JSON Pointer (RFC 6901) into the request: `/body/name`, `/query/limit`, `/header/if-match`. */
  pointer: string;
  detail: string;
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: InvalidParam[];
  [extension: string]: unknown;
}

export const problemTypeUri = (kind: ProblemKind) => `/problems/${kind}`;

/** Thrown anywhere in a request; the error handler turns it into `application/problem+json`. */
export class ProblemError extends Error {
  readonly kind: ProblemKind;
  readonly status: number;
  readonly errors: InvalidParam[] | undefined;
  readonly headers: Record<string, string>;
  readonly extensions: Record<string, unknown>;

  constructor(
    kind: ProblemKind,
    detail?: string,
    options: {
      errors?: InvalidParam[];
      headers?: Record<string, string>;
      extensions?: Record<string, unknown>;
    } = {},
  ) {
    super(detail ?? problemKinds[kind].title);
    this.name = 'ProblemError';
    this.kind = kind;
    this.status = problemKinds[kind].status;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
    this.extensions = options.extensions ?? {};
  }

  toDocument(instance: string | undefined): ProblemDocument {
    return {
      ...this.extensions,
      type: problemTypeUri(this.kind),
      title: problemKinds[this.kind].title,
      status: this.status,
      detail: this.message,
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export const notFound = (what: string) => new ProblemError('not-found', `${what} not found`);

const escapePointer = (segment: PropertyKey) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1');

/** Turns zod issues into field-level problem details with JSON Pointers. */
export function invalidParamsFromZod(error: ZodError, target: string): InvalidParam[] {
  return error.issues.map((issue) => ({
    pointer: `/${[target, ...issue.path].map(escapePointer).join('/')}`,
    detail: issue.message,
  }));
}

/** Maps Hono's own exceptions (malformed JSON, 415 from the media-type gate, body limit). */
export function problemFromHttpException(error: HTTPException): ProblemError {
  switch (error.status) {
    case 400:
      return new ProblemError('malformed-request', error.message || 'The request body could not be parsed');
    case 401:
      return new ProblemError('unauthenticated', error.message);
    case 413:
      return new ProblemError('payload-too-large');
    case 415:
      return new ProblemError(
        'unsupported-media-type',
        'Send the body as one of the media types the operation declares',
      );
    default:
      return error.status >= 500
        ? new ProblemError('internal-error', 'Unexpected error')
        : new ProblemError('malformed-request', error.message);
  }
}

interface DatabaseErrorLike {
  code?: string;
  constraint_name?: string;
  constraint?: string;
  message?: string;
}

/**
 * The postgres.js driver's own codes for a lost connection: closed by the server or the network
 * (CONNECTION_CLOSED), ended or destroyed while queries waited (CONNECTION_ENDED,
 * CONNECTION_DESTROYED), and no answer within `connect_timeout` (CONNECT_TIMEOUT).
 */
const driverConnectionCodes = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  // @qms/db's own: no transaction could be started in time (no connection, or no answer).
  'TRANSACTION_START_TIMEOUT',
]);

/** Finds the driver error under drizzle's wrapper (postgres.js and PGlite name fields alike). */
export function databaseErrorOf(error: unknown): DatabaseErrorLike | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const candidate = current as DatabaseErrorLike & { cause?: unknown };
    const code = candidate.code;
    if (typeof code === 'string') {
      // An SQLSTATE, a Node.js socket error (ECONNREFUSED, EAI_AGAIN) or a driver connection code.
      if (/^[0-9A-Z]{5}$/.test(code) || /^E[A-Z_]+$/.test(code) || driverConnectionCodes.has(code)) {
        return candidate;
      }
    }
    current = candidate.cause;
  }
  return undefined;
}

/**
 * SQLSTATEs of a database that is going away, starting, out of connections or not answering in
 * time: the request may succeed if retried, so they are 503, not a 500 that pages someone for a
 * bug. (57014 is a statement cancelled by `statement_timeout`, 55P03 a `lock_timeout`.)
 */
const unavailableCodes = new Set([
  '57P01',
  '57P02',
  '57P03',
  '57P05',
  '57014',
  '55P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
]);
/** Socket errors on the way to the database: refused, reset, unreachable, timed out, no DNS. */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EAI_AGAIN',
  ...driverConnectionCodes,
]);

/** Seconds a client is asked to wait before retrying while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** The 503 for an unreachable database: the same document and Retry-After wherever it is raised. */
export const databaseUnavailable = () =>
  new ProblemError('service-unavailable', 'The database is unavailable; retry shortly', {
    headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) },
  });

/** True when the error (or its cause) says the database could not be reached or answer in time. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = databaseErrorOf(error)?.code;
  return code !== undefined && (unavailableCodes.has(code) || networkCodes.has(code));
}

/** Database errors a client can act on become 4xx; an unreachable database becomes 503. */
export function problemFromDatabaseError(error: unknown): ProblemError | undefined {
  if (isDatabaseUnavailable(error)) return databaseUnavailable();
  const dbError = databaseErrorOf(error);
  if (!dbError?.code) return undefined;
  const code = dbError.code;
  switch (code) {
    case '23505':
      return new ProblemError('conflict', 'A resource with the same unique values already exists');
    case '23503':
      return new ProblemError('unprocessable-entity', 'The request refers to a resource that does not exist');
    case '23514':
    case '23502':
      return new ProblemError('unprocessable-entity', 'The request breaks a rule of the resource');
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return new ProblemError('validation-error', 'A value has the wrong format or is out of range');
    case '42501':
      // Row-level security refused the row: to the caller it does not exist. A missing grant is
      // a bug of ours, and stays a 500.
      return /row-level security/i.test(dbError.message ?? '')
        ? new ProblemError('not-found', 'Not found')
        : undefined;
    default:
      return undefined;
  }
}

export { HTTPException };
