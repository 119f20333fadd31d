import { z } from '@hono/zod-openapi';
import { PaginationQuerySchema } from '@qms/platform';
import { FunnelOptionsSchema, FunnelResponseSchema } from '../funnel/funnel.schemas.js';

export const exampleRunId = '0193b6f2-0000-7000-8000-00000000b001';
export const exampleProgrammeId = '0193b6f2-0000-7000-8000-00000000c001';
export const exampleMeasureId = '0193b6f2-0000-7000-8000-00000000a001';
export const exampleOrganisationId = '0193b6f2-0000-7000-8000-00000000d001';

export const RunIdParams = z.object({
  runId: z.uuid().openapi({ param: { name: 'runId', in: 'path' }, example: exampleRunId }),
});

const PeriodDate = z.iso.date().openapi({ description: 'A period start (ISO date)', example: '2019-03-01' });

export const PeriodSpecSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('period'), period: PeriodDate }).strict(),
    z
      .object({
        type: z.literal('quarter'),
        quarter: z
          .string()
          .regex(/^\d{4}-Q[1-4]$/, 'a calendar quarter such as 2019-Q1')
          .openapi({ example: '2019-Q1' }),
      })
      .strict(),
    z
      .object({
        type: z.literal('rolling'),
        end: PeriodDate,
        length: z
          .number()
          .int()
          .min(1)
          .max(120)
          .openapi({ description: 'Periods up to and including `end`' }),
      })
      .strict(),
  ])
  .openapi('BenchmarkPeriod', {
    description:
      'A single period, a calendar quarter, or a rolling window of periods ending at `end`; each organisation’s periods are summed.',
    example: { type: 'rolling', end: '2019-03-01', length: 12 },
  });
export type PeriodSpec = z.infer<typeof PeriodSpecSchema>;

const AttributeName = z.string().min(1).max(64);
export const PeerGroupSchema = z
  .record(AttributeName, z.string().min(1).max(200))
  .openapi('PeerGroupFilter', {
    description:
      'Compare only organisations sharing these attributes (the programme’s `peerGroupAttributes`; `kind` is the organisation kind).',
    example: { region: 'London' },
  });

export const CreateBenchmarkRunSchema = z
  .object({
    programmeId: z.uuid().openapi({ description: 'One of your programmes', example: exampleProgrammeId }),
    measureId: z.uuid().openapi({ description: 'A measure of the programme', example: exampleMeasureId }),
    period: PeriodSpecSchema,
    dataType: z.enum(['proportion', 'ratio', 'rate']).optional().openapi({
      description: 'Default: the measure’s benchmarking settings, else its value type.',
      example: 'proportion',
    }),
    options: FunnelOptionsSchema.optional().openapi({
      description: 'Overrides the measure’s benchmarking settings, option by option.',
    }),
    peerGroup: PeerGroupSchema.optional(),
  })
  .strict()
  .openapi('CreateBenchmarkRun', {
    example: {
      programmeId: exampleProgrammeId,
      measureId: exampleMeasureId,
      period: { type: 'quarter', quarter: '2019-Q1' },
      options: { overdispersion: { adjustment: 'multiplicative' } },
    },
  });
export type CreateBenchmarkRun = z.infer<typeof CreateBenchmarkRunSchema>;

export const IntervalSchema = z
  .object({
    level: z.number().openapi({ example: 0.95 }),
    method: z.enum(['wilson', 'exact_poisson']),
    lower: z.number(),
    upper: z.number(),
  })
  .openapi('BenchmarkInterval');

const Band = z.enum(['within', 'alert_high', 'alert_low', 'alarm_high', 'alarm_low']);

export const RunOrganisationSchema = z
  .object({
    organisationId: z.uuid(),
    name: z.string(),
    kind: z.string(),
    attributes: z.record(z.string(), z.string()),
    periods: z.number().int().openapi({ description: 'Periods summed' }),
    numerator: z.number(),
    denominator: z.number(),
    value: z.number().openapi({ description: 'In display units (× multiplier)' }),
    interval: IntervalSchema,
    zScore: z.number().openapi({ description: 'After any over-dispersion adjustment' }),
    band: Band,
    assessment: z.enum(['good', 'bad', 'neutral']).nullable(),
    rank: z.number().int().openapi({ description: 'By value, best first; read it with the interval' }),
  })
  .openapi('BenchmarkRunOrganisation');

const runFields = {
  id: z.uuid(),
  ownerOrganisationId: z.uuid(),
  programmeId: z.uuid(),
  measureId: z.uuid(),
  measureVersionId: z.uuid(),
  status: z.enum(['draft', 'published']),
  period: PeriodSpecSchema,
  periodFrom: z.iso.date(),
  periodTo: z.iso.date(),
  peerGroup: z.record(z.string(), z.string()),
  method: z.object({
    dataType: z.enum(['proportion', 'ratio', 'rate']),
    options: z.record(z.string(), z.unknown()).openapi({ description: 'The funnel options the run used' }),
  }),
  engineVersion: z.string().openapi({ example: '1.0.0' }),
  organisationCount: z.number().int(),
  inputCount: z.number().int().openapi({ description: 'Observation revisions used' }),
  inputsHash: z.string().openapi({ description: 'SHA-256 of the recorded inputs' }),
  resultsHash: z.string().openapi({ description: 'SHA-256 of the results' }),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
  publishedBy: z.string().nullable(),
  publishedAt: z.iso.datetime().nullable(),
};

export const BenchmarkRunSummarySchema = z.object(runFields).openapi('BenchmarkRunSummary');

export const BenchmarkRunSchema = z
  .object({
    ...runFields,
    results: z.object({
      funnel: FunnelResponseSchema,
      organisations: z.array(RunOrganisationSchema).openapi({
        description: 'Ranked best first, each with its 95% interval (caterpillar plot)',
      }),
    }),
  })
  .openapi('BenchmarkRun');

export const RunInputSchema = z
  .object({
    observationId: z.uuid(),
    organisationId: z.uuid(),
    periodStart: z.iso.date(),
    revision: z.number().int(),
    numerator: z.number(),
    denominator: z.number(),
  })
  .openapi('BenchmarkRunInput');

export const RunInputsSchema = z
  .object({ runId: z.uuid(), inputsHash: z.string(), items: z.array(RunInputSchema) })
  .openapi('BenchmarkRunInputs');

export const RunVerificationSchema = z
  .object({
    runId: z.uuid(),
    reproducible: z
      .boolean()
      .openapi({ description: 'Recomputing from the recorded inputs gives identical results' }),
    engineVersion: z.string(),
    currentEngineVersion: z.string(),
    resultsHash: z.string(),
    recomputedResultsHash: z.string(),
    inputsHash: z.string(),
    recomputedInputsHash: z.string(),
    dataChanged: z.boolean().openapi({
      description: 'The current data differs from the recorded inputs: compute a new run to include it',
    }),
    changedObservations: z.number().int().openapi({
      description: 'Recorded observations since revised, plus current observations the run did not use',
    }),
  })
  .openapi('BenchmarkRunVerification');

export const ListRunsQuerySchema = PaginationQuerySchema.extend({
  programmeId: z.uuid().optional(),
  measureId: z.uuid().optional(),
  status: z.enum(['draft', 'published']).optional(),
});

export const PeerViewSchema = z
  .object({
    runId: z.uuid(),
    programmeId: z.uuid(),
    measureId: z.uuid(),
    periodFrom: z.iso.date(),
    periodTo: z.iso.date(),
    publishedAt: z.iso.datetime().nullable(),
    named: z.boolean().openapi({ description: 'The programme allows named comparison' }),
    dataType: z.enum(['proportion', 'ratio', 'rate']),
    target: z.number(),
    limits: FunnelResponseSchema.shape.curves,
    bandCounts: FunnelResponseSchema.shape.bandCounts,
    organisationCount: z.number().int(),
    own: z
      .object({
        organisationId: z.uuid(),
        value: z.number(),
        numerator: z.number(),
        denominator: z.number(),
        interval: IntervalSchema,
        band: Band,
        assessment: z.enum(['good', 'bad', 'neutral']).nullable(),
        rank: z.number().int(),
      })
      .nullable()
      .openapi({ description: 'Null when your organisation had no data in the run' }),
    peers: z.array(
      z.object({
        label: z
          .string()
          .openapi({ description: 'A stable pseudonym per run, or the name when named', example: 'Peer 7' }),
        value: z.number(),
        denominator: z.number(),
        interval: IntervalSchema,
        band: Band,
        rank: z.number().int(),
      }),
    ),
  })
  .openapi('BenchmarkPeerView');

export const FunnelSvgQuerySchema = z.object({
  highlight: z.uuid().optional().openapi({
    description:
      'Programme owner only: an organisation to highlight (an enrolled organisation always sees itself highlighted)',
  }),
});
