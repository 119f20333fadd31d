import { z } from '@hono/zod-openapi';
import {
  defineOperation,
  IdempotencyHeaderSchema,
  PaginationQuerySchema,
  pageSchema,
  recordHeaders,
} from '@qms/platform';
import { readAccess, tags, writeAccess } from '../measures/measures.routes.js';
import { exampleIds, MeasureVersionSummarySchema } from '../measures/measures.schemas.js';

const exampleProgrammeId = '0193b6f2-0000-7000-8000-00000000c001';

export const ProgrammeParams = z.object({
  programmeId: z.uuid().openapi({ param: { name: 'programmeId', in: 'path' }, example: exampleProgrammeId }),
});
export const ProgrammeMeasureParams = ProgrammeParams.extend({
  measureId: z.uuid().openapi({ param: { name: 'measureId', in: 'path' }, example: exampleIds.measure }),
});

export const PublishMeasureSchema = z
  .object({
    measureId: z
      .uuid()
      .openapi({ description: 'One of the programme owner’s own measures, with an active version' }),
  })
  .strict()
  .openapi('PublishMeasure', { example: { measureId: exampleIds.measure } });

export const ProgrammeMeasureSchema = z
  .object({
    programmeId: z.uuid(),
    measureId: z.uuid(),
    ownerOrganisationId: z.uuid().openapi({ description: 'The programme’s (and the measure’s) owner' }),
    code: z.string(),
    status: z.enum(['published', 'withdrawn']),
    publishedAt: z.iso.datetime(),
    withdrawnAt: z.iso.datetime().nullable(),
    active: MeasureVersionSummarySchema.nullable().openapi({ description: 'The measure’s active version' }),
  })
  .openapi('ProgrammeMeasure', {
    example: {
      programmeId: exampleProgrammeId,
      measureId: exampleIds.measure,
      ownerOrganisationId: exampleIds.organisation,
      code: 'ED-4H',
      status: 'published',
      publishedAt: '2024-04-01T09:00:00.000Z',
      withdrawnAt: null,
      active: {
        id: '0193b6f2-0000-7000-8000-00000000e002',
        version: 2,
        status: 'active',
        title: 'Patients in A&E under 4 hours',
        kind: 'outcome',
        valueType: 'proportion',
        periodicity: 'month',
        improvementDirection: 'increase',
        domains: ['timely'],
        activatedAt: '2024-04-01T09:00:00.000Z',
        retiredAt: null,
        etag: '"6f1d0c2a9b8e7f6a5d4c3b2a1f0"',
      },
    },
  });

const json = <T>(schema: T) => ({ 'application/json': { schema } });

export const publishProgrammeMeasure = defineOperation(
  { access: writeAccess, idempotent: true },
  {
    method: 'post',
    path: '/programmes/{programmeId}/measures',
    operationId: 'publishProgrammeMeasure',
    tags,
    summary: 'Publish a measure to a programme',
    description:
      'The programme owner’s steward publishes one of the owner’s own measures; it must have an active version (422). Invited and enrolled organisations then see its definition; enrolled ones report it. A withdrawn measure may be published again.',
    request: {
      params: ProgrammeParams,
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: json(PublishMeasureSchema) },
    },
    responses: {
      201: {
        description: 'Published',
        headers: recordHeaders('programme measure', { created: true }),
        content: json(ProgrammeMeasureSchema),
      },
    },
  },
);

export const listProgrammeMeasures = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/programmes/{programmeId}/measures',
    operationId: 'listProgrammeMeasures',
    tags,
    summary: 'List the measures published to a programme',
    description: 'For the programme’s owner and the organisations invited to or enrolled in it.',
    request: {
      params: ProgrammeParams,
      query: PaginationQuerySchema.extend({
        includeWithdrawn: z
          .enum(['true', 'false'])
          .default('false')
          .transform((value) => value === 'true')
          .openapi({ description: 'Include withdrawn measures', example: 'false' }),
      }),
    },
    responses: {
      200: {
        description: 'A page of published measures, in measure id order',
        content: json(pageSchema(ProgrammeMeasureSchema, 'ProgrammeMeasurePage')),
      },
    },
  },
);

export const getProgrammeMeasure = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/programmes/{programmeId}/measures/{measureId}',
    operationId: 'getProgrammeMeasure',
    tags,
    summary: 'Read a measure’s publication to a programme',
    request: { params: ProgrammeMeasureParams },
    responses: {
      200: {
        description: 'The publication',
        headers: recordHeaders('programme measure'),
        content: json(ProgrammeMeasureSchema),
      },
    },
  },
);

export const withdrawProgrammeMeasure = defineOperation(
  { access: writeAccess },
  {
    method: 'post',
    path: '/programmes/{programmeId}/measures/{measureId}/withdraw',
    operationId: 'withdrawProgrammeMeasure',
    tags,
    summary: 'Withdraw a measure from a programme',
    description:
      'The programme’s members stop seeing the measure through this programme; data already submitted stays with its submitter.',
    request: { params: ProgrammeMeasureParams },
    responses: {
      200: {
        description: 'Withdrawn',
        headers: recordHeaders('programme measure'),
        content: json(ProgrammeMeasureSchema),
      },
    },
  },
);
