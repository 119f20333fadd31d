import { z } from '@hono/zod-openapi';
import { roles } from '@qms/db';
import {
  defineOperation,
  IdempotencyHeaderSchema,
  locationHeader,
  PaginationQuerySchema,
  pageSchema,
} from '@qms/platform';

const tags = ['Access'];

export const RoleGrantIdParams = z.object({
  grantId: z
    .uuid()
    .openapi({ param: { name: 'grantId', in: 'path' }, example: '0193b6f2-0000-7000-8000-00000000d001' }),
});

export const RoleGrantSchema = z
  .object({
    id: z.uuid(),
    issuer: z.string().openapi({ example: 'urn:qms:platform' }),
    subject: z.string().openapi({ example: 'jane.doe@barts.example' }),
    displayName: z.string().nullable(),
    role: z.enum(roles),
    grantedBy: z.string(),
    revokedAt: z.iso.datetime().nullable(),
    revokedBy: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('RoleGrant');

export const CreateRoleGrantSchema = z
  .object({
    issuer: z.string().min(1).max(512).optional().openapi({
      description: 'The identity provider that vouches for the subject; the platform issuer by default',
    }),
    subject: z.string().min(1).max(256).openapi({ example: 'jane.doe@barts.example' }),
    displayName: z.string().max(200).optional().openapi({ example: 'Jane Doe' }),
    role: z.enum(roles).openapi({ example: 'viewer' }),
  })
  .strict()
  .openapi('CreateRoleGrant');

export const createRoleGrant = defineOperation(
  { access: { roles: ['tenant_admin', 'platform_admin'], scope: 'tenancy:write' }, idempotent: true },
  {
    method: 'post',
    path: '/role-grants',
    operationId: 'createRoleGrant',
    tags,
    summary: 'Grant a role to a person in the caller’s organisation',
    description:
      '`platform_admin` can be granted only in the platform organisation, by a platform administrator.',
    request: {
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: CreateRoleGrantSchema } } },
    },
    responses: {
      201: {
        description: 'Granted',
        headers: locationHeader('role grant'),
        content: { 'application/json': { schema: RoleGrantSchema } },
      },
    },
  },
);

export const listRoleGrants = defineOperation(
  { access: { roles: ['tenant_admin', 'platform_admin'], scope: 'tenancy:read' } },
  {
    method: 'get',
    path: '/role-grants',
    operationId: 'listRoleGrants',
    tags,
    summary: 'List the role grants of the caller’s organisation',
    request: {
      query: PaginationQuerySchema.extend({
        subject: z.string().max(256).optional(),
        role: z.enum(roles).optional(),
        includeRevoked: z
          .enum(['true', 'false'])
          .default('false')
          .transform((value) => value === 'true')
          .openapi({ example: 'false' }),
      }),
    },
    responses: {
      200: {
        description: 'A page of grants',
        content: { 'application/json': { schema: pageSchema(RoleGrantSchema, 'RoleGrantPage') } },
      },
    },
  },
);

export const getRoleGrant = defineOperation(
  { access: { roles: ['tenant_admin', 'platform_admin'], scope: 'tenancy:read' } },
  {
    method: 'get',
    path: '/role-grants/{grantId}',
    operationId: 'getRoleGrant',
    tags,
    summary: 'Read a role grant',
    request: { params: RoleGrantIdParams },
    responses: {
      200: { description: 'The grant', content: { 'application/json': { schema: RoleGrantSchema } } },
    },
  },
);

export const revokeRoleGrant = defineOperation(
  { access: { roles: ['tenant_admin', 'platform_admin'], scope: 'tenancy:write' } },
  {
    method: 'post',
    path: '/role-grants/{grantId}/revoke',
    operationId: 'revokeRoleGrant',
    tags,
    summary: 'Revoke a role grant',
    description:
      'Takes effect on the person’s next request; the grant stays readable with who revoked it and when.',
    request: { params: RoleGrantIdParams },
    responses: {
      200: { description: 'Revoked', content: { 'application/json': { schema: RoleGrantSchema } } },
    },
  },
);
