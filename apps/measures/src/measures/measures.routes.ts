import {
  defineOperation,
  IdempotencyHeaderSchema,
  IfMatchHeaderSchema,
  type OperationAccess,
  pageSchema,
  recordHeaders,
} from '@qms/platform';
import {
  CreateMeasureSchema,
  DefinitionChangeSchema,
  ListMeasuresQuerySchema,
  MeasureIdParams,
  MeasureSchema,
  MeasureSummarySchema,
  MeasureVersionSchema,
  UpdateDraftSchema,
  VersionIdParams,
} from './measures.schemas.js';

export const tags = ['Measures'];
export const readAccess: OperationAccess = { roles: 'any', scope: 'measures:read' };
export const writeAccess: OperationAccess = {
  roles: ['measure_steward', 'tenant_admin'],
  scope: 'measures:write',
};

const versionHeaders = recordHeaders('measure version');
const json = <T>(schema: T) => ({ 'application/json': { schema } });

export const createMeasure = defineOperation(
  { access: writeAccess, idempotent: true },
  {
    method: 'post',
    path: '/measures',
    operationId: 'createMeasure',
    tags,
    summary: 'Create a measure with its first draft version',
    description:
      'Creates a measure owned by the caller’s organisation and its version 1 as a draft. The code is unique among the organisation’s measures (409). The chart and rule family must suit the value type, targets must not overlap, and benchmarking settings must suit the value type (422 with a pointer to each field).',
    request: {
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: json(CreateMeasureSchema) },
    },
    responses: {
      201: {
        description: 'Created; the draft is in `draft`',
        headers: recordHeaders('measure', { created: true }),
        content: json(MeasureSchema),
      },
    },
  },
);

export const listMeasures = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/measures',
    operationId: 'listMeasures',
    tags,
    summary: 'List the measures visible to the caller',
    description:
      'The caller’s own measures and those published to a programme it is invited to or enrolled in, each with its current version summarised (the active one; without one, the latest draft).',
    request: { query: ListMeasuresQuerySchema },
    responses: {
      200: {
        description: 'A page of measures in id order',
        content: json(pageSchema(MeasureSummarySchema, 'MeasurePage')),
      },
    },
  },
);

export const getMeasure = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/measures/{measureId}',
    operationId: 'getMeasure',
    tags,
    summary: 'Read a measure with its versions',
    description:
      'Every version summarised (each with its own ETag), and the active version and the draft in full. The response ETag covers the whole measure; the version operations take the version’s ETag.',
    request: { params: MeasureIdParams },
    responses: {
      200: { description: 'The measure', headers: recordHeaders('measure'), content: json(MeasureSchema) },
    },
  },
);

export const createMeasureVersion = defineOperation(
  { access: writeAccess, idempotent: true },
  {
    method: 'post',
    path: '/measures/{measureId}/versions',
    operationId: 'createMeasureVersion',
    tags,
    summary: 'Start a new draft version',
    description:
      'Copies the latest version into a new draft and applies the fields sent. One draft at a time: 409 while another is open.',
    request: {
      params: MeasureIdParams,
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: json(DefinitionChangeSchema) },
    },
    responses: {
      201: {
        description: 'The new draft',
        headers: recordHeaders('measure version', { created: true }),
        content: json(MeasureVersionSchema),
      },
    },
  },
);

export const getMeasureVersion = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/measures/{measureId}/versions/{versionId}',
    operationId: 'getMeasureVersion',
    tags,
    summary: 'Read one version of a measure in full',
    request: { params: VersionIdParams },
    responses: {
      200: { description: 'The version', headers: versionHeaders, content: json(MeasureVersionSchema) },
    },
  },
);

export const updateMeasureVersion = defineOperation(
  { access: writeAccess, conditional: true },
  {
    method: 'patch',
    path: '/measures/{measureId}/versions/{versionId}',
    operationId: 'updateMeasureVersion',
    tags,
    summary: 'Edit a draft version',
    description:
      'Only a draft changes: an active or retired version answers 409 (create a new version instead).',
    request: {
      params: VersionIdParams,
      headers: IfMatchHeaderSchema,
      body: { required: true, content: json(UpdateDraftSchema) },
    },
    responses: {
      200: { description: 'Updated', headers: versionHeaders, content: json(MeasureVersionSchema) },
    },
  },
);

export const activateMeasureVersion = defineOperation(
  { access: writeAccess, conditional: true },
  {
    method: 'post',
    path: '/measures/{measureId}/versions/{versionId}/activate',
    operationId: 'activateMeasureVersion',
    tags,
    summary: 'Activate a draft version',
    description:
      'The draft becomes the version new data is submitted against; the version active until now is retired in the same transaction. A draft needs its numerator (and, for proportions, rates and ratios, its denominator) defined first (422).',
    request: { params: VersionIdParams, headers: IfMatchHeaderSchema },
    responses: {
      200: { description: 'Now active', headers: versionHeaders, content: json(MeasureVersionSchema) },
    },
  },
);

export const retireMeasureVersion = defineOperation(
  { access: writeAccess, conditional: true },
  {
    method: 'post',
    path: '/measures/{measureId}/versions/{versionId}/retire',
    operationId: 'retireMeasureVersion',
    tags,
    summary: 'Retire the active version',
    description: 'The measure then has no active version until a draft is activated. Retired never changes.',
    request: { params: VersionIdParams, headers: IfMatchHeaderSchema },
    responses: {
      200: { description: 'Retired', headers: versionHeaders, content: json(MeasureVersionSchema) },
    },
  },
);
