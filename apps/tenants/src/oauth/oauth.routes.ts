import { z } from '@hono/zod-openapi';
import { defineOperation } from '@qms/platform';

const tags = ['Authentication'];

export const TokenRequestSchema = z
  .object({
    grant_type: z.literal('client_credentials').openapi({ example: 'client_credentials' }),
    client_id: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'Or send HTTP Basic credentials', example: 'qmsc_barts-health_5f2a9c' }),
    client_secret: z.string().min(1).max(200).optional().openapi({ example: 'qmss_…' }),
    scope: z.string().max(1000).optional().openapi({
      description: 'Space-separated subset of the client’s scopes; all of them by default',
      example: 'observations:write',
    }),
  })
  .openapi('TokenRequest');

export const TokenResponseSchema = z
  .object({
    access_token: z.string(),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int(),
    scope: z.string(),
  })
  .openapi('TokenResponse', {
    example: {
      access_token: 'eyJhbGciOiJFUzI1NiIs…',
      token_type: 'Bearer',
      expires_in: 900,
      scope: 'tenancy:read observations:write',
    },
  });

export const issueToken = defineOperation(
  { access: 'public' },
  {
    method: 'post',
    path: '/oauth/token',
    operationId: 'issueToken',
    tags,
    summary: 'Issue an access token (OAuth 2.0 client credentials)',
    description:
      'For machine clients such as a trust’s data feed. Send `client_id` and `client_secret` in the form body or as HTTP Basic credentials. Errors carry the OAuth `error` code beside the problem fields.',
    request: {
      body: {
        required: false,
        content: {
          'application/x-www-form-urlencoded': { schema: TokenRequestSchema },
          'application/json': { schema: TokenRequestSchema },
        },
      },
    },
    responses: {
      200: {
        description: 'A short-lived access token',
        content: { 'application/json': { schema: TokenResponseSchema } },
      },
      401: {
        description: 'Unknown client, wrong secret or revoked client (`error: invalid_client`)',
        content: { 'application/problem+json': { schema: z.object({}).passthrough() } },
      },
    },
  },
);

const JwkSchema = z.record(z.string(), z.unknown()).openapi('Jwk');

export const getJwks = defineOperation(
  { access: 'public' },
  {
    method: 'get',
    path: '/.well-known/jwks.json',
    operationId: 'getJwks',
    tags,
    summary: 'The public keys that verify the platform’s tokens',
    description: 'Includes recently retired keys until the last token they signed has expired.',
    responses: {
      200: {
        description: 'A JSON Web Key Set',
        content: { 'application/json': { schema: z.object({ keys: z.array(JwkSchema) }).openapi('JwkSet') } },
      },
    },
  },
);
