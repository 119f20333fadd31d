import { z } from '@hono/zod-openapi';
import { findingSeverities, findingTypes, inspectionStages, inspectionTypes } from '@qms/db';
import {
  defineOperation,
  IdempotencyHeaderSchema,
  IfMatchHeaderSchema,
  PaginationQuerySchema,
  pageSchema,
  recordHeaders,
} from '@qms/platform';
import { RollUpRuleSchema } from '../frameworks/frameworks.routes.js';
import type { inspectionActions } from './inspection-lifecycle.js';

const tags = ['Assurance'];
const read = { access: { roles: 'any', scope: 'assurance:read' } } as const;
const write = { access: { roles: ['inspector'], scope: 'assurance:write' } } as const;

const exampleInspectionId = '0193b6f2-0000-7000-8000-00000000e001';
const exampleFindingId = '0193b6f2-0000-7000-8000-00000000e101';

export const InspectionIdParams = z.object({
  inspectionId: z
    .uuid()
    .openapi({ param: { name: 'inspectionId', in: 'path' }, example: exampleInspectionId }),
});
export const FindingIdParams = InspectionIdParams.extend({
  findingId: z.uuid().openapi({ param: { name: 'findingId', in: 'path' }, example: exampleFindingId }),
});

const Stage = z.enum(inspectionStages).openapi({ example: 'fieldwork' });
const Day = z.iso.date().openapi({ example: '2026-03-02' });

export const InspectionSchema = z
  .object({
    id: z.uuid(),
    inspectingOrganisationId: z.uuid(),
    organisationId: z.uuid().openapi({ description: 'The inspected organisation' }),
    frameworkVersionId: z.uuid(),
    type: z.enum(inspectionTypes),
    title: z.string(),
    team: z.array(z.string()),
    unitIds: z
      .array(z.uuid())
      .openapi({ description: 'Units of the inspected organisation covered (empty: all of it)' }),
    startsOn: Day,
    endsOn: Day,
    stage: Stage,
    fieldworkStartedAt: z.iso.datetime().nullable(),
    draftedAt: z.iso.datetime().nullable(),
    factualAccuracyAt: z.iso.datetime().nullable(),
    publishedAt: z.iso.datetime().nullable(),
    closedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Inspection');

export const CreateInspectionSchema = z
  .object({
    organisationId: z.uuid().openapi({ description: 'The organisation to inspect' }),
    frameworkVersionId: z.uuid().openapi({ description: 'A published version of one of your frameworks' }),
    type: z.enum(inspectionTypes).openapi({ example: 'announced' }),
    title: z.string().trim().min(1).max(300).openapi({ example: 'Urgent and emergency care, spring 2026' }),
    team: z
      .array(z.string().trim().min(1).max(200))
      .min(1)
      .max(50)
      .openapi({ description: 'Inspectors, the lead first', example: ['inspector@care-regulator'] }),
    unitIds: z.array(z.uuid()).max(100).default([]).openapi({
      description: 'Units of the inspected organisation the inspection covers (none: the whole organisation)',
    }),
    startsOn: Day,
    endsOn: Day,
  })
  .strict()
  .refine((body) => body.startsOn <= body.endsOn, { message: 'endsOn is before startsOn', path: ['endsOn'] })
  .openapi('CreateInspection');

const inspectionResponse = (description: string) => ({
  description,
  headers: recordHeaders('inspection'),
  content: { 'application/json': { schema: InspectionSchema } },
});

export const createInspection = defineOperation(
  { ...write, idempotent: true },
  {
    method: 'post',
    path: '/inspections',
    operationId: 'createInspection',
    tags,
    summary: 'Plan an inspection',
    description:
      'A regulator or national body plans an inspection of an organisation against a published version of one of its frameworks; it starts `planned`.',
    request: {
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: CreateInspectionSchema } } },
    },
    responses: {
      201: {
        description: 'Planned',
        headers: recordHeaders('inspection', { created: true }),
        content: { 'application/json': { schema: InspectionSchema } },
      },
    },
  },
);

export const listInspections = defineOperation(read, {
  method: 'get',
  path: '/inspections',
  operationId: 'listInspections',
  tags,
  summary: 'List inspections',
  description:
    'The inspecting organisation sees the inspections it runs; an organisation sees those of itself.',
  request: { query: PaginationQuerySchema.extend({ stage: Stage.optional() }) },
  responses: {
    200: {
      description: 'A page of inspections in id order',
      content: { 'application/json': { schema: pageSchema(InspectionSchema, 'InspectionPage') } },
    },
  },
});

export const getInspection = defineOperation(read, {
  method: 'get',
  path: '/inspections/{inspectionId}',
  operationId: 'getInspection',
  tags,
  summary: 'Read an inspection',
  request: { params: InspectionIdParams },
  responses: { 200: inspectionResponse('The inspection') },
});

const operationIds = {
  'start-fieldwork': 'startInspectionFieldwork',
  'submit-draft': 'submitInspectionDraft',
  'share-draft': 'shareInspectionDraft',
  publish: 'publishInspection',
  close: 'closeInspection',
} as const satisfies Record<(typeof inspectionActions)[number], string>;

const summaries = {
  'start-fieldwork': ['Start fieldwork', '`planned` → `fieldwork`, by an inspector.'],
  'submit-draft': ['Submit the draft report', '`fieldwork` → `draft`, by an inspector.'],
  'share-draft': [
    'Share the draft for factual accuracy',
    '`draft` → `factual_accuracy`, by an inspector or tenant administrator. From now on the inspected organisation reads the findings.',
  ],
  publish: [
    'Publish the report',
    '`factual_accuracy` → `published`, by a tenant administrator. The report and its findings are then immutable.',
  ],
  close: ['Close the inspection', '`published` → `closed`, by an inspector or tenant administrator.'],
} as const;

const transitionRoute = <const A extends (typeof inspectionActions)[number]>(action: A) =>
  defineOperation(
    { access: { roles: ['inspector', 'tenant_admin'], scope: 'assurance:write' }, conditional: true },
    {
      method: 'post',
      path: `/inspections/{inspectionId}/${action}`,
      operationId: operationIds[action],
      tags,
      summary: summaries[action][0],
      description: `${summaries[action][1]} Only the inspecting organisation moves an inspection: a role that may not make this transition gets 403, a stage that does not allow it 409, a stale If-Match 412.`,
      request: { params: InspectionIdParams, headers: IfMatchHeaderSchema },
      responses: { 200: inspectionResponse('Moved') },
    },
  );

export const startInspectionFieldwork = transitionRoute('start-fieldwork');
export const submitInspectionDraft = transitionRoute('submit-draft');
export const shareInspectionDraft = transitionRoute('share-draft');
export const publishInspection = transitionRoute('publish');
export const closeInspection = transitionRoute('close');

export const FindingSchema = z
  .object({
    id: z.uuid(),
    inspectionId: z.uuid(),
    type: z.enum(findingTypes),
    severity: z.enum(findingSeverities),
    statement: z.string(),
    nodeIds: z.array(z.uuid()),
    measureIds: z.array(z.uuid()),
    dueOn: Day.nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Finding');

export const CreateFindingSchema = z
  .object({
    type: z.enum(findingTypes).openapi({ example: 'requirement' }),
    severity: z.enum(findingSeverities).openapi({ example: 'high' }),
    statement: z.string().trim().min(1).max(10000),
    nodeIds: z
      .array(z.uuid())
      .max(50)
      .default([])
      .openapi({ description: 'Nodes of the pinned framework version' }),
    measureIds: z.array(z.uuid()).max(50).default([]).openapi({
      description: 'Measures bound to those nodes, or otherwise visible to the inspecting organisation',
    }),
    dueOn: Day.optional().openapi({ description: 'Required for a requirement, refused otherwise' }),
  })
  .strict()
  .refine((body) => (body.type === 'requirement') === (body.dueOn !== undefined), {
    message: 'A requirement needs a due date, and only a requirement has one',
    path: ['dueOn'],
  })
  .openapi('CreateFinding');

export const createFinding = defineOperation(
  { ...write, idempotent: true },
  {
    method: 'post',
    path: '/inspections/{inspectionId}/findings',
    operationId: 'createFinding',
    tags,
    summary: 'Record a finding',
    description:
      'An inspector of the inspecting organisation records a finding from fieldwork to factual accuracy (409 otherwise).',
    request: {
      params: InspectionIdParams,
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: CreateFindingSchema } } },
    },
    responses: {
      201: {
        description: 'Recorded',
        headers: recordHeaders('finding', { created: true }),
        content: { 'application/json': { schema: FindingSchema } },
      },
    },
  },
);

export const UpdateFindingSchema = z
  .object({
    type: z.enum(findingTypes).optional(),
    severity: z.enum(findingSeverities).optional(),
    statement: z.string().trim().min(1).max(10000).optional(),
    nodeIds: z
      .array(z.uuid())
      .max(50)
      .optional()
      .openapi({ description: 'Nodes of the pinned framework version' }),
    measureIds: z.array(z.uuid()).max(50).optional().openapi({
      description:
        'Measures bound to the pinned framework version, or otherwise visible to the inspecting organisation',
    }),
    dueOn: Day.nullable().optional().openapi({
      description: 'A requirement must keep one; anything else must have none (null removes it)',
    }),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Change at least one field' })
  .openapi('UpdateFinding');

export const updateFinding = defineOperation(
  { ...write, conditional: true },
  {
    method: 'patch',
    path: '/inspections/{inspectionId}/findings/{findingId}',
    operationId: 'updateFinding',
    tags,
    summary: 'Change a finding',
    description:
      'An inspector of the inspecting organisation changes a finding from fieldwork to factual accuracy (409 otherwise; a published finding changes only by amending the report). `If-Match` required (428), stale 412.',
    request: {
      params: FindingIdParams,
      headers: IfMatchHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: UpdateFindingSchema } } },
    },
    responses: {
      200: {
        description: 'Changed',
        headers: recordHeaders('finding'),
        content: { 'application/json': { schema: FindingSchema } },
      },
    },
  },
);

export const PinnedFrameworkSchema = z
  .object({
    id: z.uuid(),
    frameworkId: z.uuid(),
    version: z.int(),
    nodeKinds: z.array(z.object({ key: z.string(), label: z.string() })),
    ratingScale: z.array(z.object({ key: z.string(), label: z.string(), rank: z.int() })),
    evidenceCategories: z.array(z.object({ key: z.string(), label: z.string() })),
    rollUp: RollUpRuleSchema,
    nodes: z.array(
      z.object({
        id: z.uuid(),
        parentId: z.uuid().nullable(),
        kind: z.string(),
        code: z.string(),
        title: z.string(),
        description: z.string().nullable(),
      }),
    ),
  })
  .openapi('PinnedFramework');

export const getInspectionFramework = defineOperation(read, {
  method: 'get',
  path: '/inspections/{inspectionId}/framework',
  operationId: 'getInspectionFramework',
  tags,
  summary: 'Read the framework version an inspection pins',
  description:
    'Its nodes, rating scale and roll-up rule, for both organisations: the inspected organisation reads the version its inspection pins (row-level security) so it can understand its draft.',
  request: { params: InspectionIdParams },
  responses: {
    200: {
      description: 'The pinned framework version',
      content: { 'application/json': { schema: PinnedFrameworkSchema } },
    },
  },
});

export const listFindings = defineOperation(read, {
  method: 'get',
  path: '/inspections/{inspectionId}/findings',
  operationId: 'listFindings',
  tags,
  summary: 'List an inspection’s findings',
  description:
    'The inspecting organisation sees every finding; the inspected organisation sees them only from factual accuracy on (row-level security): before that the list is empty.',
  request: {
    params: InspectionIdParams,
    query: PaginationQuerySchema.extend({
      type: z.enum(findingTypes).optional(),
      severity: z.enum(findingSeverities).optional(),
      nodeId: z.uuid().optional().openapi({ description: 'Findings linked to this node' }),
    }),
  },
  responses: {
    200: {
      description: 'A page of findings in id order',
      content: { 'application/json': { schema: pageSchema(FindingSchema, 'FindingPage') } },
    },
  },
});

export const getFinding = defineOperation(read, {
  method: 'get',
  path: '/inspections/{inspectionId}/findings/{findingId}',
  operationId: 'getFinding',
  tags,
  summary: 'Read a finding',
  request: { params: FindingIdParams },
  responses: {
    200: {
      description: 'The finding',
      headers: recordHeaders('finding'),
      content: { 'application/json': { schema: FindingSchema } },
    },
  },
});
