import { z } from '@hono/zod-openapi';
import { crosswalkRelations, evidenceSources } from '@qms/db';
import {
  defineOperation,
  IdempotencyHeaderSchema,
  PaginationQuerySchema,
  pageSchema,
  recordHeaders,
} from '@qms/platform';
import { InspectionIdParams } from '../inspections/inspections.routes.js';

const tags = ['Assurance'];
const read = { access: { roles: 'any', scope: 'assurance:read' } } as const;
const write = { access: { roles: ['inspector'], scope: 'assurance:write' } } as const;

const exampleEvidenceId = '0193b6f2-0000-7000-8000-00000000e201';
const exampleNodeId = '0193b6f2-0000-7000-8000-00000000f201';

export const EvidenceIdParams = InspectionIdParams.extend({
  evidenceId: z.uuid().openapi({ param: { name: 'evidenceId', in: 'path' }, example: exampleEvidenceId }),
});

const Flags = z.object({
  missing: z.boolean(),
  provisional: z.boolean(),
  late: z.boolean(),
  revised: z.boolean(),
  revision: z.int().nullable(),
});

export const MeasureSnapshotSchema = z
  .object({
    measureTenantId: z.uuid().openapi({ description: 'The measure’s owner' }),
    measureId: z.uuid(),
    code: z.string().openapi({ example: 'AE-4HR' }),
    title: z.string(),
    measureVersionId: z.uuid(),
    measureVersion: z.int(),
    organisationId: z.uuid().openapi({ description: 'The inspected organisation whose data this is' }),
    unitId: z.uuid().nullable(),
    chart: z.string().nullable().openapi({ example: 'p' }),
    periodStart: z.iso.date().nullable().openapi({ description: 'The latest period with a value' }),
    value: z.number().nullable(),
    centre: z.number().nullable(),
    lowerProcessLimit: z.number().nullable(),
    upperProcessLimit: z.number().nullable(),
    variationIcon: z.string().nullable().openapi({ example: 'concernLow' }),
    assuranceIcon: z.string().nullable().openapi({ example: 'consistentlyFailing' }),
    target: z.number().nullable(),
    dataQuality: Flags.openapi({ description: 'Of the latest point' }),
    observations: z
      .array(z.object({ periodStart: z.iso.date(), revision: z.int() }))
      .openapi({ description: 'The revision of every observation the analysis used' }),
    pointCount: z.int(),
    problem: z.string().nullable().openapi({ description: 'Why the stored settings could not be analysed' }),
    takenAt: z.iso.datetime(),
  })
  .openapi('MeasureSnapshot', {
    description:
      'The inspected organisation’s measure as it stood when the evidence was captured: frozen, never recomputed.',
  });

export const CrosswalkedNodeSchema = z
  .object({
    nodeId: z.uuid(),
    frameworkVersionId: z.uuid(),
    code: z.string(),
    title: z.string(),
    relation: z.enum(crosswalkRelations),
  })
  .openapi('CrosswalkedNode');

export const EvidenceSchema = z
  .object({
    id: z.uuid(),
    inspectionId: z.uuid(),
    category: z.string().openapi({ example: 'measure' }),
    source: z.enum(evidenceSources),
    nodeIds: z.array(z.uuid()),
    description: z.string(),
    reference: z.string().nullable(),
    measureId: z.uuid().nullable(),
    measureSnapshot: MeasureSnapshotSchema.nullable(),
    reportedAgainst: z.array(CrosswalkedNodeSchema).openapi({
      description:
        'Nodes of the owner’s other frameworks this evidence also serves, through crosswalks from its nodes (equivalent either way, or its node partially covering theirs)',
    }),
    capturedBy: z.string(),
    capturedAt: z.iso.datetime(),
  })
  .openapi('Evidence');

export const CaptureEvidenceSchema = z
  .object({
    category: z.string().trim().min(1).max(63).openapi({
      example: 'measure',
      description: 'One of the pinned framework version’s evidence categories',
    }),
    source: z.enum(evidenceSources).openapi({ example: 'measure' }),
    nodeIds: z
      .array(z.uuid())
      .min(1)
      .max(50)
      .openapi({ description: 'Nodes of the pinned framework version', example: [exampleNodeId] }),
    description: z.string().trim().min(1).max(10000).openapi({ example: 'Four-hour performance at capture' }),
    reference: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .optional()
      .openapi({ example: 'Board paper 2026/03 item 7' }),
    measureId: z.uuid().optional().openapi({
      description:
        'For `measure` evidence (required then, refused otherwise): a measure bound to the pinned framework version',
    }),
  })
  .strict()
  .refine((body) => (body.source === 'measure') === (body.measureId !== undefined), {
    message: 'Measure evidence names a measure, and only measure evidence does',
    path: ['measureId'],
  })
  .openapi('CaptureEvidence', {
    // A whole, consistent body: the field examples alone would name a measure for a non-measure source.
    example: {
      category: 'measure',
      source: 'measure',
      nodeIds: [exampleNodeId],
      description: 'Four-hour performance at capture',
      measureId: '0193b6f2-0000-7000-8000-00000000a401',
    },
  });

export const captureEvidence = defineOperation(
  { ...write, idempotent: true },
  {
    method: 'post',
    path: '/inspections/{inspectionId}/evidence',
    operationId: 'captureEvidence',
    tags,
    summary: 'Capture evidence',
    description:
      'An inspector of the inspecting organisation records evidence against nodes of the pinned framework version, from fieldwork to factual accuracy (409 otherwise). `measure` evidence takes a frozen snapshot of the inspected organisation’s measure (latest value and period, process limits, icons, target, data quality, measure version, observation revisions), which a later data revision does not change.',
    request: {
      params: InspectionIdParams,
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: CaptureEvidenceSchema } } },
    },
    responses: {
      201: {
        description: 'Captured',
        headers: recordHeaders('evidence', { created: true }),
        content: { 'application/json': { schema: EvidenceSchema } },
      },
    },
  },
);

export const listEvidence = defineOperation(read, {
  method: 'get',
  path: '/inspections/{inspectionId}/evidence',
  operationId: 'listEvidence',
  tags,
  summary: 'List an inspection’s evidence',
  description:
    'The inspecting organisation sees all of it; the inspected organisation only from factual accuracy on (row-level security). `nodeId` keeps evidence attached to that node; `servesNodeId` (a node of another of the owner’s frameworks) keeps evidence reported against it through crosswalks.',
  request: {
    params: InspectionIdParams,
    query: PaginationQuerySchema.extend({
      nodeId: z.uuid().optional(),
      servesNodeId: z.uuid().optional(),
      source: z.enum(evidenceSources).optional(),
    }),
  },
  responses: {
    200: {
      description: 'A page of evidence in id order',
      content: { 'application/json': { schema: pageSchema(EvidenceSchema, 'EvidencePage') } },
    },
  },
});

export const getEvidence = defineOperation(read, {
  method: 'get',
  path: '/inspections/{inspectionId}/evidence/{evidenceId}',
  operationId: 'getEvidence',
  tags,
  summary: 'Read a piece of evidence',
  request: { params: EvidenceIdParams },
  responses: {
    200: {
      description: 'The evidence (it never changes)',
      content: { 'application/json': { schema: EvidenceSchema } },
    },
  },
});
