import { z } from '@hono/zod-openapi';
import {
  defineOperation,
  IdempotencyHeaderSchema,
  IfMatchHeaderSchema,
  PaginationQuerySchema,
  pageSchema,
  recordHeaders,
} from '@qms/platform';

const tags = ['Programmes'];

export const exampleProgrammeId = '0193b6f2-0000-7000-8000-00000000c001';
const exampleOwnerId = '0193b6f2-0000-7000-8000-00000000a000';

export const ProgrammeIdParams = z.object({
  programmeId: z.uuid().openapi({
    param: { name: 'programmeId', in: 'path' },
    example: exampleProgrammeId,
  }),
});

const ProgrammeCode = z
  .string()
  .min(2)
  .max(63)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'lower-case letters, digits and inner hyphens')
  .openapi({ description: 'Unique among the owner’s programmes', example: 'uec-flow' });
const ProgrammeName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .openapi({ example: 'Urgent and Emergency Care Flow Programme' });
const ProgrammeDescription = z
  .string()
  .trim()
  .max(4000)
  .openapi({ example: 'National improvement programme on time spent in A&E.' });
const ProgrammeStatus = z.enum(['active', 'closed']).openapi({ example: 'active' });

/** Programme rules later services read. Strict, so a mistyped key is an error, not silently kept. */
export const ProgrammeSettingsSchema = z
  .object({
    namedComparison: z
      .boolean()
      .optional()
      .openapi({ description: 'Benchmarks name the organisations compared (otherwise anonymised)' }),
    outlierAlerts: z
      .boolean()
      .optional()
      .openapi({ description: 'Run the outlier-management process on funnel-plot alerts' }),
    peerGroupAttributes: z
      .array(z.string().min(1).max(64))
      .max(16)
      .optional()
      .openapi({ description: 'Organisation attributes peers are grouped by', example: ['region'] }),
  })
  .strict()
  .openapi('ProgrammeSettings', {
    example: { namedComparison: false, outlierAlerts: true, peerGroupAttributes: ['region'] },
  });

export const ProgrammeSchema = z
  .object({
    id: z.uuid(),
    ownerOrganisationId: z.uuid().openapi({ description: 'The organisation that runs the programme' }),
    code: z.string(),
    name: z.string(),
    description: z.string(),
    status: ProgrammeStatus,
    settings: ProgrammeSettingsSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Programme', {
    example: {
      id: exampleProgrammeId,
      ownerOrganisationId: exampleOwnerId,
      code: 'uec-flow',
      name: 'Urgent and Emergency Care Flow Programme',
      description: 'National improvement programme on time spent in A&E.',
      status: 'active',
      settings: { namedComparison: false, outlierAlerts: true },
      createdAt: '2024-04-01T09:00:00.000Z',
      updatedAt: '2024-04-01T09:00:00.000Z',
    },
  });

export const CreateProgrammeSchema = z
  .object({
    code: ProgrammeCode,
    name: ProgrammeName,
    description: ProgrammeDescription.default(''),
    settings: ProgrammeSettingsSchema.default({}),
  })
  .strict()
  .openapi('CreateProgramme', {
    example: {
      code: 'uec-flow',
      name: 'Urgent and Emergency Care Flow Programme',
      description: 'National improvement programme on time spent in A&E.',
      settings: { namedComparison: false, outlierAlerts: true },
    },
  });

export const UpdateProgrammeSchema = z
  .object({
    name: ProgrammeName.optional(),
    description: ProgrammeDescription.optional(),
    settings: ProgrammeSettingsSchema.optional().openapi({
      description: 'Merged key by key into the current settings',
    }),
    status: ProgrammeStatus.optional().openapi({
      description: '`closed` closes the programme (no new invitations or acceptances); `active` reopens it',
    }),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'Send at least one field to change',
  })
  .openapi('UpdateProgramme', { example: { settings: { namedComparison: true } } });

const etagHeader = recordHeaders('programme');

export const createProgramme = defineOperation(
  { access: { roles: ['tenant_admin'], scope: 'tenancy:write' }, idempotent: true },
  {
    method: 'post',
    path: '/programmes',
    operationId: 'createProgramme',
    tags,
    summary: 'Create a programme',
    description:
      'A tenant administrator of a national body or a regulator starts a programme, which organisations are then invited to join. Other organisations get 403.',
    request: {
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: CreateProgrammeSchema } } },
    },
    responses: {
      201: {
        description: 'Created',
        headers: recordHeaders('programme', { created: true }),
        content: { 'application/json': { schema: ProgrammeSchema } },
      },
    },
  },
);

export const listProgrammes = defineOperation(
  { access: { roles: 'any', scope: 'tenancy:read' } },
  {
    method: 'get',
    path: '/programmes',
    operationId: 'listProgrammes',
    tags,
    summary: 'List the programmes visible to the caller',
    description: 'The programmes the caller’s organisation runs and those it is (or was) enrolled in.',
    request: { query: PaginationQuerySchema.extend({ status: ProgrammeStatus.optional() }) },
    responses: {
      200: {
        description: 'A page of programmes in id order',
        content: { 'application/json': { schema: pageSchema(ProgrammeSchema, 'ProgrammePage') } },
      },
    },
  },
);

export const getProgramme = defineOperation(
  { access: { roles: 'any', scope: 'tenancy:read' } },
  {
    method: 'get',
    path: '/programmes/{programmeId}',
    operationId: 'getProgramme',
    tags,
    summary: 'Read a programme',
    request: { params: ProgrammeIdParams },
    responses: {
      200: {
        description: 'The programme',
        headers: etagHeader,
        content: { 'application/json': { schema: ProgrammeSchema } },
      },
    },
  },
);

export const updateProgramme = defineOperation(
  { access: { roles: ['tenant_admin'], scope: 'tenancy:write' }, conditional: true },
  {
    method: 'patch',
    path: '/programmes/{programmeId}',
    operationId: 'updateProgramme',
    tags,
    summary: 'Update, close or reopen a programme',
    description:
      'A tenant administrator of the programme’s owner changes it. An enrolled organisation gets 403.',
    request: {
      params: ProgrammeIdParams,
      headers: IfMatchHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: UpdateProgrammeSchema } } },
    },
    responses: {
      200: {
        description: 'Updated',
        headers: etagHeader,
        content: { 'application/json': { schema: ProgrammeSchema } },
      },
    },
  },
);
