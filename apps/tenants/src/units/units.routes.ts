import { z } from '@hono/zod-openapi';
import { unitKinds } from '@qms/db';
import {
  defineOperation,
  IdempotencyHeaderSchema,
  IfMatchHeaderSchema,
  PaginationQuerySchema,
  pageSchema,
  recordHeaders,
} from '@qms/platform';

const tags = ['Units'];

const exampleIds = {
  organisation: '0193b6f2-0000-7000-8000-00000000a001',
  site: '0193b6f2-0000-7000-8000-00000000b001',
  directorate: '0193b6f2-0000-7000-8000-00000000b002',
  ward: '0193b6f2-0000-7000-8000-00000000b003',
};

export const UnitIdParams = z.object({
  unitId: z.uuid().openapi({
    param: { name: 'unitId', in: 'path' },
    example: exampleIds.ward,
  }),
});

const UnitKind = z.enum(unitKinds).openapi({ example: 'ward' });
const UnitStatus = z.enum(['active', 'closed']).openapi({ example: 'active' });
const UnitName = z.string().trim().min(1).max(200).openapi({ example: 'Acute Medical Unit' });
const UnitCode = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/, 'letters, digits, spaces and . _ / -')
  .openapi({ description: 'Unique within the organisation', example: 'RF4-AMU' });

export const UnitSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid().openapi({ description: 'The organisation (tenant) the unit belongs to' }),
    parentId: z.uuid().nullable().openapi({ description: 'Null for a root unit' }),
    kind: UnitKind,
    name: z.string(),
    code: z.string().nullable(),
    status: UnitStatus,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Unit', {
    example: {
      id: exampleIds.ward,
      organisationId: exampleIds.organisation,
      parentId: exampleIds.directorate,
      kind: 'ward',
      name: 'Acute Medical Unit',
      code: 'RF4-AMU',
      status: 'active',
      createdAt: '2024-04-01T09:00:00.000Z',
      updatedAt: '2024-04-01T09:00:00.000Z',
    },
  });

export const CreateUnitSchema = z
  .object({
    kind: UnitKind,
    name: UnitName,
    code: UnitCode.optional(),
    parentId: z
      .uuid()
      .nullable()
      .optional()
      .openapi({ description: 'A unit of the caller’s organisation; omit or null for a root unit' }),
  })
  .strict()
  .openapi('CreateUnit', {
    example: { kind: 'ward', name: 'Acute Medical Unit', code: 'RF4-AMU', parentId: exampleIds.directorate },
  });

export const UpdateUnitSchema = z
  .object({
    name: UnitName.optional(),
    code: UnitCode.nullable().optional().openapi({ description: 'Null removes the code' }),
    status: UnitStatus.optional().openapi({ description: '`closed` closes the unit, `active` reopens it' }),
    parentId: z.uuid().nullable().optional().openapi({
      description:
        'Moves the unit (with its descendants) under another unit of the organisation; null makes it a root. A unit cannot move under itself or one of its descendants.',
    }),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'Send at least one field to change',
  })
  .openapi('UpdateUnit', { example: { name: 'Acute Medical Unit (AMU)', parentId: exampleIds.site } });

export const ListUnitsQuerySchema = PaginationQuerySchema.extend({
  organisationId: z.uuid().optional().openapi({
    description:
      'List another organisation’s units: allowed for the owner of a programme the organisation is actively enrolled in. The caller’s own organisation by default.',
    example: exampleIds.organisation,
  }),
  parentId: z.uuid().optional().openapi({ description: 'Only the children of this unit' }),
  kind: UnitKind.optional(),
  status: UnitStatus.optional(),
});

const TreeUnitSchema = UnitSchema.extend({
  depth: z
    .number()
    .int()
    .openapi({ description: 'Levels below the unit: 1 for its children, 2 for grandchildren, ...' }),
}).openapi('UnitTreeDescendant', {
  example: {
    id: exampleIds.ward,
    organisationId: exampleIds.organisation,
    parentId: exampleIds.directorate,
    kind: 'ward',
    name: 'Acute Medical Unit',
    code: 'RF4-AMU',
    status: 'active',
    createdAt: '2024-04-01T09:00:00.000Z',
    updatedAt: '2024-04-01T09:00:00.000Z',
    depth: 2,
  },
});

export const UnitTreeSchema = z
  .object({
    unit: UnitSchema,
    ancestors: z
      .array(UnitSchema)
      .openapi({ description: 'The path from the root down to the unit’s parent; empty for a root unit' }),
    descendants: z
      .array(TreeUnitSchema)
      .openapi({ description: 'Every unit below, level by level (by depth, then id)' }),
  })
  .openapi('UnitTree', {
    example: {
      unit: {
        id: exampleIds.directorate,
        organisationId: exampleIds.organisation,
        parentId: exampleIds.site,
        kind: 'directorate',
        name: 'Urgent and Emergency Care',
        code: 'RF4-URGENT-CARE',
        status: 'active',
        createdAt: '2024-04-01T09:00:00.000Z',
        updatedAt: '2024-04-01T09:00:00.000Z',
      },
      ancestors: [
        {
          id: exampleIds.site,
          organisationId: exampleIds.organisation,
          parentId: null,
          kind: 'site',
          name: 'Main hospital site',
          code: 'RF4-SITE',
          status: 'active',
          createdAt: '2024-04-01T09:00:00.000Z',
          updatedAt: '2024-04-01T09:00:00.000Z',
        },
      ],
      descendants: [
        {
          id: exampleIds.ward,
          organisationId: exampleIds.organisation,
          parentId: exampleIds.directorate,
          kind: 'ward',
          name: 'Acute Medical Unit',
          code: 'RF4-AMU',
          status: 'active',
          createdAt: '2024-04-01T09:00:00.000Z',
          updatedAt: '2024-04-01T09:00:00.000Z',
          depth: 1,
        },
      ],
    },
  });

export const UnitTreeQuerySchema = z.object({
  depth: z.coerce
    .number()
    .int()
    .min(0)
    .max(50)
    .optional()
    .openapi({ description: 'How many levels of descendants to return; all by default', example: 2 }),
});

const etagHeader = recordHeaders('unit');

export const createUnit = defineOperation(
  { access: { roles: ['tenant_admin'], scope: 'tenancy:write' }, idempotent: true },
  {
    method: 'post',
    path: '/units',
    operationId: 'createUnit',
    tags,
    summary: 'Create a unit',
    description:
      'Adds a site, directorate, service, ward, team or department to the caller’s organisation, at the root or under an existing unit of the same organisation.',
    request: {
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: CreateUnitSchema } } },
    },
    responses: {
      201: {
        description: 'Created',
        headers: recordHeaders('unit', { created: true }),
        content: { 'application/json': { schema: UnitSchema } },
      },
    },
  },
);

export const listUnits = defineOperation(
  { access: { roles: 'any', scope: 'tenancy:read' } },
  {
    method: 'get',
    path: '/units',
    operationId: 'listUnits',
    tags,
    summary: 'List units',
    description:
      'The units of the caller’s organisation, or with `organisationId` those of an organisation actively enrolled in one of the caller’s programmes (an empty page when it is not visible).',
    request: { query: ListUnitsQuerySchema },
    responses: {
      200: {
        description: 'A page of units in id order',
        content: { 'application/json': { schema: pageSchema(UnitSchema, 'UnitPage') } },
      },
    },
  },
);

export const getUnit = defineOperation(
  { access: { roles: 'any', scope: 'tenancy:read' } },
  {
    method: 'get',
    path: '/units/{unitId}',
    operationId: 'getUnit',
    tags,
    summary: 'Read a unit',
    request: { params: UnitIdParams },
    responses: {
      200: {
        description: 'The unit',
        headers: etagHeader,
        content: { 'application/json': { schema: UnitSchema } },
      },
    },
  },
);

export const getUnitTree = defineOperation(
  { access: { roles: 'any', scope: 'tenancy:read' } },
  {
    method: 'get',
    path: '/units/{unitId}/tree',
    operationId: 'getUnitTree',
    tags,
    summary: 'Read a unit with its ancestors and descendants',
    description:
      'The golden thread around one unit: the path up to its root, and the units below it (closed ones included, with their status).',
    request: { params: UnitIdParams, query: UnitTreeQuerySchema },
    responses: {
      200: {
        description: 'The unit, the path to its root and its descendants',
        content: { 'application/json': { schema: UnitTreeSchema } },
      },
    },
  },
);

export const updateUnit = defineOperation(
  { access: { roles: ['tenant_admin'], scope: 'tenancy:write' }, conditional: true },
  {
    method: 'patch',
    path: '/units/{unitId}',
    operationId: 'updateUnit',
    tags,
    summary: 'Rename, recode, close, reopen or move a unit',
    description:
      'A tenant administrator changes a unit of their own organisation. Moving takes the unit’s descendants with it; a move under the unit itself or one of its descendants is refused with 422.',
    request: {
      params: UnitIdParams,
      headers: IfMatchHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: UpdateUnitSchema } } },
    },
    responses: {
      200: {
        description: 'Updated',
        headers: etagHeader,
        content: { 'application/json': { schema: UnitSchema } },
      },
    },
  },
);
