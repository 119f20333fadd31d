import { z } from '@hono/zod-openapi';
import {
  defineOperation,
  IdempotencyHeaderSchema,
  PaginationQuerySchema,
  pageSchema,
  recordHeaders,
} from '@qms/platform';
import { readAccess, tags, writeAccess } from '../measures/measures.routes.js';
import { exampleIds } from '../measures/measures.schemas.js';

const exampleLinkId = '0193b6f2-0000-7000-8000-00000000f201';
const exampleWardMeasureId = '0193b6f2-0000-7000-8000-00000000e002';
const exampleTrustId = '0193b6f2-0000-7000-8000-00000000a001';

export const LinkIdParams = z.object({
  linkId: z.uuid().openapi({ param: { name: 'linkId', in: 'path' }, example: exampleLinkId }),
});

const LinkKind = z.enum(['contributes_to', 'balancing']).openapi({
  description:
    '`contributes_to`: the from measure feeds the to measure (the golden thread, kept free of loops); `balancing`: the from measure watches for harm from improving the to measure',
  example: 'contributes_to',
});

export const MeasureLinkSchema = z
  .object({
    id: z.uuid(),
    ownerOrganisationId: z.uuid().openapi({ description: 'Owner of the link and of its from measure' }),
    fromMeasureId: z.uuid(),
    toMeasureId: z.uuid(),
    toMeasureOwnerOrganisationId: z.uuid(),
    kind: LinkKind,
    createdAt: z.iso.datetime(),
  })
  .openapi('MeasureLink', {
    example: {
      id: exampleLinkId,
      ownerOrganisationId: exampleTrustId,
      fromMeasureId: exampleWardMeasureId,
      toMeasureId: exampleIds.measure,
      toMeasureOwnerOrganisationId: exampleIds.organisation,
      kind: 'contributes_to',
      createdAt: '2024-04-02T09:00:00.000Z',
    },
  });

export const CreateMeasureLinkSchema = z
  .object({
    fromMeasureId: z
      .uuid()
      .openapi({ description: 'One of the caller’s own measures', example: exampleWardMeasureId }),
    toMeasureId: z
      .uuid()
      .openapi({ description: 'Any measure visible to the caller', example: exampleIds.measure }),
    kind: LinkKind,
  })
  .strict()
  .openapi('CreateMeasureLink', {
    example: { fromMeasureId: exampleWardMeasureId, toMeasureId: exampleIds.measure, kind: 'contributes_to' },
  });

const json = <T>(schema: T) => ({ 'application/json': { schema } });

export const createMeasureLink = defineOperation(
  { access: writeAccess, idempotent: true },
  {
    method: 'post',
    path: '/measure-links',
    operationId: 'createMeasureLink',
    tags,
    summary: 'Link a measure into the golden thread',
    description:
      'The caller’s own measure contributes to (or balances) another measure it can see, possibly another organisation’s. A `contributes_to` link that would close a loop is refused with 422 (pointer `/body/toMeasureId`); the same link twice with 409.',
    request: {
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: json(CreateMeasureLinkSchema) },
    },
    responses: {
      201: {
        description: 'Linked',
        headers: recordHeaders('measure link', { created: true }),
        content: json(MeasureLinkSchema),
      },
    },
  },
);

export const listMeasureLinks = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/measure-links',
    operationId: 'listMeasureLinks',
    tags,
    summary: 'List golden-thread links',
    description:
      'Links the caller can see: its own, those of organisations enrolled in its programmes, and those from measures published to it.',
    request: {
      query: PaginationQuerySchema.extend({
        measureId: z.uuid().optional().openapi({ description: 'Links from or to this measure' }),
        kind: LinkKind.optional(),
      }),
    },
    responses: {
      200: {
        description: 'A page of links in id order',
        content: json(pageSchema(MeasureLinkSchema, 'MeasureLinkPage')),
      },
    },
  },
);

export const getMeasureLink = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/measure-links/{linkId}',
    operationId: 'getMeasureLink',
    tags,
    summary: 'Read a golden-thread link',
    request: { params: LinkIdParams },
    responses: {
      200: {
        description: 'The link',
        headers: recordHeaders('measure link'),
        content: json(MeasureLinkSchema),
      },
    },
  },
);

export const deleteMeasureLink = defineOperation(
  { access: writeAccess },
  {
    method: 'delete',
    path: '/measure-links/{linkId}',
    operationId: 'deleteMeasureLink',
    tags,
    summary: 'Remove a golden-thread link',
    description: 'Only the link’s owner removes it; the removal is audited.',
    request: { params: LinkIdParams },
    responses: { 204: { description: 'Removed' } },
  },
);
