import { defineOperation } from '@qms/platform';
import { MeasureIdParams } from '../quality-control/quality-control.schemas.js';
import { GoldenThreadSchema, ThreadQuerySchema } from './golden-thread.schemas.js';

export const getMeasureThread = defineOperation(
  { access: { roles: 'any', scope: 'measures:read' } },
  {
    method: 'get',
    path: '/measures/{measureId}/thread',
    operationId: 'getMeasureThread',
    tags: ['Quality control'],
    summary: 'The golden thread around a measure',
    description:
      'The measures above (what it contributes to, following `contributes_to` links upward), below (what contributes to it) and its balancing measures, each with its latest signal for the organisation — so a ward sees what its measure feeds and a board can drill down. Links may cross organisations; only links visible to the caller are followed.',
    request: { params: MeasureIdParams, query: ThreadQuerySchema },
    responses: {
      200: { description: 'The thread', content: { 'application/json': { schema: GoldenThreadSchema } } },
    },
  },
);
