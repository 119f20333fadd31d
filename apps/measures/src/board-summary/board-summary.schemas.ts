import { z } from '@hono/zod-openapi';
import { measureUses, valueTypes } from '@qms/db';
import { exampleIds, PeriodSchema } from '../annotations/annotations.schemas.js';
import {
  AssuranceIconSchema,
  ChartTypeSchema,
  OrganisationQuery,
  RuleFamilySchema,
  UnitQuery,
  VariationIconSchema,
} from '../quality-control/quality-control.schemas.js';
import { SpcPointResultSchema } from '../spc/spc.schemas.js';

export const BoardSummaryQuerySchema = z.object({
  measureSetId: z.uuid().openapi({ example: '0193b6f2-0000-7000-8000-00000000e001' }),
  organisationId: OrganisationQuery,
  unitId: UnitQuery,
  points: z.coerce
    .number()
    .int()
    .min(1)
    .max(120)
    .default(12)
    .openapi({ description: 'Points in each sparkline (the last N periods)', example: 12 }),
  asOf: z.iso.date().optional().openapi({
    description:
      'The day the data-quality state is judged on (which period should be the latest); today by default',
    example: '2019-05-15',
  }),
});
export type BoardSummaryQuery = z.infer<typeof BoardSummaryQuerySchema>;

export const DataQualityStateSchema = z
  .object({
    state: z.enum(['ok', 'provisional', 'late', 'revised', 'missing']).openapi({
      description: 'The worst of the flags below: missing > late > provisional > revised > ok',
    }),
    provisional: z.boolean().openapi({ description: 'The latest value is provisional' }),
    late: z.boolean().openapi({ description: 'The latest value was submitted after its deadline' }),
    revised: z.boolean().openapi({ description: 'The latest value is a revision' }),
    missingLatestPeriod: z.boolean().openapi({
      description: 'No value for the latest period whose data is due (`expectedLatestPeriod`)',
    }),
    expectedLatestPeriod: PeriodSchema,
  })
  .openapi('BoardSummaryDataQuality');

export const BoardSummaryRowSchema = z
  .object({
    measureId: z.uuid(),
    ownerOrganisationId: z.uuid(),
    code: z.string(),
    title: z.string(),
    uses: z.array(z.enum(measureUses)).openapi({ description: 'What the set uses the measure for' }),
    valueType: z.enum(valueTypes),
    unit: z.string(),
    improvementDirection: z.enum(['increase', 'decrease', 'neutral']),
    ruleFamily: RuleFamilySchema,
    chart: ChartTypeSchema,
    latestPeriod: PeriodSchema.nullable(),
    latestValue: z.number().nullable(),
    target: z.number().nullable(),
    centre: z.number().nullable().openapi({ description: 'Mean (centre line) of the last phase' }),
    lowerProcessLimit: z
      .number()
      .nullable()
      .openapi({ description: 'Of the last phase (null when limits vary)' }),
    upperProcessLimit: z
      .number()
      .nullable()
      .openapi({ description: 'Of the last phase (null when limits vary)' }),
    variationIcon: VariationIconSchema,
    assuranceIcon: AssuranceIconSchema,
    dataQuality: DataQualityStateSchema,
    sparkline: z
      .array(
        SpcPointResultSchema.pick({ period: true, value: true, classification: true }).extend({
          centre: z.number().nullable(),
        }),
      )
      .openapi({ description: 'The last N points' }),
    problem: z
      .string()
      .nullable()
      .openapi({ description: 'Why the series could not be analysed with its stored settings' }),
  })
  .openapi('BoardSummaryRow');

export const BoardSummarySchema = z
  .object({
    measureSet: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
    organisationId: z.uuid(),
    unitId: z.uuid().nullable(),
    asOf: PeriodSchema,
    rows: z.array(BoardSummaryRowSchema),
  })
  .openapi('BoardSummary', {
    example: {
      measureSet: {
        id: '0193b6f2-0000-7000-8000-00000000e001',
        code: 'board-ipr',
        name: 'Integrated performance report',
      },
      organisationId: exampleIds.organisation,
      unitId: null,
      asOf: '2019-05-15',
      rows: [
        {
          measureId: exampleIds.measure,
          ownerOrganisationId: exampleIds.organisation,
          code: 'ae-4h-type1',
          title: 'A&E type 1: seen within 4 hours',
          uses: ['quality_control', 'assurance'],
          valueType: 'proportion',
          unit: '%',
          improvementDirection: 'increase',
          ruleFamily: 'mdc',
          chart: 'xmr',
          latestPeriod: '2019-03-01',
          latestValue: 77.4,
          target: 95,
          centre: 80.2,
          lowerProcessLimit: 73.1,
          upperProcessLimit: 87.3,
          variationIcon: 'commonCause',
          assuranceIcon: 'consistentlyFailing',
          dataQuality: {
            state: 'ok',
            provisional: false,
            late: false,
            revised: false,
            missingLatestPeriod: false,
            expectedLatestPeriod: '2019-03-01',
          },
          sparkline: [{ period: '2019-03-01', value: 77.4, classification: 'commonCause', centre: 80.2 }],
          problem: null,
        },
      ],
    },
  });
export type BoardSummary = z.infer<typeof BoardSummarySchema>;
