import { z } from '@hono/zod-openapi';
import {
  defineOperation,
  IdempotencyHeaderSchema,
  locationHeader,
  PaginationQuerySchema,
  pageSchema,
  roles,
  scopes,
} from '@qms/platform';

const tags = ['Access'];
const access = { roles: ['tenant_admin'] as const, scope: 'tenancy:write' as const };

export const ApiClientIdParams = z.object({
  apiClientId: z
    .uuid()
    .openapi({ param: { name: 'apiClientId', in: 'path' }, example: '0193b6f2-0000-7000-8000-00000000c001' }),
});

const ClientRoles = z
  .array(
    z.enum(
      roles.filter((role) => role !== 'platform_admin') as [
        Exclude<(typeof roles)[number], 'platform_admin'>,
      ],
    ),
  )
  .min(1)
  .max(6);

export const ApiClientSchema = z
  .object({
    id: z.uuid(),
    clientId: z.string().openapi({ example: 'qmsc_3f9a1c2b7d4e5f60a1b2c3d4' }),
    name: z.string(),
    roles: z.array(z.string()),
    scopes: z.array(z.string()),
    status: z.enum(['active', 'revoked']),
    secretHint: z
      .string()
      .openapi({ description: 'The last four characters of the current secret', example: 'x9Qa' }),
    secretRotatedAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('ApiClient');

export const ApiClientWithSecretSchema = ApiClientSchema.extend({
  clientSecret: z
    .string()
    .openapi({ description: 'Shown only in this response; store it now', example: 'qmss_…' }),
}).openapi('ApiClientWithSecret');

export const CreateApiClientSchema = z
  .object({
    name: z.string().trim().min(1).max(200).openapi({ example: 'Patient administration system feed' }),
    roles: ClientRoles.openapi({ example: ['submitter'] }),
    scopes: z
      .array(z.enum(scopes))
      .max(scopes.length)
      .optional()
      .openapi({
        description: 'Narrows the roles’ scopes; all of them by default',
        example: ['observations:write', 'tenancy:read'],
      }),
  })
  .strict()
  .openapi('CreateApiClient');

export const createApiClient = defineOperation(
  { access, idempotent: true },
  {
    method: 'post',
    path: '/api-clients',
    operationId: 'createApiClient',
    tags,
    summary: 'Create an API client for machine access (client credentials)',
    description: 'The client secret is returned once, in this response, and stored only as an argon2id hash.',
    request: {
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: CreateApiClientSchema } } },
    },
    responses: {
      201: {
        description: 'Created',
        headers: locationHeader('API client'),
        content: { 'application/json': { schema: ApiClientWithSecretSchema } },
      },
    },
  },
);

export const listApiClients = defineOperation(
  { access: { roles: ['tenant_admin'], scope: 'tenancy:read' } },
  {
    method: 'get',
    path: '/api-clients',
    operationId: 'listApiClients',
    tags,
    summary: 'List the organisation’s API clients',
    request: { query: PaginationQuerySchema.extend({ status: z.enum(['active', 'revoked']).optional() }) },
    responses: {
      200: {
        description: 'A page of clients',
        content: { 'application/json': { schema: pageSchema(ApiClientSchema, 'ApiClientPage') } },
      },
    },
  },
);

export const getApiClient = defineOperation(
  { access: { roles: ['tenant_admin'], scope: 'tenancy:read' } },
  {
    method: 'get',
    path: '/api-clients/{apiClientId}',
    operationId: 'getApiClient',
    tags,
    summary: 'Read an API client',
    request: { params: ApiClientIdParams },
    responses: {
      200: { description: 'The client', content: { 'application/json': { schema: ApiClientSchema } } },
    },
  },
);

export const rotateApiClientSecret = defineOperation(
  { access },
  {
    method: 'post',
    path: '/api-clients/{apiClientId}/rotate-secret',
    operationId: 'rotateApiClientSecret',
    tags,
    summary: 'Replace the client secret',
    description:
      'The old secret stops working at once; tokens already issued stay valid until they expire (15 minutes by default).',
    request: { params: ApiClientIdParams },
    responses: {
      200: {
        description: 'The new secret, shown once',
        content: { 'application/json': { schema: ApiClientWithSecretSchema } },
      },
    },
  },
);

export const revokeApiClient = defineOperation(
  { access },
  {
    method: 'post',
    path: '/api-clients/{apiClientId}/revoke',
    operationId: 'revokeApiClient',
    tags,
    summary: 'Revoke an API client',
    description: 'Its secret and every token already issued to it stop working at once.',
    request: { params: ApiClientIdParams },
    responses: {
      200: { description: 'Revoked', content: { 'application/json': { schema: ApiClientSchema } } },
    },
  },
);
