import { z } from '@hono/zod-openapi';
import { type ProblemKind, problemKinds, problemTypeUri } from '../problems.js';

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: problemTypeUri('validation-error') }),
    title: z.string().openapi({ example: problemKinds['validation-error'].title }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().optional().openapi({ example: 'Request failed validation' }),
    instance: z
      .string()
      .optional()
      .openapi({ description: 'The request id', example: '0193b6f2-9d7e-7c41-b1a3-6f7e1d2c3b4a' }),
    errors: z
      .array(z.object({ pointer: z.string(), detail: z.string() }))
      .optional()
      .openapi({
        example: [{ pointer: '/body/name', detail: 'Too small: expected string to have >=1 characters' }],
      }),
  })
  .openapi('Problem', { description: 'An RFC 9457 problem document' });

const problem = (description: string, kind: ProblemKind) => ({
  description,
  content: {
    'application/problem+json': {
      schema: ProblemSchema,
      example: {
        type: problemTypeUri(kind),
        title: problemKinds[kind].title,
        status: problemKinds[kind].status,
      },
    },
  },
});

export function problemResponses(options: {
  authenticated: boolean;
  hasPathParams: boolean;
  hasBody: boolean;
  idempotent: boolean;
  conditional: boolean;
}) {
  return {
    400: problem('The request is malformed or fails validation', 'validation-error'),
    ...(options.authenticated
      ? {
          401: problem('No valid access token', 'unauthenticated'),
          403: problem(
            'The principal lacks the role or scope, or its organisation is suspended',
            'forbidden',
          ),
        }
      : {}),
    ...(options.hasPathParams || options.authenticated
      ? { 404: problem('Not found, or not visible to the caller', 'not-found') }
      : {}),
    ...(options.idempotent || options.conditional
      ? { 409: problem('Conflicts with the current state', 'conflict') }
      : {}),
    ...(options.conditional
      ? {
          412: problem('The If-Match ETag is stale', 'precondition-failed'),
          428: problem('If-Match is required', 'precondition-required'),
        }
      : {}),
    ...(options.hasBody
      ? {
          413: problem('The body is larger than allowed', 'payload-too-large'),
          415: problem('The body has a media type the operation does not accept', 'unsupported-media-type'),
          422: problem('The request is well formed but cannot be carried out', 'unprocessable-entity'),
        }
      : {}),
    429: problem('Rate limit exceeded; see Retry-After', 'rate-limited'),
    500: problem('Unexpected error', 'internal-error'),
    503: problem('A dependency is unavailable; see Retry-After', 'service-unavailable'),
  };
}

export const UuidSchema = z.uuid();

export const IdempotencyHeaderSchema = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(255)
    .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces')
    .optional()
    .openapi({
      description:
        'Makes a retried creating request safe: the first response is replayed for 24 hours. The same key with a different body answers 422; a retry while the first is still running answers 409.',
      example: '5d0c4c57-2a5b-4d8e-9f0e-1b4f3e6c9a21',
    }),
});

export const IfMatchHeaderSchema = z.object({
  'if-match': z
    .string()
    .optional()
    .openapi({ description: 'The ETag from the latest read of the resource', example: '"3"' }),
});

export const PaginationQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .openapi({ description: 'Page size (1-200)', example: 50 }),
  cursor: z
    .string()
    .max(512)
    .optional()
    .openapi({ description: 'The `nextCursor` of the previous page', example: undefined }),
});

/** The envelope of every list: items in a stable order and the cursor of the next page. */
export function pageSchema<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .openapi({ description: 'Pass as `cursor` for the next page; null on the last page' }),
    })
    .openapi(name);
}

/** The `Location` of a created resource. */
export const locationHeader = (what: string) => ({
  Location: { schema: { type: 'string' as const }, description: `The new ${what}` },
});

/** Response headers of a versioned record: its ETag, and where a created one lives. */
export function recordHeaders(what: string, options: { created?: boolean } = {}) {
  return {
    ETag: {
      schema: { type: 'string' as const },
      description: `Version of the ${what}; send it back as If-Match to update it`,
    },
    ...(options.created ? locationHeader(what) : {}),
  };
}
