import { z } from '@hono/zod-openapi';
import { crosswalkRelations } from '@qms/db';
import { defineOperation, IdempotencyHeaderSchema } from '@qms/platform';
import { VersionIdParams } from '../frameworks/frameworks.routes.js';

const tags = ['Assurance'];
const read = { access: { roles: 'any', scope: 'assurance:read' } } as const;
const write = { access: { roles: ['inspector'], scope: 'assurance:write' } } as const;

export const FrameworkNodeParams = VersionIdParams.extend({
  nodeId: z
    .uuid()
    .openapi({ param: { name: 'nodeId', in: 'path' }, example: '0193b6f2-0000-7000-8000-00000000f201' }),
});

export const CrosswalkSchema = z
  .object({
    id: z.uuid(),
    fromNodeId: z.uuid(),
    toNodeId: z.uuid(),
    relation: z.enum(crosswalkRelations),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
  })
  .openapi('Crosswalk');

export const NodeCrosswalkSchema = z
  .object({
    crosswalkId: z.uuid(),
    direction: z.enum(['outgoing', 'incoming']).openapi({
      description:
        '`outgoing`: this node equals or partially covers the other; `incoming`: the other this one',
    }),
    relation: z.enum(crosswalkRelations),
    nodeId: z.uuid(),
    frameworkId: z.uuid(),
    frameworkVersionId: z.uuid(),
    code: z.string(),
    title: z.string(),
    evidenceServes: z.boolean().openapi({
      description: 'Whether evidence attached to this node is reported against the other node',
    }),
  })
  .openapi('NodeCrosswalk');

export const CreateCrosswalkSchema = z
  .object({
    toNodeId: z.uuid().openapi({ description: 'A node of another of your frameworks' }),
    relation: z.enum(crosswalkRelations).openapi({ example: 'equivalent' }),
  })
  .strict()
  .openapi('CreateCrosswalk');

export const createCrosswalk = defineOperation(
  { ...write, idempotent: true },
  {
    method: 'post',
    path: '/frameworks/{frameworkId}/versions/{versionId}/nodes/{nodeId}/crosswalks',
    operationId: 'createCrosswalk',
    tags,
    summary: 'Crosswalk a node to another framework',
    description:
      'The framework owner links this node to a node of another of its frameworks: `equivalent` (evidence for either serves both) or `partially_covers` (evidence for this node is reported against the other too). Published versions may be crosswalked: the link is not part of either version.',
    request: {
      params: FrameworkNodeParams,
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: CreateCrosswalkSchema } } },
    },
    responses: {
      201: { description: 'Linked', content: { 'application/json': { schema: CrosswalkSchema } } },
    },
  },
);

export const listNodeCrosswalks = defineOperation(read, {
  method: 'get',
  path: '/frameworks/{frameworkId}/versions/{versionId}/nodes/{nodeId}/crosswalks',
  operationId: 'listNodeCrosswalks',
  tags,
  summary: 'List a node’s crosswalked nodes',
  description:
    'Both directions, with whether this node’s evidence serves the other node. Not paged: a node has few links.',
  request: { params: FrameworkNodeParams },
  responses: {
    200: {
      description: 'The crosswalked nodes',
      content: { 'application/json': { schema: z.object({ items: z.array(NodeCrosswalkSchema) }) } },
    },
  },
});
