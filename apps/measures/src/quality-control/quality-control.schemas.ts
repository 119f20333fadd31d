import { z } from '@hono/zod-openapi';
import { valueTypes } from '@qms/db';
import { AnnotationSchema, exampleIds, PeriodSchema } from '../annotations/annotations.schemas.js';
import {
  SpcPhaseResultSchema,
  SpcPointResultSchema,
  SpcResponseSchema,
  SpcRunsAnalysisSchema,
} from '../spc/spc.schemas.js';

export { exampleIds };

const spcShape = SpcResponseSchema.shape;
export const ChartTypeSchema = spcShape.chart;
export const RuleFamilySchema = spcShape.ruleFamily;
export const VariationIconSchema = spcShape.variationIcon;
export const AssuranceIconSchema = spcShape.assuranceIcon;
const DirectionSchema = z.enum(['increase', 'decrease', 'neutral']);
const BooleanQuery = z.enum(['true', 'false']);

export const MeasureIdParams = z.object({
  measureId: z.uuid().openapi({ param: { name: 'measureId', in: 'path' }, example: exampleIds.measure }),
});

export const OrganisationQuery = z.uuid().optional().openapi({
  description:
    'Read another organisation’s data: allowed for the owner of a programme the organisation is actively enrolled in, for the programme’s measures. The caller’s own organisation by default.',
  example: exampleIds.organisation,
});

export const UnitQuery = z
  .uuid()
  .optional()
  .openapi({ description: 'A unit’s series; the whole organisation’s by default', example: exampleIds.unit });

/** The query of `GET /measures/{measureId}/spc` (and `spc.svg`). */
export const StoredSpcQuerySchema = z.object({
  organisationId: OrganisationQuery,
  unitId: UnitQuery,
  from: PeriodSchema.optional().openapi({ description: 'First period (inclusive)', example: '2016-04-01' }),
  to: PeriodSchema.optional().openapi({ description: 'Last period (inclusive)', example: '2019-03-01' }),
  chart: ChartTypeSchema.optional().openapi({
    description:
      'Overrides the measure’s default chart (xmr for mdc; run, i, mr, c, u, p, pp, up, g, t for anhoej)',
    example: 'xmr',
  }),
  ruleFamily: RuleFamilySchema.optional().openapi({
    description: 'Overrides the measure’s rule family (mdc or anhoej)',
    example: 'mdc',
  }),
  improvementDirection: DirectionSchema.optional().openapi({
    description: 'Overrides the measure’s improvement direction',
    example: 'increase',
  }),
  target: z.coerce
    .number()
    .finite()
    .optional()
    .openapi({ description: 'Overrides the target (displayed units)', example: 95 }),
  baselineLength: z.coerce.number().int().min(1).max(10_000).optional().openapi({
    description: 'Overrides the stored baseline length: limits from the first N periods of each phase',
    example: 12,
  }),
  screenMovingRanges: BooleanQuery.optional().openapi({
    description: 'Screen large moving ranges (default true)',
    example: 'true',
  }),
  runLength: z.coerce
    .number()
    .int()
    .min(6)
    .max(7)
    .optional()
    .openapi({ description: 'mdc trend and shift length (6 or 7, default 7)', example: 7 }),
  twoOfThreeIncludesBeyondLimits: BooleanQuery.optional().openapi({
    description: 'mdc 2-of-3 rule also counts points beyond the limits (default false)',
    example: 'false',
  }),
  minimumPointsForIcons: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .openapi({ description: 'Icons are withheld below this many observed points (default 13)', example: 13 }),
});
export type StoredSpcQuery = z.infer<typeof StoredSpcQuerySchema>;

export const DataQualityFlagsSchema = z
  .object({
    missing: z.boolean().openapi({ description: 'No observation for the period' }),
    provisional: z.boolean(),
    late: z.boolean().openapi({ description: 'Submitted after the deadline' }),
    revised: z.boolean().openapi({ description: 'The current value is a revision (revision > 1)' }),
    revision: z.number().int().nullable(),
  })
  .openapi('DataQualityFlags');

// The engine's point fields spread into a new object (not `extend`), so the document does not
// combine the strict engine schema with extra properties through allOf.
export const StoredSpcPointSchema = z
  .object({
    ...SpcPointResultSchema.shape,
    target: z.number().nullable().openapi({ description: 'The target in force for the period' }),
    dataQuality: DataQualityFlagsSchema,
  })
  .openapi('StoredSpcPoint');

export const WarningSchema = z
  .object({
    code: z.string().openapi({
      description:
        'An engine warning code (shortPhase, shortSeries, missingValues, …) or noData, baselineIgnored, limitChangeOutsideSeries',
      example: 'shortSeries',
    }),
    message: z.string(),
  })
  .openapi('QualityControlWarning');

export const MeasureSummarySchema = z
  .object({
    id: z.uuid(),
    ownerOrganisationId: z.uuid().openapi({ description: 'The organisation that owns the measure' }),
    code: z.string(),
    versionId: z.uuid(),
    version: z.number().int(),
    title: z.string(),
    valueType: z.enum(valueTypes),
    periodicity: z.enum(['week', 'month', 'quarter']),
    improvementDirection: DirectionSchema,
    multiplier: z.number(),
    unit: z.string(),
  })
  .openapi('QualityControlMeasure');

export const StoredSpcResponseSchema = z
  .object({
    measure: MeasureSummarySchema,
    organisationId: z.uuid(),
    unitId: z.uuid().nullable(),
    engine: spcShape.engine,
    ruleFamily: RuleFamilySchema,
    chart: ChartTypeSchema,
    options: spcShape.options.nullable().openapi({
      description: 'Every engine option in force (null when there is no data to analyse)',
    }),
    target: z.object({
      value: z.number().nullable(),
      source: z.enum(['query', 'adoption', 'measure']).nullable().openapi({
        description:
          'query: given in the request; adoption: the organisation’s local target; measure: effective-dated target of the version',
      }),
    }),
    limitChanges: z
      .array(
        z.object({
          period: PeriodSchema,
          kind: z.enum(['recalculation', 'baseline']),
          baselineLength: z.number().int().nullable(),
        }),
      )
      .openapi({ description: 'The stored limit changes of the series' }),
    points: z.array(StoredSpcPointSchema),
    phases: z.array(SpcPhaseResultSchema),
    runsAnalysis: z.array(SpcRunsAnalysisSchema),
    variationIcon: VariationIconSchema,
    assuranceIcon: AssuranceIconSchema,
    annotations: z.array(AnnotationSchema),
    warnings: z.array(WarningSchema),
  })
  .openapi('StoredSpc', {
    example: {
      measure: {
        id: exampleIds.measure,
        ownerOrganisationId: exampleIds.organisation,
        code: 'ae-4h-type1',
        versionId: '0193b6f2-0000-7000-8000-00000000c101',
        version: 1,
        title: 'A&E type 1: seen within 4 hours',
        valueType: 'proportion',
        periodicity: 'month',
        improvementDirection: 'increase',
        multiplier: 100,
        unit: '%',
      },
      organisationId: exampleIds.organisation,
      unitId: null,
      engine: { name: 'qms-spc', version: '1.0.0' },
      ruleFamily: 'mdc',
      chart: 'xmr',
      options: {
        improvementDirection: 'increase',
        target: 95,
        baselineLength: null,
        recalculateAt: ['2017-04-01'],
        screenMovingRanges: true,
        runLength: 7,
        twoOfThreeIncludesBeyondLimits: false,
        minimumPointsForIcons: 13,
        multiplier: 100,
        exclude: [],
      },
      target: { value: 95, source: 'measure' },
      limitChanges: [{ period: '2017-04-01', kind: 'recalculation', baselineLength: null }],
      points: [
        {
          period: '2017-04-01',
          inputIndex: 12,
          value: 77.99,
          phase: 2,
          baseline: true,
          centre: 80.12,
          lowerProcessLimit: 73.4,
          upperProcessLimit: 86.84,
          lowerTwoSigma: 75.64,
          upperTwoSigma: 84.6,
          specialCauses: [],
          classification: 'commonCause',
          note: null,
          target: 95,
          dataQuality: { missing: false, provisional: false, late: false, revised: false, revision: 1 },
        },
      ],
      phases: [],
      runsAnalysis: [],
      variationIcon: 'commonCause',
      assuranceIcon: 'consistentlyFailing',
      annotations: [],
      warnings: [],
    },
  });
export type StoredSpcResponse = z.infer<typeof StoredSpcResponseSchema>;

export const SPC_SVG_EXAMPLE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="360" viewBox="0 0 800 360" role="img"><title>4-hour performance</title>…</svg>';
