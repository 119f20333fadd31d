import { z } from '@hono/zod-openapi';

/** Request and response of the stateless `POST /v1/spc` operation (SPC engine in @qms/statistics). */

export const SPC_MAX_POINTS = 10_000;
const MAX_ABS_VALUE = 1e15;

const RULE_FAMILIES = ['mdc', 'anhoej'] as const;
const CHART_TYPES = ['xmr', 'run', 'i', 'mr', 'c', 'u', 'p', 'pp', 'up', 'g', 't'] as const;
const RATIO_CHARTS: readonly string[] = ['u', 'p', 'pp', 'up'];
const DIRECTIONS = ['increase', 'decrease', 'neutral'] as const;
const RULES = ['beyondLimits', 'trend', 'twoOfThree', 'shift', 'fewCrossings'] as const;
const CLASSIFICATIONS = [
  'commonCause',
  'improvement',
  'concern',
  'neutralHigh',
  'neutralLow',
  'notAssessed',
] as const;
const VARIATION_ICONS = [
  'commonCause',
  'improvementHigh',
  'improvementLow',
  'concernHigh',
  'concernLow',
  'neutralHigh',
  'neutralLow',
] as const;
const ASSURANCE_ICONS = ['consistentlyPassing', 'consistentlyFailing', 'hitAndMiss'] as const;
const NOTES = ['missingValue', 'missingDenominator', 'zeroDenominator', 'excluded'] as const;
const WARNING_CODES = [
  'shortPhase',
  'shortSeries',
  'missingValues',
  'missingDenominators',
  'zeroDenominators',
  'noLimits',
  'lastPointMissing',
] as const;

const Period = z.iso
  .date()
  .openapi({ description: 'Period start date (ISO 8601 YYYY-MM-DD)', example: '2016-04-01' });

export const SpcPointInputSchema = z
  .object({
    period: Period,
    value: z.number().min(-MAX_ABS_VALUE).max(MAX_ABS_VALUE).nullable().optional().openapi({
      description: 'The measured value (xmr, run, i, mr, c, g, t). Null or absent: missing.',
      example: 0.8139,
    }),
    numerator: z.number().min(0).max(MAX_ABS_VALUE).nullable().optional().openapi({
      description: 'Count of events (u, p, pp, up; or an xmr rate numerator). Null: missing.',
      example: 22297,
    }),
    denominator: z.number().min(0).max(MAX_ABS_VALUE).nullable().optional().openapi({
      description: 'Subgroup size or exposure. Zero or null: the point gets no value or limits.',
      example: 27396,
    }),
  })
  .strict()
  .openapi('SpcPointInput');

// NHS England A&E, trust R1H, type 1 departments (NHSRdatasets ae_attendances):
// patients seen within 4 hours (attendances - breaches) over attendances, April 2016 to June 2017.
const EXAMPLE_SERIES: [string, number, number][] = [
  ['2016-04-01', 22297, 27396],
  ['2016-05-01', 24031, 29397],
  ['2016-06-01', 22948, 28180],
  ['2016-07-01', 24743, 29016],
  ['2016-08-01', 23228, 27117],
  ['2016-09-01', 24978, 28857],
  ['2016-10-01', 24184, 29209],
  ['2016-11-01', 23545, 28843],
  ['2016-12-01', 22224, 29522],
  ['2017-01-01', 20994, 28420],
  ['2017-02-01', 19769, 25955],
  ['2017-03-01', 24308, 30210],
  ['2017-04-01', 21709, 27834],
  ['2017-05-01', 23540, 29615],
  ['2017-06-01', 23977, 28006],
];

export const SpcRequestSchema = z
  .object({
    ruleFamily: z.enum(RULE_FAMILIES).openapi({
      description: 'mdc: Making Data Count (NHSRplotthedots 0.2.2); anhoej: qicharts2 0.8.1 (Anhøj rules)',
      example: 'mdc',
    }),
    chart: z.enum(CHART_TYPES).optional().openapi({
      description: 'mdc: xmr (the default). anhoej: run, i, mr, c, u, p, pp, up, g or t (required).',
      example: 'xmr',
    }),
    improvementDirection: z.enum(DIRECTIONS).optional().openapi({
      description: 'Which way is better. Default increase for mdc, neutral for anhoej.',
      example: 'increase',
    }),
    target: z.number().min(-MAX_ABS_VALUE).max(MAX_ABS_VALUE).nullable().optional().openapi({
      description: 'Target in displayed units (after multiplier), for the assurance icon.',
      example: 0.95,
    }),
    baselineLength: z.number().int().min(1).max(SPC_MAX_POINTS).optional().openapi({
      description: 'Fix limits on the first N periods of each phase (mdc: N >= 12; qicharts2 freeze).',
      example: 12,
    }),
    recalculateAt: z
      .array(Period)
      .max(100)
      .optional()
      .openapi({
        description: 'Periods at which a new phase (recalculation / qicharts2 part) starts.',
        example: ['2017-04-01'],
      }),
    screenMovingRanges: z.boolean().optional().openapi({
      description:
        'Drop moving ranges >= 3.267 x mean once (default true; false reproduces the MDC Excel tool).',
      example: true,
    }),
    runLength: z
      .union([z.literal(6), z.literal(7)])
      .optional()
      .openapi({ description: 'mdc trend and shift length (default 7).', example: 7 }),
    twoOfThreeIncludesBeyondLimits: z.boolean().optional().openapi({
      description:
        'mdc 2-of-3 rule also counts points beyond the process limits (later MDC tools). Default false.',
      example: false,
    }),
    minimumPointsForIcons: z.number().int().min(1).max(1000).optional().openapi({
      description: 'Icons are withheld below this many observed points (default 13, as MDC tools).',
      example: 13,
    }),
    multiplier: z.number().positive().max(1e9).optional().openapi({
      description: 'Display multiplier, e.g. 100 for per cent or 1000 per 1000 (default 1).',
      example: 1,
    }),
    exclude: z.array(Period).max(SPC_MAX_POINTS).optional().openapi({
      description: 'anhoej only: periods left out of centre, limits and runs analysis (qicharts2 exclude).',
      example: [],
    }),
    points: z
      .array(SpcPointInputSchema)
      .min(1)
      .max(SPC_MAX_POINTS)
      .openapi({
        description: `The series: up to ${SPC_MAX_POINTS} points, one per period.`,
      }),
  })
  .strict()
  .superRefine((request, ctx) => {
    const family = request.ruleFamily;
    if (family === 'mdc' && request.chart !== undefined && request.chart !== 'xmr') {
      ctx.addIssue({
        code: 'custom',
        path: ['chart'],
        message: 'the mdc rule family has only the xmr chart',
      });
    }
    if (family === 'anhoej' && (request.chart === undefined || request.chart === 'xmr')) {
      ctx.addIssue({
        code: 'custom',
        path: ['chart'],
        message: 'the anhoej rule family needs chart run, i, mr, c, u, p, pp, up, g or t',
      });
    }
    if (family === 'mdc' && request.baselineLength !== undefined && request.baselineLength < 12) {
      ctx.addIssue({
        code: 'custom',
        path: ['baselineLength'],
        message: 'Making Data Count baselines need at least 12 points',
      });
    }
    if (family === 'mdc' && request.exclude !== undefined && request.exclude.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['exclude'], message: 'exclude is an anhoej-family option' });
    }
    if (request.chart !== undefined && RATIO_CHARTS.includes(request.chart)) {
      const bad = request.points.findIndex((p) => p.value !== undefined && p.value !== null);
      if (bad >= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['points', bad, 'value'],
          message: `chart ${request.chart} takes numerator and denominator, not value`,
        });
      }
    }
  })
  .openapi('SpcRequest', {
    description: 'A series and the SPC options to analyse it with.',
    example: {
      ruleFamily: 'mdc',
      chart: 'xmr',
      improvementDirection: 'increase',
      target: 0.95,
      points: EXAMPLE_SERIES.map(([period, numerator, denominator]) => ({ period, numerator, denominator })),
    },
  });

const Nullable = (description: string) => z.number().nullable().openapi({ description });

export const SpcPointResultSchema = z
  .object({
    period: Period,
    inputIndex: z
      .number()
      .int()
      .min(0)
      .openapi({ description: 'Position of this point in the request (results are in period order).' }),
    value: Nullable(
      'Plotted value (rate for ratio charts, moving range for mr) times multiplier; null if missing.',
    ),
    phase: z.number().int().min(1),
    baseline: z
      .boolean()
      .openapi({ description: 'Whether the point took part in its phase centre and limits.' }),
    centre: Nullable('Centre line.'),
    lowerProcessLimit: Nullable('Lower process (3-sigma) limit.'),
    upperProcessLimit: Nullable('Upper process (3-sigma) limit.'),
    lowerTwoSigma: Nullable('Lower 2-sigma line, where defined.'),
    upperTwoSigma: Nullable('Upper 2-sigma line, where defined.'),
    specialCauses: z.array(z.enum(RULES)).openapi({ description: 'Rules that fired, in precedence order.' }),
    classification: z.enum(CLASSIFICATIONS),
    note: z.enum(NOTES).nullable(),
  })
  .strict()
  .openapi('SpcPointResult');

export const SpcPhaseResultSchema = z
  .object({
    phase: z.number().int().min(1),
    startPeriod: Period,
    endPeriod: Period,
    pointCount: z.number().int().min(0),
    observedCount: z.number().int().min(0),
    baselinePointCount: z.number().int().min(0),
    centre: Nullable('Centre line of the phase.'),
    lowerProcessLimit: Nullable(
      'Null when limits vary point by point (u, p, pp, up) or the chart has none (run).',
    ),
    upperProcessLimit: Nullable(
      'Null when limits vary point by point (u, p, pp, up) or the chart has none (run).',
    ),
    lowerTwoSigma: Nullable('Lower 2-sigma line of the phase.'),
    upperTwoSigma: Nullable('Upper 2-sigma line of the phase.'),
    meanMovingRange: Nullable('Mean moving range after screening (xmr, i, t; pp/up: of z-scores).'),
    movingRangesScreenedOut: z.number().int().min(0),
  })
  .strict()
  .openapi('SpcPhaseResult');

export const SpcRunsAnalysisSchema = z
  .object({
    phase: z.number().int().min(1),
    usefulObservations: z.number().int().min(0),
    longestRun: z.number().int().nullable(),
    longestRunMax: z.number().int().nullable(),
    crossings: z.number().int().nullable(),
    crossingsMin: z.number().int().nullable(),
    signal: z.boolean(),
  })
  .strict()
  .openapi('SpcRunsAnalysis', { description: 'Anhøj runs analysis of a phase (informational for mdc).' });

export const SpcResponseSchema = z
  .object({
    engine: z
      .object({ name: z.literal('qms-spc'), version: z.string() })
      .strict()
      .openapi({
        description: 'Engine that produced the result, so a published icon can be explained later.',
      }),
    ruleFamily: z.enum(RULE_FAMILIES),
    chart: z.enum(CHART_TYPES),
    options: z
      .object({
        improvementDirection: z.enum(DIRECTIONS),
        target: z.number().nullable(),
        baselineLength: z.number().int().nullable(),
        recalculateAt: z.array(Period),
        screenMovingRanges: z.boolean(),
        runLength: z.union([z.literal(6), z.literal(7)]),
        twoOfThreeIncludesBeyondLimits: z.boolean(),
        minimumPointsForIcons: z.number().int(),
        multiplier: z.number(),
        exclude: z.array(Period),
      })
      .strict()
      .openapi({ description: 'Every option in force, defaults filled in.' }),
    points: z.array(SpcPointResultSchema),
    phases: z.array(SpcPhaseResultSchema),
    runsAnalysis: z.array(SpcRunsAnalysisSchema),
    variationIcon: z.enum(VARIATION_ICONS).nullable(),
    assuranceIcon: z.enum(ASSURANCE_ICONS).nullable(),
    warnings: z.array(
      z
        .object({
          code: z.enum(WARNING_CODES),
          message: z.string(),
          pointer: z.string().optional().openapi({ description: 'JSON pointer into the request.' }),
        })
        .strict(),
    ),
  })
  .strict()
  .openapi('SpcResponse');

export type SpcPointInput = z.infer<typeof SpcPointInputSchema>;
export type SpcRequest = z.infer<typeof SpcRequestSchema>;
export type SpcResponse = z.infer<typeof SpcResponseSchema>;
