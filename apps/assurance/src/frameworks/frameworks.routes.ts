import { z } from '@hono/zod-openapi';
import { frameworkVersionStatuses } from '@qms/db';
import {
  defineOperation,
  IdempotencyHeaderSchema,
  IfMatchHeaderSchema,
  PaginationQuerySchema,
  pageSchema,
  recordHeaders,
} from '@qms/platform';
import { FRAMEWORK_FORMAT } from './framework-document.js';

const tags = ['Assurance'];
const read = { access: { roles: 'any', scope: 'assurance:read' } } as const;
const write = { access: { roles: ['inspector'], scope: 'assurance:write' } } as const;

export const exampleFrameworkId = '0193b6f2-0000-7000-8000-00000000f001';
export const exampleVersionId = '0193b6f2-0000-7000-8000-00000000f101';

export const FrameworkIdParams = z.object({
  frameworkId: z.uuid().openapi({ param: { name: 'frameworkId', in: 'path' }, example: exampleFrameworkId }),
});
export const VersionIdParams = FrameworkIdParams.extend({
  versionId: z.uuid().openapi({ param: { name: 'versionId', in: 'path' }, example: exampleVersionId }),
});

const Key = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,62}$/)
  .openapi({ example: 'key_question' });
const Label = z.string().trim().min(1).max(200);
const Keyed = z.object({ key: Key, label: Label }).strict();
const Code = z.string().trim().min(1).max(50);

const FrameworkNodeDocument = z
  .object({
    code: Code.openapi({ example: 'S1' }),
    parentCode: Code.nullable().optional().openapi({ example: 'S' }),
    kind: Key.openapi({ example: 'quality_statement' }),
    title: z.string().trim().min(1).max(500),
    description: z.string().max(10000).nullable().optional(),
    measureIds: z
      .array(z.uuid())
      .max(50)
      .optional()
      .openapi({ description: 'Measures visible to the framework’s owner that evidence this node' }),
  })
  .strict();

export const RollUpRuleSchema = z
  .discriminatedUnion('method', [
    z.object({ method: z.literal('worst_of') }).strict(),
    z
      .object({
        method: z.literal('mean_of_ranks'),
        thresholds: z
          .array(z.object({ upTo: z.number().positive(), level: Key }).strict())
          .min(1)
          .max(20)
          .openapi({
            description:
              'Ascending: the mean of the children’s ranks maps to the level of the first threshold whose upTo it does not exceed (beyond the last: the worst level)',
          }),
      })
      .strict(),
  ])
  .openapi('RollUpRule', {
    description:
      'How a parent node’s rating is computed from its children’s: the worst of them, or the mean of their ranks mapped through thresholds. Absent in a document: `worst_of`.',
    example: {
      method: 'mean_of_ranks',
      thresholds: [
        { upTo: 1.5, level: 'outstanding' },
        { upTo: 2.5, level: 'good' },
        { upTo: 3.25, level: 'requires_improvement' },
      ],
    },
  });

export const FrameworkDocumentSchema = z
  .object({
    format: z.literal(FRAMEWORK_FORMAT),
    code: Code.openapi({ example: 'single-assessment' }),
    name: z.string().trim().min(1).max(200),
    description: z.string().max(10000).nullable().optional(),
    nodeKinds: z.array(Keyed).min(1).max(10).openapi({ description: 'Kinds of node, top of the tree first' }),
    ratingScale: z.array(Keyed).min(2).max(20).openapi({ description: 'Rating levels, best first' }),
    evidenceCategories: z.array(Keyed).max(50),
    rollUp: RollUpRuleSchema.optional(),
    nodes: z.array(FrameworkNodeDocument).min(1).max(2000).openapi({
      description: 'The tree as a flat list: each node names its parent by code, parents before children',
    }),
  })
  .strict()
  .openapi('FrameworkDocument', {
    example: {
      format: FRAMEWORK_FORMAT,
      code: 'single-assessment',
      name: 'Single assessment framework (demo)',
      nodeKinds: [
        { key: 'key_question', label: 'Key question' },
        { key: 'quality_statement', label: 'Quality statement' },
      ],
      ratingScale: [
        { key: 'outstanding', label: 'Outstanding' },
        { key: 'good', label: 'Good' },
        { key: 'requires_improvement', label: 'Requires improvement' },
        { key: 'inadequate', label: 'Inadequate' },
      ],
      evidenceCategories: [{ key: 'observation', label: 'Observation' }],
      nodes: [
        { code: 'S', kind: 'key_question', title: 'Safe' },
        { code: 'S1', parentCode: 'S', kind: 'quality_statement', title: 'Learning from incidents' },
      ],
    },
  });

const Status = z.enum(frameworkVersionStatuses).openapi({ example: 'published' });

export const FrameworkVersionSchema = z
  .object({
    id: z.uuid(),
    frameworkId: z.uuid(),
    code: z.string(),
    name: z.string(),
    version: z.int().openapi({ example: 1 }),
    status: Status,
    nodeKinds: z.array(z.object({ key: z.string(), label: z.string() })),
    ratingScale: z.array(z.object({ key: z.string(), label: z.string(), rank: z.int() })).openapi({
      description: 'Best first; rank 1 is the best level',
    }),
    evidenceCategories: z.array(z.object({ key: z.string(), label: z.string() })),
    rollUp: RollUpRuleSchema,
    nodeCount: z.int(),
    publishedAt: z.iso.datetime().nullable(),
    retiredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('FrameworkVersion');

export const FrameworkSchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    versions: z.array(z.object({ id: z.uuid(), version: z.int(), status: Status })),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Framework');

const versionResponse = (description: string) => ({
  description,
  headers: recordHeaders('framework version'),
  content: { 'application/json': { schema: FrameworkVersionSchema } },
});

export const importFramework = defineOperation(
  { ...write, idempotent: true },
  {
    method: 'post',
    path: '/frameworks/import',
    operationId: 'importFramework',
    tags,
    summary: 'Import a framework version from JSON',
    description:
      'A regulator or national body imports a framework document (as exported): a new framework, or a new draft version of its framework with the same code. Node kinds, rating scale and evidence categories are data. Every measure bound to a node must be visible to the importing organisation (422 otherwise).',
    request: {
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: FrameworkDocumentSchema } } },
    },
    responses: {
      201: {
        description: 'Imported as a draft version',
        headers: recordHeaders('framework version', { created: true }),
        content: { 'application/json': { schema: FrameworkVersionSchema } },
      },
    },
  },
);

export const listFrameworks = defineOperation(read, {
  method: 'get',
  path: '/frameworks',
  operationId: 'listFrameworks',
  tags,
  summary: 'List the caller’s frameworks',
  request: { query: PaginationQuerySchema },
  responses: {
    200: {
      description: 'A page of frameworks in id order',
      content: { 'application/json': { schema: pageSchema(FrameworkSchema, 'FrameworkPage') } },
    },
  },
});

export const getFramework = defineOperation(read, {
  method: 'get',
  path: '/frameworks/{frameworkId}',
  operationId: 'getFramework',
  tags,
  summary: 'Read a framework and its versions',
  request: { params: FrameworkIdParams },
  responses: {
    200: { description: 'The framework', content: { 'application/json': { schema: FrameworkSchema } } },
  },
});

export const getFrameworkVersion = defineOperation(read, {
  method: 'get',
  path: '/frameworks/{frameworkId}/versions/{versionId}',
  operationId: 'getFrameworkVersion',
  tags,
  summary: 'Read a framework version',
  request: { params: VersionIdParams },
  responses: { 200: versionResponse('The framework version') },
});

export const exportFrameworkVersion = defineOperation(read, {
  method: 'get',
  path: '/frameworks/{frameworkId}/versions/{versionId}/export',
  operationId: 'exportFrameworkVersion',
  tags,
  summary: 'Export a framework version as JSON',
  description:
    'The document `importFramework` takes: importing it makes a new draft version with the same content.',
  request: { params: VersionIdParams },
  responses: {
    200: {
      description: 'The framework document',
      content: { 'application/json': { schema: FrameworkDocumentSchema } },
    },
  },
});

export const publishFrameworkVersion = defineOperation(
  { ...write, conditional: true },
  {
    method: 'post',
    path: '/frameworks/{frameworkId}/versions/{versionId}/publish',
    operationId: 'publishFrameworkVersion',
    tags,
    summary: 'Publish a draft framework version',
    description:
      '`draft` → `published`. A published version is immutable (the database refuses any change to it, its nodes or its measure bindings); inspections pin published versions. 409 from any other status.',
    request: { params: VersionIdParams, headers: IfMatchHeaderSchema },
    responses: { 200: versionResponse('Published') },
  },
);

export const retireFrameworkVersion = defineOperation(
  { ...write, conditional: true },
  {
    method: 'post',
    path: '/frameworks/{frameworkId}/versions/{versionId}/retire',
    operationId: 'retireFrameworkVersion',
    tags,
    summary: 'Retire a published framework version',
    description:
      '`published` → `retired`: no new inspection can pin it; inspections that did keep it. 409 from any other status.',
    request: { params: VersionIdParams, headers: IfMatchHeaderSchema },
    responses: { 200: versionResponse('Retired') },
  },
);
