import { defineOperation, IdempotencyHeaderSchema, locationHeader, pageSchema } from '@qms/platform';
import {
  AnnotationSchema,
  CreateAnnotationSchema,
  ListAnnotationsQuerySchema,
} from './annotations.schemas.js';

const tags = ['Quality control'];

export const createAnnotation = defineOperation(
  { access: { roles: ['measure_steward', 'tenant_admin'], scope: 'measures:write' }, idempotent: true },
  {
    method: 'post',
    path: '/annotations',
    operationId: 'createAnnotation',
    tags,
    summary: 'Annotate a period of a series',
    description:
      'A note on a measure × organisation (× unit) × period — a system change, a PDSA cycle, an inspection, a data issue — drawn on the series’ charts.',
    request: {
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: CreateAnnotationSchema } } },
    },
    responses: {
      201: {
        description: 'Recorded',
        headers: locationHeader('list of the series’ annotations'),
        content: { 'application/json': { schema: AnnotationSchema } },
      },
    },
  },
);

export const listAnnotations = defineOperation(
  { access: { roles: 'any', scope: 'measures:read' } },
  {
    method: 'get',
    path: '/annotations',
    operationId: 'listAnnotations',
    tags,
    summary: 'List the annotations of a series',
    description:
      'The annotations of one measure for an organisation (or unit), optionally in a period range.',
    request: { query: ListAnnotationsQuerySchema },
    responses: {
      200: {
        description: 'A page of annotations in creation order',
        content: { 'application/json': { schema: pageSchema(AnnotationSchema, 'AnnotationPage') } },
      },
    },
  },
);
