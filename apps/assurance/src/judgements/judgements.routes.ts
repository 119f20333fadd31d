import { z } from '@hono/zod-openapi';
import { defineOperation, IfMatchHeaderSchema, recordHeaders } from '@qms/platform';
import { RollUpRuleSchema } from '../frameworks/frameworks.routes.js';
import { InspectionIdParams } from '../inspections/inspections.routes.js';

const tags = ['Assurance'];
const read = { access: { roles: 'any', scope: 'assurance:read' } } as const;
const write = { access: { roles: ['inspector'], scope: 'assurance:write' } } as const;

const exampleNodeId = '0193b6f2-0000-7000-8000-00000000f201';

export const NodeParams = InspectionIdParams.extend({
  nodeId: z.uuid().openapi({ param: { name: 'nodeId', in: 'path' }, example: exampleNodeId }),
});

export const JudgementSchema = z
  .object({
    nodeId: z.uuid(),
    parentId: z.uuid().nullable(),
    code: z.string().openapi({ example: 'RESP.1' }),
    kind: z.string().openapi({ example: 'quality_statement' }),
    title: z.string(),
    hasChildren: z.boolean(),
    rating: z.string().nullable().openapi({
      example: 'requires_improvement',
      description: 'The rating that stands: the judged level, else (for a parent) the computed one',
    }),
    computedRating: z
      .string()
      .nullable()
      .openapi({ description: 'For a parent: what its children’s ratings give under the roll-up rule' }),
    judgedRating: z
      .string()
      .nullable()
      .openapi({ description: 'The inspectors’ level: a leaf’s rating, or a parent’s manual override' }),
    overridden: z.boolean(),
    overrideReason: z.string().nullable(),
    rationale: z.string().nullable(),
    evidenceIds: z.array(z.uuid()),
    version: z.int().openapi({ description: '0 while the node has never been judged' }),
    updatedBy: z.string().nullable(),
    updatedAt: z.iso.datetime().nullable(),
  })
  .openapi('Judgement');

export const JudgementTreeSchema = z
  .object({
    frameworkVersionId: z.uuid(),
    ratingScale: z.array(z.object({ key: z.string(), label: z.string(), rank: z.int() })),
    rollUp: RollUpRuleSchema,
    items: z
      .array(JudgementSchema)
      .openapi({ description: 'Every node of the pinned version, in tree order' }),
  })
  .openapi('JudgementTree');

export const JudgeNodeSchema = z
  .object({
    rating: z.string().trim().min(1).max(63).nullable().openapi({
      example: 'requires_improvement',
      description:
        'A key of the version’s rating scale. For a leaf: its rating (null clears it). For a parent: a manual override of the computed rating, which needs `overrideReason` (null removes the override).',
    }),
    overrideReason: z.string().trim().min(1).max(5000).optional().openapi({
      example: 'Two never events in the period outweigh the statements’ ratings',
    }),
    rationale: z.string().trim().max(10000).nullable().optional(),
    evidenceIds: z
      .array(z.uuid())
      .max(200)
      .default([])
      .openapi({ description: 'Evidence of this inspection' }),
  })
  .strict()
  .openapi('JudgeNode');

export const listJudgements = defineOperation(read, {
  method: 'get',
  path: '/inspections/{inspectionId}/judgements',
  operationId: 'listJudgements',
  tags,
  summary: 'Read an inspection’s judgements and their roll-up',
  description:
    'Every node of the pinned framework version (bounded by the framework, so not paged), with its judged level and the rating computed from its children by the version’s roll-up rule. The inspected organisation sees the judgements only from factual accuracy on (row-level security): before that every node reads unrated.',
  request: { params: InspectionIdParams },
  responses: {
    200: {
      description: 'The judgement tree',
      content: { 'application/json': { schema: JudgementTreeSchema } },
    },
  },
});

export const getJudgement = defineOperation(read, {
  method: 'get',
  path: '/inspections/{inspectionId}/judgements/{nodeId}',
  operationId: 'getJudgement',
  tags,
  summary: 'Read one node’s judgement',
  description: 'With its ETag (`"0"` while the node has never been judged) for `If-Match` on the next write.',
  request: { params: NodeParams },
  responses: {
    200: {
      description: 'The judgement',
      headers: recordHeaders('judgement'),
      content: { 'application/json': { schema: JudgementSchema } },
    },
  },
});

export const judgeNode = defineOperation(
  { ...write, conditional: true },
  {
    method: 'put',
    path: '/inspections/{inspectionId}/judgements/{nodeId}',
    operationId: 'judgeNode',
    tags,
    summary: 'Judge a node',
    description:
      'An inspector of the inspecting organisation sets a node’s rating, rationale and evidence, from fieldwork to factual accuracy (409 otherwise). Several inspectors edit at once: `If-Match` is required (428) and a stale one gets 412 — re-read and retry.',
    request: {
      params: NodeParams,
      headers: IfMatchHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: JudgeNodeSchema } } },
    },
    responses: {
      200: {
        description: 'Judged',
        headers: recordHeaders('judgement'),
        content: { 'application/json': { schema: JudgementSchema } },
      },
    },
  },
);
