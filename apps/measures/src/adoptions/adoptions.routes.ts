import { z } from '@hono/zod-openapi';
import {
  defineOperation,
  IdempotencyHeaderSchema,
  IfMatchHeaderSchema,
  PaginationQuerySchema,
  pageSchema,
  recordHeaders,
} from '@qms/platform';
import { readAccess, tags, writeAccess } from '../measures/measures.routes.js';
import { exampleIds } from '../measures/measures.schemas.js';

const exampleAdoptionId = '0193b6f2-0000-7000-8000-00000000f001';
const exampleTrustId = '0193b6f2-0000-7000-8000-00000000a001';
const exampleUnitId = '0193b6f2-0000-7000-8000-00000000b003';

export const AdoptionIdParams = z.object({
  adoptionId: z.uuid().openapi({ param: { name: 'adoptionId', in: 'path' }, example: exampleAdoptionId }),
});

const AdoptionStatus = z.enum(['active', 'ended']).openapi({ example: 'active' });
const OwnerUnitId = z.uuid().nullable().openapi({
  description: 'The unit of the caller’s organisation that owns the measure locally',
  example: exampleUnitId,
});
const LocalOwner = z
  .string()
  .trim()
  .max(200)
  .openapi({ description: 'Who owns it locally', example: 'ED clinical lead' });
const LocalTarget = z
  .number()
  .min(-1e12)
  .max(1e12)
  .nullable()
  .openapi({ description: 'A local target in display units; null for none', example: 80 });

export const AdoptionSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid().openapi({ description: 'The adopting organisation' }),
    measureId: z.uuid(),
    measureOwnerOrganisationId: z.uuid(),
    ownerUnitId: z.uuid().nullable(),
    localOwner: z.string(),
    localTarget: z.number().nullable(),
    status: AdoptionStatus,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Adoption', {
    example: {
      id: exampleAdoptionId,
      organisationId: exampleTrustId,
      measureId: exampleIds.measure,
      measureOwnerOrganisationId: exampleIds.organisation,
      ownerUnitId: exampleUnitId,
      localOwner: 'ED clinical lead',
      localTarget: 80,
      status: 'active',
      createdAt: '2024-04-02T09:00:00.000Z',
      updatedAt: '2024-04-02T09:00:00.000Z',
    },
  });

export const CreateAdoptionSchema = z
  .object({
    measureId: z
      .uuid()
      .openapi({ description: 'A measure published to a programme the caller is enrolled in' }),
    ownerUnitId: OwnerUnitId.optional(),
    localOwner: LocalOwner.optional(),
    localTarget: LocalTarget.optional(),
  })
  .strict()
  .openapi('CreateAdoption', {
    example: {
      measureId: exampleIds.measure,
      ownerUnitId: exampleUnitId,
      localOwner: 'ED clinical lead',
      localTarget: 80,
    },
  });

export const UpdateAdoptionSchema = z
  .object({
    ownerUnitId: OwnerUnitId.optional(),
    localOwner: LocalOwner.optional(),
    localTarget: LocalTarget.optional(),
    status: z.literal('ended').optional().openapi({ description: '`ended` ends the adoption for good' }),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'Send at least one field to change',
  })
  .openapi('UpdateAdoption', { example: { localTarget: 82 } });

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const etagHeader = recordHeaders('adoption');

export const createAdoption = defineOperation(
  { access: writeAccess, idempotent: true },
  {
    method: 'post',
    path: '/adoptions',
    operationId: 'createAdoption',
    tags,
    summary: 'Adopt a programme measure',
    description:
      'An organisation takes up a measure published to a programme it is actively enrolled in, with a local owner and target. Any other measure answers 404; the caller’s own measure 422; a measure already adopted 409.',
    request: {
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: json(CreateAdoptionSchema) },
    },
    responses: {
      201: {
        description: 'Adopted',
        headers: recordHeaders('adoption', { created: true }),
        content: json(AdoptionSchema),
      },
    },
  },
);

export const listAdoptions = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/adoptions',
    operationId: 'listAdoptions',
    tags,
    summary: 'List adoptions',
    description:
      'The caller’s own adoptions; for a programme owner, also the adoptions of its measures by organisations actively enrolled in its programmes.',
    request: {
      query: PaginationQuerySchema.extend({
        measureId: z.uuid().optional(),
        status: AdoptionStatus.optional(),
      }),
    },
    responses: {
      200: {
        description: 'A page of adoptions in id order',
        content: json(pageSchema(AdoptionSchema, 'AdoptionPage')),
      },
    },
  },
);

export const getAdoption = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/adoptions/{adoptionId}',
    operationId: 'getAdoption',
    tags,
    summary: 'Read an adoption',
    request: { params: AdoptionIdParams },
    responses: { 200: { description: 'The adoption', headers: etagHeader, content: json(AdoptionSchema) } },
  },
);

export const updateAdoption = defineOperation(
  { access: writeAccess, conditional: true },
  {
    method: 'patch',
    path: '/adoptions/{adoptionId}',
    operationId: 'updateAdoption',
    tags,
    summary: 'Change or end an adoption',
    description:
      'The adopting organisation changes the local owner or target, or ends it. An ended adoption does not change (409).',
    request: {
      params: AdoptionIdParams,
      headers: IfMatchHeaderSchema,
      body: { required: true, content: json(UpdateAdoptionSchema) },
    },
    responses: { 200: { description: 'Updated', headers: etagHeader, content: json(AdoptionSchema) } },
  },
);
