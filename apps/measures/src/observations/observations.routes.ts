import { z } from '@hono/zod-openapi';
import { defineOperation, PaginationQuerySchema, pageSchema } from '@qms/platform';

const tags = ['Observations'];

const ids = {
  observation: '0193b6f2-0000-7000-8000-00000000e001',
  organisation: '0193b6f2-0000-7000-8000-00000000a001',
  measure: '0193b6f2-0000-7000-8000-00000000d001',
  measureVersion: '0193b6f2-0000-7000-8000-00000000d002',
  unit: '0193b6f2-0000-7000-8000-00000000b003',
  submission: '0193b6f2-0000-7000-8000-00000000c001',
};

const Period = z.iso.date().openapi({ description: 'First day of the period', example: '2024-04-01' });

const truthy = z
  .enum(['true', 'false'])
  .optional()
  .transform((value) => value === 'true');

const observationExample = {
  id: ids.observation,
  organisationId: ids.organisation,
  measureId: ids.measure,
  measureVersionId: ids.measureVersion,
  unitId: ids.unit,
  period: '2024-04-01',
  revision: 1,
  isCurrent: true,
  numerator: 45,
  denominator: 50,
  value: null,
  expected: null,
  status: 'final',
  late: false,
  submissionId: ids.submission,
  submittedAt: '2024-05-03T10:00:00.000Z',
};

export const ObservationSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid().openapi({ description: 'The reporting organisation' }),
    measureId: z.uuid(),
    measureVersionId: z
      .uuid()
      .openapi({ description: 'The measure version the value was submitted against' }),
    unitId: z.uuid().nullable().openapi({ description: 'Null for the whole organisation' }),
    period: Period,
    revision: z
      .number()
      .int()
      .openapi({ description: '1 for the first value; each different value adds one' }),
    isCurrent: z.boolean().openapi({ description: 'The latest revision, used by default' }),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    value: z.number().nullable(),
    expected: z.number().nullable(),
    status: z.enum(['provisional', 'final']),
    late: z.boolean().openapi({ description: 'Received after the submission deadline of its period' }),
    submissionId: z.uuid(),
    submittedAt: z.iso.datetime(),
  })
  .openapi('Observation', {
    example: observationExample,
  });

const measureQuery = z.uuid().openapi({ description: 'The measure', example: ids.measure });
const organisationQuery = z.uuid().optional().openapi({
  description:
    'Another organisation’s data: allowed for the owner of a programme the organisation is actively enrolled in, for the programme’s measures. The caller’s own organisation by default; an empty result when not visible.',
  example: ids.organisation,
});

export const ListObservationsQuerySchema = PaginationQuerySchema.extend({
  measureId: measureQuery,
  unitId: z
    .uuid()
    .optional()
    .openapi({ description: 'Only this unit (all units and the organisation by default)' }),
  from: Period.optional().openapi({ description: 'Periods starting on or after this date' }),
  to: Period.optional().openapi({ description: 'Periods starting on or before this date' }),
  includeRevisions: truthy.openapi({
    description: 'Every revision, not only the current one',
    example: 'false',
  }),
  organisationId: organisationQuery,
});

export const HistoryQuerySchema = z.object({
  measureId: measureQuery,
  unitId: z.uuid().optional().openapi({ description: 'Omit for the whole organisation', example: ids.unit }),
  period: Period,
  organisationId: organisationQuery,
});

const HistoryEntrySchema = ObservationSchema.extend({
  submission: z
    .object({
      id: z.uuid(),
      format: z.enum(['json', 'csv']),
      submittedBy: z.string(),
      createdAt: z.iso.datetime(),
    })
    .nullable()
    .openapi({ description: 'The submission that brought the revision; null when the caller cannot see it' }),
}).openapi('ObservationRevision', {
  example: {
    ...observationExample,
    submission: {
      id: observationExample.submissionId,
      format: 'json',
      submittedBy: 'urn:qms:platform|submitter@barts-health',
      createdAt: observationExample.submittedAt,
    },
  },
});

export const ObservationHistorySchema = z
  .object({
    measureId: z.uuid(),
    organisationId: z.uuid(),
    unitId: z.uuid().nullable(),
    period: Period,
    revisions: z.array(HistoryEntrySchema).openapi({ description: 'Latest first' }),
  })
  .openapi('ObservationHistory');

export const listObservations = defineOperation(
  { access: { roles: 'any', scope: 'measures:read' } },
  {
    method: 'get',
    path: '/observations',
    operationId: 'listObservations',
    tags,
    summary: 'List observations of a measure',
    description:
      'The current revision of each observation by default (`includeRevisions=true` lists every revision), ordered by period. Each carries its data-quality state: status, late, revision.',
    request: { query: ListObservationsQuerySchema },
    responses: {
      200: {
        description: 'A page of observations in period order',
        content: { 'application/json': { schema: pageSchema(ObservationSchema, 'ObservationPage') } },
      },
    },
  },
);

export const getObservationHistory = defineOperation(
  { access: { roles: 'any', scope: 'measures:read' } },
  {
    method: 'get',
    path: '/observations/history',
    operationId: 'getObservationHistory',
    tags,
    summary: 'Every revision of one observation',
    description:
      'All revisions of a measure × unit × period, latest first, each with the submission that brought it.',
    request: { query: HistoryQuerySchema },
    responses: {
      200: {
        description: 'The revisions',
        content: { 'application/json': { schema: ObservationHistorySchema } },
      },
    },
  },
);
