import { z } from '@hono/zod-openapi';
import { PaginationQuerySchema } from '@qms/platform';
import { exampleIds, PeriodSchema } from '../annotations/annotations.schemas.js';

const Kind = z.enum(['recalculation', 'baseline']).openapi({
  description:
    'recalculation: a new phase of limits from this period (the process changed); baseline: limits fixed on the first `baselineLength` periods from here',
  example: 'recalculation',
});

export const LimitChangeSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    measureId: z.uuid(),
    unitId: z.uuid().nullable(),
    period: PeriodSchema,
    kind: Kind,
    baselineLength: z.number().int().nullable(),
    reason: z.string(),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
  })
  .openapi('LimitChange', {
    example: {
      id: exampleIds.limitChange,
      organisationId: exampleIds.organisation,
      measureId: exampleIds.measure,
      unitId: null,
      period: '2017-04-01',
      kind: 'recalculation',
      baselineLength: null,
      reason: 'New triage process',
      createdBy: 'person|measure-steward@barts-health',
      createdAt: '2017-05-02T09:00:00.000Z',
    },
  });

export const CreateLimitChangeSchema = z
  .object({
    measureId: z.uuid().openapi({ example: exampleIds.measure }),
    unitId: z
      .uuid()
      .optional()
      .openapi({ description: 'A unit of the caller’s organisation; omit for the whole organisation' }),
    period: PeriodSchema.openapi({ description: 'A period start of the measure’s periodicity' }),
    kind: Kind,
    baselineLength: z.number().int().min(2).max(10_000).optional().openapi({
      description:
        'Required for a baseline (Making Data Count: at least 12); not allowed for a recalculation',
      example: 12,
    }),
    reason: z.string().trim().min(1).max(2000).openapi({ example: 'New triage process' }),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.kind === 'baseline' && body.baselineLength === undefined) {
      ctx.addIssue({ code: 'custom', path: ['baselineLength'], message: 'a baseline needs baselineLength' });
    }
    if (body.kind === 'recalculation' && body.baselineLength !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['baselineLength'],
        message: 'baselineLength belongs to a baseline, not a recalculation',
      });
    }
  })
  .openapi('CreateLimitChange', {
    example: {
      measureId: exampleIds.measure,
      period: '2017-04-01',
      kind: 'recalculation',
      reason: 'New triage process',
    },
  });

export const ListLimitChangesQuerySchema = PaginationQuerySchema.extend({
  measureId: z.uuid().openapi({ example: exampleIds.measure }),
  organisationId: z.uuid().optional().openapi({
    description:
      'Another organisation’s limit changes: for the owner of a programme the organisation is actively enrolled in, for the programme’s measures. The caller’s own organisation by default.',
  }),
  unitId: z.uuid().optional().openapi({ description: 'A unit’s series; the whole organisation by default' }),
});
