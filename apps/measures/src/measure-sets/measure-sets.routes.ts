import { z } from '@hono/zod-openapi';
import { measureUses } from '@qms/db';
import {
  defineOperation,
  IdempotencyHeaderSchema,
  IfMatchHeaderSchema,
  PaginationQuerySchema,
  pageSchema,
  recordHeaders,
} from '@qms/platform';
import { readAccess, tags, writeAccess } from '../measures/measures.routes.js';
import { exampleIds, MeasureSummarySchema } from '../measures/measures.schemas.js';

const exampleSetId = '0193b6f2-0000-7000-8000-00000000f101';
const exampleProgrammeId = '0193b6f2-0000-7000-8000-00000000c001';

export const MeasureSetIdParams = z.object({
  setId: z.uuid().openapi({ param: { name: 'setId', in: 'path' }, example: exampleSetId }),
});

const MeasureUse = z.enum(measureUses).openapi({ example: 'quality_control' });
const SetCode = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{1,63}$/, 'letters, digits and _ . -; 2 to 64 characters')
  .openapi({ description: 'Unique among the owner’s sets', example: 'UEC-BOARD' });
const SetName = z.string().trim().min(1).max(200).openapi({ example: 'Urgent care board measures' });
const SetDescription = z
  .string()
  .trim()
  .max(4000)
  .openapi({ example: 'The handful of measures the board watches.' });

export const MeasureSetItemInputSchema = z
  .object({
    measureId: z
      .uuid()
      .openapi({ description: 'A measure visible to the caller', example: exampleIds.measure }),
    uses: z
      .array(MeasureUse)
      .min(1)
      .max(measureUses.length)
      .refine((uses) => new Set(uses).size === uses.length, 'Each use once')
      .openapi({ example: ['quality_control', 'assurance'] }),
  })
  .strict()
  .openapi('MeasureSetItemInput');

const Items = z
  .array(MeasureSetItemInputSchema)
  .max(100)
  .openapi({ description: 'In display order; each measure once' });

export const CreateMeasureSetSchema = z
  .object({
    code: SetCode,
    name: SetName,
    description: SetDescription.optional(),
    programmeId: z.uuid().optional().openapi({
      description: 'One of the caller’s own programmes: its members then see the set',
      example: exampleProgrammeId,
    }),
    items: Items,
  })
  .strict()
  .openapi('CreateMeasureSet', {
    example: {
      code: 'UEC-BOARD',
      name: 'Urgent care board measures',
      programmeId: exampleProgrammeId,
      items: [{ measureId: exampleIds.measure, uses: ['quality_control', 'assurance'] }],
    },
  });

export const UpdateMeasureSetSchema = z
  .object({
    name: SetName.optional(),
    description: SetDescription.optional(),
    items: Items.optional().openapi({ description: 'Replaces every item, in the order given' }),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'Send at least one field to change',
  })
  .openapi('UpdateMeasureSet', { example: { name: 'Urgent care board measures (2025)' } });

export const AlignmentSchema = z
  .object({
    measures: z.number().int(),
    byUse: z.object({
      quality_control: z.number().int(),
      assurance: z.number().int(),
      improvement: z.number().int(),
    }),
    multiUse: z.number().int().openapi({ description: 'Measures used for more than one purpose' }),
    multiUseShare: z.number().openapi({ description: 'multiUse / measures (0 to 1)' }),
    allUses: z
      .number()
      .int()
      .openapi({ description: 'Measures used for quality control, assurance and improvement' }),
  })
  .openapi('MeasureSetAlignment', {
    example: {
      measures: 4,
      byUse: { quality_control: 4, assurance: 3, improvement: 2 },
      multiUse: 3,
      multiUseShare: 0.75,
      allUses: 2,
    },
  });

export const MeasureSetItemSchema = z
  .object({
    measureId: z.uuid(),
    measureOwnerOrganisationId: z.uuid(),
    position: z.number().int(),
    uses: z.array(MeasureUse),
    measure: MeasureSummarySchema.nullable().openapi({
      description: 'Null when the measure is no longer visible to the caller',
    }),
  })
  .openapi('MeasureSetItem');

const setFields = {
  id: z.uuid(),
  ownerOrganisationId: z.uuid(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  programmeId: z.uuid().nullable(),
  alignment: AlignmentSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

export const MeasureSetSummarySchema = z.object(setFields).openapi('MeasureSetSummary');
export const MeasureSetSchema = z
  .object({
    ...setFields,
    items: z.array(MeasureSetItemSchema).openapi({ description: 'In position order' }),
  })
  .openapi('MeasureSet');

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const etagHeader = recordHeaders('measure set');

export const createMeasureSet = defineOperation(
  { access: writeAccess, idempotent: true },
  {
    method: 'post',
    path: '/measure-sets',
    operationId: 'createMeasureSet',
    tags,
    summary: 'Create a measure set',
    description:
      'The handful of measures a programme or a board watches, each marked with its uses (quality control, assurance, improvement). Items must be measures the caller can see; a programme must be the caller’s own (422).',
    request: {
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: json(CreateMeasureSetSchema) },
    },
    responses: {
      201: {
        description: 'Created',
        headers: recordHeaders('measure set', { created: true }),
        content: json(MeasureSetSchema),
      },
    },
  },
);

export const listMeasureSets = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/measure-sets',
    operationId: 'listMeasureSets',
    tags,
    summary: 'List measure sets',
    description:
      'The caller’s own sets and those of programmes it is invited to or enrolled in, each with its alignment figures.',
    request: { query: PaginationQuerySchema.extend({ programmeId: z.uuid().optional() }) },
    responses: {
      200: {
        description: 'A page of sets in id order',
        content: json(pageSchema(MeasureSetSummarySchema, 'MeasureSetPage')),
      },
    },
  },
);

export const getMeasureSet = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/measure-sets/{setId}',
    operationId: 'getMeasureSet',
    tags,
    summary: 'Read a measure set with its items',
    request: { params: MeasureSetIdParams },
    responses: { 200: { description: 'The set', headers: etagHeader, content: json(MeasureSetSchema) } },
  },
);

export const updateMeasureSet = defineOperation(
  { access: writeAccess, conditional: true },
  {
    method: 'patch',
    path: '/measure-sets/{setId}',
    operationId: 'updateMeasureSet',
    tags,
    summary: 'Rename a measure set or replace its items',
    request: {
      params: MeasureSetIdParams,
      headers: IfMatchHeaderSchema,
      body: { required: true, content: json(UpdateMeasureSetSchema) },
    },
    responses: { 200: { description: 'Updated', headers: etagHeader, content: json(MeasureSetSchema) } },
  },
);
