import { z } from '@hono/zod-openapi';
import { defineOperation } from '@qms/platform';
import { BoardSummaryQuerySchema, BoardSummarySchema } from './board-summary.schemas.js';

const tags = ['Quality control'];

export const getBoardSummary = defineOperation(
  { access: { roles: 'any', scope: 'measures:read' } },
  {
    method: 'get',
    path: '/board-summary',
    operationId: 'getBoardSummary',
    tags,
    summary: 'The integrated performance report of a measure set',
    description:
      'Making Data Count’s integrated performance report: one row per measure of the set, in set order, for the organisation (or unit): latest value and period, target, mean and process limits of the last phase, variation and assurance icons, the data-quality state of the latest value, the last N points for a sparkline and what the set uses the measure for. All series are read in one query and analysed in memory.',
    request: { query: BoardSummaryQuerySchema },
    responses: {
      200: { description: 'The summary', content: { 'application/json': { schema: BoardSummarySchema } } },
    },
  },
);

export const getBoardSummarySvg = defineOperation(
  { access: { roles: 'any', scope: 'measures:read' } },
  {
    method: 'get',
    path: '/board-summary.svg',
    operationId: 'getBoardSummarySvg',
    tags,
    summary: 'The integrated performance report as SVG',
    description:
      'The rows of `GET /board-summary` (same query) as a picture: each measure with its latest value, target, icons and a sparkline of the last N points coloured by variation.',
    request: { query: BoardSummaryQuerySchema },
    responses: {
      200: {
        description: 'An SVG image',
        content: {
          'image/svg+xml': {
            schema: z.string().openapi({ format: 'binary' }),
            example:
              '<svg xmlns="http://www.w3.org/2000/svg" width="760" height="188" viewBox="0 0 760 188" role="img"><title>Integrated performance report</title>…</svg>',
          },
        },
      },
    },
  },
);
