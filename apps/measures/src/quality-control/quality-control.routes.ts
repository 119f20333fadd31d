import { z } from '@hono/zod-openapi';
import { defineOperation } from '@qms/platform';
import {
  MeasureIdParams,
  SPC_SVG_EXAMPLE,
  StoredSpcQuerySchema,
  StoredSpcResponseSchema,
} from './quality-control.schemas.js';

const tags = ['Quality control'];

export const getMeasureSpc = defineOperation(
  { access: { roles: 'any', scope: 'measures:read' } },
  {
    method: 'get',
    path: '/measures/{measureId}/spc',
    operationId: 'getMeasureSpc',
    tags,
    summary: 'Analyse a measure’s stored series with statistical process control',
    description:
      'The current (latest-revision) observations of the measure for the organisation (or one of its units), every period from the first to the last (gaps shown as missing), analysed with the measure’s default chart and rule family (or those in the query). Stored limit changes apply: recalculation points start phases, a baseline fixes the limits on its first N periods. The target is the organisation’s local target when it adopted the measure with one, else the version’s effective-dated target. Per point: the SPC results, the target in force and data-quality flags (provisional, late, revised, missing); with the annotations in range, phases, icons, warnings and the engine and options used.',
    request: { params: MeasureIdParams, query: StoredSpcQuerySchema },
    responses: {
      200: {
        description: 'The analysis of the stored series',
        content: { 'application/json': { schema: StoredSpcResponseSchema } },
      },
    },
  },
);

export const getMeasureSpcSvg = defineOperation(
  { access: { roles: 'any', scope: 'measures:read' } },
  {
    method: 'get',
    path: '/measures/{measureId}/spc.svg',
    operationId: 'getMeasureSpcSvg',
    tags,
    summary: 'Draw a measure’s SPC chart as SVG',
    description:
      'The analysis of `GET /measures/{measureId}/spc` (same query) drawn in the Making Data Count style: grey centre line, dashed process limits, red dashed target, points coloured by variation (grey common cause, orange concern, blue improvement, purple neutral special cause), a break in the lines between phases, annotations as markers with their text as a title.',
    request: { params: MeasureIdParams, query: StoredSpcQuerySchema },
    responses: {
      200: {
        description: 'An SVG image',
        content: {
          'image/svg+xml': { schema: z.string().openapi({ format: 'binary' }), example: SPC_SVG_EXAMPLE },
        },
      },
    },
  },
);
