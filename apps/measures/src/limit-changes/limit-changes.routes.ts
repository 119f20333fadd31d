import { defineOperation, IdempotencyHeaderSchema, locationHeader, pageSchema } from '@qms/platform';
import {
  CreateLimitChangeSchema,
  LimitChangeSchema,
  ListLimitChangesQuerySchema,
} from './limit-changes.schemas.js';

const tags = ['Quality control'];

export const createLimitChange = defineOperation(
  { access: { roles: ['measure_steward', 'tenant_admin'], scope: 'measures:write' }, idempotent: true },
  {
    method: 'post',
    path: '/limit-changes',
    operationId: 'createLimitChange',
    tags,
    summary: 'Record a recalculation point or a fixed baseline',
    description:
      'Stored per measure × organisation (× unit) so every chart of the series shows the same limits. A reason is required (what changed in the process). The period must start a period of the measure’s periodicity.',
    request: {
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: CreateLimitChangeSchema } } },
    },
    responses: {
      201: {
        description: 'Recorded',
        headers: locationHeader('list of the series’ limit changes'),
        content: { 'application/json': { schema: LimitChangeSchema } },
      },
    },
  },
);

export const listLimitChanges = defineOperation(
  { access: { roles: 'any', scope: 'measures:read' } },
  {
    method: 'get',
    path: '/limit-changes',
    operationId: 'listLimitChanges',
    tags,
    summary: 'List the limit changes of a series',
    description:
      'The recalculation points and baselines of one measure for an organisation (or unit), oldest first.',
    request: { query: ListLimitChangesQuerySchema },
    responses: {
      200: {
        description: 'A page of limit changes in creation order',
        content: { 'application/json': { schema: pageSchema(LimitChangeSchema, 'LimitChangePage') } },
      },
    },
  },
);
