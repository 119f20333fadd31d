import { z } from '@hono/zod-openapi';

/**
 * Request and response schemas for the stateless `POST /v1/funnel` operation.
 *
 * Rows may be record-level: up to MAX_FUNNEL_ROWS rows are accepted and summed by id, and the rows must
 * come down to at most MAX_FUNNEL_ORGANISATIONS organisations (checked after aggregation, reported as a
 * 422 problem with pointer `/rows`). Per-row problems zod cannot see — a zero denominator, numerator above
 * denominator for a proportion, a fractional case count for exact binomial limits — are raised by the
 * engine as FunnelInputError with a pointer to each bad field.
 */
export const MAX_FUNNEL_ROWS = 100_000;
export const MAX_FUNNEL_ORGANISATIONS = 10_000;

const level = z.number().gt(0).lt(1);

export const FunnelRowSchema = z
  .object({
    id: z
      .string()
      .min(1)
      .max(200)
      .openapi({ description: 'Organisation id; rows sharing an id are summed.', example: '030001' }),
    numerator: z
      .number()
      .min(0)
      .max(1e12)
      .openapi({ description: 'Events, deaths or observed count (need not be whole).', example: 16 }),
    denominator: z.number().min(0).max(1e12).openapi({
      description:
        'Cases, expected count (ratios) or exposure (rates). Zero is rejected per row with a reason.',
      example: 58,
    }),
  })
  .strict()
  .openapi('FunnelRow');

export const FunnelOptionsSchema = z
  .object({
    target: z.number().gt(0).max(1e12).optional().openapi({
      description: 'Target in display units (× multiplier). Default: pooled, or 1 for ratios.',
      example: 1,
    }),
    multiplier: z
      .number()
      .gt(0)
      .max(1e9)
      .optional()
      .openapi({ description: 'Display multiplier.', example: 1 }),
    limitLevels: z
      .array(level)
      .min(1)
      .max(6)
      .optional()
      .openapi({
        description: 'Two-sided coverage levels; alert and alarm levels are always included.',
        example: [0.95, 0.998],
      }),
    alertLevel: level.optional().openapi({ example: 0.95 }),
    alarmLevel: level.optional().openapi({ example: 0.998 }),
    limitMethod: z.enum(['exact', 'funnelplotr', 'normal', 'wilson']).optional().openapi({
      description: 'exact (default) | funnelplotr (0.6.0) | normal | wilson (proportions).',
      example: 'exact',
    }),
    zScoreScale: z.enum(['log', 'sqrt', 'arcsine']).optional().openapi({
      description: 'log (SHMI) or sqrt (CQC) for ratios and rates; arcsine for proportions.',
      example: 'log',
    }),
    overdispersion: z
      .object({
        adjustment: z
          .enum(['none', 'multiplicative', 'additive'])
          .optional()
          .openapi({ example: 'additive' }),
        estimator: z.enum(['winsorised', 'truncated']).optional().openapi({ example: 'winsorised' }),
        trim: z.number().min(0).lt(0.5).optional().openapi({ example: 0.1 }),
        adjustedLimits: z.enum(['inflate', 'normal']).optional().openapi({ example: 'inflate' }),
      })
      .strict()
      .optional(),
    compatibility: z
      .object({
        funnelplotrUnsquaredSqrtLimits: z
          .boolean()
          .optional()
          .openapi({ description: 'Reproduce FunnelPlotR issue #33 (square-root limits not squared back).' }),
        funnelplotrShmiRounding: z
          .boolean()
          .optional()
          .openapi({ description: "FunnelPlotR's SHMI_rounding." }),
        spiegelhalterCdfUpperLimit: z.boolean().optional().openapi({
          description: 'Exact limits: interpolate the upper limit on the CDF (flags one event earlier).',
        }),
      })
      .strict()
      .optional(),
    improvementDirection: z
      .enum(['increase', 'decrease', 'neutral'])
      .optional()
      .openapi({ example: 'decrease' }),
    curve: z
      .object({
        points: z.number().int().min(2).max(1000).optional().openapi({ example: 100 }),
        from: z.number().gt(0).max(1e12).optional(),
        to: z.number().gt(0).max(1e12).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .openapi('FunnelOptions');

export const FunnelRequestSchema = z
  .object({
    dataType: z.enum(['proportion', 'ratio', 'rate']).openapi({ example: 'ratio' }),
    rows: z.array(FunnelRowSchema).min(1).max(MAX_FUNNEL_ROWS),
    options: FunnelOptionsSchema.optional(),
  })
  .strict()
  .openapi('FunnelRequest', {
    example: {
      // medpar length of stay, observed vs expected bed days (FunnelPlotR README data).
      dataType: 'ratio',
      rows: [
        { id: '030001', numerator: 406, denominator: 523.6963043992 },
        { id: '030002', numerator: 642, denominator: 612.9785529325 },
        { id: '030003', numerator: 46, denominator: 53.7913618831 },
        { id: '030006', numerator: 764, denominator: 763.7178875521 },
      ],
      options: { limitMethod: 'exact', overdispersion: { adjustment: 'additive' } },
    },
  });

const LimitSchema = z
  .object({ level: z.number(), lower: z.number(), upper: z.number() })
  .openapi('FunnelLimit');
const BandSchema = z.enum(['within', 'alert_high', 'alert_low', 'alarm_high', 'alarm_low']);
const CurveLimitSchema = z
  .object({ level: z.number(), lower: z.array(z.number()), upper: z.array(z.number()) })
  .openapi('FunnelCurveLimit');

export const FunnelResponseSchema = z
  .object({
    engineVersion: z.string().openapi({ example: '1.0.0' }),
    method: z.object({
      dataType: z.enum(['proportion', 'ratio', 'rate']),
      limitMethod: z.enum(['exact', 'funnelplotr', 'normal', 'wilson']),
      zScoreScale: z.enum(['log', 'sqrt', 'arcsine']),
      adjustment: z.enum(['none', 'multiplicative', 'additive']),
      description: z.string(),
    }),
    options: z.object({
      target: z.number().optional(),
      multiplier: z.number(),
      limitLevels: z.array(z.number()),
      alertLevel: z.number(),
      alarmLevel: z.number(),
      limitMethod: z.enum(['exact', 'funnelplotr', 'normal', 'wilson']),
      zScoreScale: z.enum(['log', 'sqrt', 'arcsine']),
      overdispersion: z.object({
        adjustment: z.enum(['none', 'multiplicative', 'additive']),
        estimator: z.enum(['winsorised', 'truncated']),
        trim: z.number(),
        adjustedLimits: z.enum(['inflate', 'normal']),
      }),
      compatibility: z.object({
        funnelplotrUnsquaredSqrtLimits: z.boolean(),
        funnelplotrShmiRounding: z.boolean(),
        spiegelhalterCdfUpperLimit: z.boolean(),
      }),
      improvementDirection: z.enum(['increase', 'decrease', 'neutral']),
      curve: z.object({ points: z.number(), from: z.number().optional(), to: z.number().optional() }),
    }),
    target: z.number().openapi({ description: 'Target in display units.' }),
    targetSource: z.enum(['given', 'pooled', 'default']),
    overdispersion: z.object({
      adjustment: z.enum(['none', 'multiplicative', 'additive']),
      estimator: z.enum(['winsorised', 'truncated']),
      trim: z.number(),
      phi: z
        .number()
        .nullable()
        .openapi({ description: 'Dispersion ratio φ (null when no z-score was left to use).' }),
      tau2: z.number().openapi({ description: 'Between-organisation variance τ² on the z-score scale.' }),
      applied: z.boolean(),
      organisationsUsed: z.number().int(),
      reason: z.string(),
    }),
    organisations: z.array(
      z
        .object({
          id: z.string(),
          rows: z.number().int(),
          numerator: z.number(),
          denominator: z.number(),
          value: z.number(),
          zScore: z.number(),
          zScoreAdjusted: z.number(),
          limits: z.array(LimitSchema),
          unadjustedLimits: z.array(LimitSchema),
          band: BandSchema,
          assessment: z.enum(['good', 'bad', 'neutral']).nullable(),
          trimmed: z.boolean(),
        })
        .openapi('FunnelOrganisation'),
    ),
    curves: z.object({
      denominators: z.array(z.number()),
      limits: z.array(CurveLimitSchema),
      unadjustedLimits: z.array(CurveLimitSchema),
    }),
    bandCounts: z.object({
      within: z.number().int(),
      alert_high: z.number().int(),
      alert_low: z.number().int(),
      alarm_high: z.number().int(),
      alarm_low: z.number().int(),
    }),
    warnings: z.array(z.string()),
  })
  .openapi('FunnelResponse');

export type FunnelRequest = z.infer<typeof FunnelRequestSchema>;
export type FunnelResponse = z.infer<typeof FunnelResponseSchema>;
