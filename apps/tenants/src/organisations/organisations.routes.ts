import { z } from '@hono/zod-openapi';
import { organisationKinds } from '@qms/db';
import {
  defineOperation,
  IdempotencyHeaderSchema,
  IfMatchHeaderSchema,
  PaginationQuerySchema,
  pageSchema,
  recordHeaders,
} from '@qms/platform';

const tags = ['Organisations'];

export const OrganisationIdParams = z.object({
  organisationId: z.uuid().openapi({
    param: { name: 'organisationId', in: 'path' },
    example: '0193b6f2-0000-7000-8000-00000000a001',
  }),
});

const Slug = z
  .string()
  .min(2)
  .max(63)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'lower-case letters, digits and inner hyphens')
  .openapi({ example: 'royal-cornwall' });

const StringMap = z
  .record(z.string().min(1).max(64), z.string().max(256))
  .refine((value) => Object.keys(value).length <= 32, {
    message: 'at most 32 entries',
  });

export const OrganisationSchema = z
  .object({
    id: z.uuid(),
    slug: Slug,
    name: z.string(),
    kind: z.enum(organisationKinds),
    status: z.enum(['active', 'suspended']),
    externalIds: StringMap.openapi({ example: { ods: 'REF' } }),
    attributes: StringMap.openapi({ example: { region: 'South West', sizeBand: 'medium' } }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Organisation');

const CreatableKinds = organisationKinds.filter((kind) => kind !== 'platform') as [string, ...string[]];

export const CreateOrganisationSchema = z
  .object({
    slug: Slug,
    name: z.string().trim().min(1).max(200).openapi({ example: 'Royal Cornwall Hospitals NHS Trust' }),
    kind: z.enum(
      CreatableKinds as [
        'national_body',
        'regulator',
        'health_board',
        'trust',
        'independent_provider',
        'commissioner',
      ],
    ),
    externalIds: StringMap.default({}),
    attributes: StringMap.default({}),
    admins: z
      .array(
        z
          .object({
            issuer: z
              .string()
              .min(1)
              .max(512)
              .optional()
              .openapi({ description: 'Identity provider issuer; the platform issuer by default' }),
            subject: z.string().min(1).max(256),
            displayName: z.string().max(200).optional(),
          })
          .strict(),
      )
      .max(20)
      .default([])
      .openapi({ description: 'People granted tenant_admin in the new organisation' }),
  })
  .strict()
  .openapi('CreateOrganisation', {
    example: {
      slug: 'royal-cornwall',
      name: 'Royal Cornwall Hospitals NHS Trust',
      kind: 'trust',
      externalIds: { ods: 'REF' },
      attributes: { region: 'South West' },
      admins: [{ subject: 'jane.doe@royal-cornwall.example' }],
    },
  });

export const UpdateOrganisationSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    externalIds: StringMap.optional(),
    attributes: StringMap.optional(),
    status: z
      .enum(['active', 'suspended'])
      .optional()
      .openapi({ description: 'Platform administrators only' }),
  })
  .strict()
  .openapi('UpdateOrganisation', { example: { name: 'Royal Cornwall Hospitals NHS Trust (renamed)' } });

const etagHeader = recordHeaders('organisation');

export const createOrganisation = defineOperation(
  { access: { roles: ['platform_admin'], scope: 'tenancy:write', platformAdmin: true }, idempotent: true },
  {
    method: 'post',
    path: '/organisations',
    operationId: 'createOrganisation',
    tags,
    summary: 'Create an organisation (a tenant)',
    request: {
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: CreateOrganisationSchema } } },
    },
    responses: {
      201: {
        description: 'Created',
        headers: recordHeaders('organisation', { created: true }),
        content: { 'application/json': { schema: OrganisationSchema } },
      },
    },
  },
);

export const listOrganisations = defineOperation(
  { access: { roles: 'any', scope: 'tenancy:read' } },
  {
    method: 'get',
    path: '/organisations',
    operationId: 'listOrganisations',
    tags,
    summary: 'List the organisations visible to the caller',
    description:
      'The caller’s own organisation, organisations enrolled in its programmes, and owners of programmes it is enrolled in. A platform administrator sees all.',
    request: {
      query: PaginationQuerySchema.extend({ kind: z.enum(organisationKinds).optional() }),
    },
    responses: {
      200: {
        description: 'A page of organisations',
        content: { 'application/json': { schema: pageSchema(OrganisationSchema, 'OrganisationPage') } },
      },
    },
  },
);

export const getOrganisation = defineOperation(
  { access: { roles: 'any', scope: 'tenancy:read' } },
  {
    method: 'get',
    path: '/organisations/{organisationId}',
    operationId: 'getOrganisation',
    tags,
    summary: 'Read an organisation',
    request: { params: OrganisationIdParams },
    responses: {
      200: {
        description: 'The organisation',
        headers: etagHeader,
        content: { 'application/json': { schema: OrganisationSchema } },
      },
    },
  },
);

export const updateOrganisation = defineOperation(
  { access: { roles: ['tenant_admin', 'platform_admin'], scope: 'tenancy:write' }, conditional: true },
  {
    method: 'patch',
    path: '/organisations/{organisationId}',
    operationId: 'updateOrganisation',
    tags,
    summary: 'Update an organisation',
    description:
      'A tenant administrator updates their own organisation; only a platform administrator may suspend or reactivate one.',
    request: {
      params: OrganisationIdParams,
      headers: IfMatchHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: UpdateOrganisationSchema } } },
    },
    responses: {
      200: {
        description: 'Updated',
        headers: etagHeader,
        content: { 'application/json': { schema: OrganisationSchema } },
      },
    },
  },
);
