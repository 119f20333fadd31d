import { z } from '@hono/zod-openapi';
import { PaginationQuerySchema } from '@qms/platform';

export const MAX_JSON_ROWS = 100_000;
/** Rejections and warnings listed in a summary; the rest are counted. */
export const MAX_LISTED = 1_000;
export const CSV_COLUMNS = [
  'measureId',
  'unitId',
  'period',
  'numerator',
  'denominator',
  'value',
  'expected',
  'status',
] as const;

export const exampleIds = {
  submission: '0193b6f2-0000-7000-8000-00000000c001',
  measure: '0193b6f2-0000-7000-8000-00000000d001',
  measureVersion: '0193b6f2-0000-7000-8000-00000000d002',
  unit: '0193b6f2-0000-7000-8000-00000000b003',
  organisation: '0193b6f2-0000-7000-8000-00000000a001',
  observation: '0193b6f2-0000-7000-8000-00000000e001',
  set: '0193b6f2-0000-7000-8000-00000000f001',
};

const numberField = (description: string, example?: number) =>
  z
    .number()
    .nullable()
    .optional()
    .openapi({ description, ...(example === undefined ? {} : { example }) });

/**
 * A row as sent. JSON types are checked for the whole request (a string where a number belongs is
 * a 400); every rule about the content is checked per row and reported as a rejection.
 */
export const SubmissionRowSchema = z
  .object({
    measureId: z
      .string()
      .openapi({ description: 'A measure the organisation reports', example: exampleIds.measure }),
    unitId: z.string().nullable().optional().openapi({
      description: 'A unit of the organisation; omit or null for the whole organisation',
      example: exampleIds.unit,
    }),
    period: z.string().openapi({
      description: 'First day of the period (YYYY-MM-DD), aligned to the measure’s periodicity',
      example: '2024-04-01',
    }),
    numerator: numberField(
      'proportion, rate: the count of events (an integer); ratio: the observed count',
      45,
    ),
    denominator: numberField('proportion: the population (integer > 0); rate: the exposure (> 0)', 50),
    value: numberField('count (a non-negative integer) or continuous (finite) measures'),
    expected: numberField('ratio: the expected count (> 0)'),
    status: z.string().openapi({ description: '`provisional` or `final`', example: 'final' }),
  })
  .openapi('SubmissionRow');

export const SubmissionBodySchema = z
  .object({ rows: z.array(SubmissionRowSchema).min(1).max(MAX_JSON_ROWS) })
  .openapi('SubmissionBody', {
    example: {
      rows: [
        {
          measureId: exampleIds.measure,
          unitId: exampleIds.unit,
          period: '2024-04-01',
          numerator: 45,
          denominator: 50,
          status: 'final',
        },
      ],
    },
  });

export const CsvBodySchema = z.string().openapi({
  description: `A header line \`${CSV_COLUMNS.join(',')}\` (columns in any order; measureId, period and status required) and one line per row. Streamed: any size up to the body limit, in constant memory.`,
  example: `${CSV_COLUMNS.join(',')}\n${exampleIds.measure},${exampleIds.unit},2024-04-01,45,50,,,final\n`,
});

const truthy = z
  .enum(['true', 'false'])
  .optional()
  .transform((value) => value === 'true');

export const CreateSubmissionQuerySchema = z.object({
  dryRun: truthy.openapi({
    description: 'Validate and report only: nothing is written, not even the submission',
    example: 'false',
  }),
  mode: z.enum(['all_or_nothing', 'partial']).default('all_or_nothing').openapi({
    description:
      '`all_or_nothing`: any rejected row and no observation is written (422 with the summary; the refused batch is kept as a `rejected` submission with its JSON payload). `partial`: valid rows are written and the rest reported.',
    example: 'all_or_nothing',
  }),
});

const SubmissionOutcome = z.enum(['accepted', 'partially_accepted', 'rejected', 'validated']).openapi({
  description: '`validated` for a dry run',
  example: 'accepted',
});

export const RejectionSchema = z
  .object({
    row: z
      .number()
      .int()
      .openapi({ description: '1-based data row number (the CSV header is not counted)', example: 3 }),
    field: z.string().openapi({ example: 'period' }),
    reason: z.string().openapi({ example: 'a monthly period starts on the 1st of the month' }),
  })
  .openapi('SubmissionRejection');

export const WarningSchema = z
  .object({
    row: z.number().int().openapi({ example: 7 }),
    kind: z.enum(['late', 'beyond_limits', 'provisional']),
    message: z.string().openapi({ example: 'received after the submission deadline 2024-05-15' }),
  })
  .openapi('SubmissionWarning');

const submissionSummaryExample = {
  submissionId: exampleIds.submission,
  outcome: 'partially_accepted',
  dryRun: false,
  mode: 'partial',
  format: 'csv',
  received: 3,
  created: 1,
  revised: 1,
  unchanged: 0,
  rejected: 1,
  rejections: [{ row: 3, field: 'period', reason: 'a monthly period starts on the 1st of the month' }],
  rejectionsTruncated: 0,
  warnings: [{ row: 2, kind: 'late', message: 'received after the submission deadline 2024-05-15' }],
  warningsTruncated: 0,
  receivedAt: '2024-06-03T10:00:00.000Z',
};

export const SubmissionSummarySchema = z
  .object({
    submissionId: z
      .uuid()
      .nullable()
      .openapi({ description: 'Null for a dry run or a rejected batch: nothing was stored' }),
    outcome: SubmissionOutcome,
    dryRun: z.boolean(),
    mode: z.enum(['all_or_nothing', 'partial']),
    format: z.enum(['json', 'csv']),
    received: z.number().int().openapi({ description: 'Data rows received' }),
    created: z.number().int().openapi({ description: 'New observations (revision 1)' }),
    revised: z.number().int().openapi({ description: 'New revisions of existing observations' }),
    unchanged: z.number().int().openapi({ description: 'Rows identical to the current observation' }),
    rejected: z.number().int().openapi({ description: 'Rows refused (with at least one rejection)' }),
    rejections: z.array(RejectionSchema).openapi({ description: `The first ${MAX_LISTED} rejections` }),
    rejectionsTruncated: z.number().int().openapi({ description: 'Rejections not listed' }),
    warnings: z.array(WarningSchema).openapi({ description: `The first ${MAX_LISTED} warnings` }),
    warningsTruncated: z.number().int(),
    receivedAt: z.iso.datetime(),
  })
  .openapi('SubmissionSummary', {
    example: submissionSummaryExample,
  });

const submissionExample = {
  id: exampleIds.submission,
  format: 'csv',
  mode: 'partial',
  outcome: 'partially_accepted',
  received: 3,
  created: 1,
  revised: 1,
  unchanged: 0,
  rejected: 1,
  contentType: 'text/csv',
  payloadBytes: 412,
  submittedBy: 'https://qms.example|submitter@barts-health',
  createdAt: '2024-06-03T10:00:00.000Z',
};

export const SubmissionSchema = z
  .object({
    id: z.uuid(),
    format: z.enum(['json', 'csv']),
    mode: z.enum(['all_or_nothing', 'partial']),
    outcome: SubmissionOutcome,
    received: z.number().int(),
    created: z.number().int(),
    revised: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    contentType: z.string().openapi({ description: 'Media type of the raw payload', example: 'text/csv' }),
    payloadBytes: z.number().int(),
    submittedBy: z.string().openapi({ example: 'https://qms.example|submitter@barts-health' }),
    createdAt: z.iso.datetime(),
  })
  .openapi('Submission', {
    example: submissionExample,
  });

export const SubmissionDetailSchema = SubmissionSchema.extend({ summary: SubmissionSummarySchema }).openapi(
  'SubmissionDetail',
  {
    example: { ...submissionExample, summary: submissionSummaryExample },
  },
);

export const SubmissionIdParams = z.object({
  submissionId: z
    .uuid()
    .openapi({ param: { name: 'submissionId', in: 'path' }, example: exampleIds.submission }),
});

export const SetIdParams = z.object({
  setId: z.uuid().openapi({ param: { name: 'setId', in: 'path' }, example: exampleIds.set }),
});

export const ListSubmissionsQuerySchema = PaginationQuerySchema;
