import { z } from '@hono/zod-openapi';
import {
  type AppEnv,
  defineOperation,
  IdempotencyHeaderSchema,
  ProblemError,
  pageSchema,
} from '@qms/platform';
import { createMiddleware } from 'hono/factory';
import {
  CreateSubmissionQuerySchema,
  CsvBodySchema,
  ListSubmissionsQuerySchema,
  SetIdParams,
  SubmissionBodySchema,
  SubmissionDetailSchema,
  SubmissionIdParams,
  SubmissionSchema,
  SubmissionSummarySchema,
} from './submissions.schemas.js';

const tags = ['Submissions'];

/** Bulk CSV uploads stream through; JSON is parsed whole and so kept smaller. */
export const MAX_SUBMISSION_BYTES = 1024 * 1024 * 1024;
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

const submitAccess = { roles: ['submitter', 'tenant_admin'], scope: 'observations:write' } as const;
const readAccess = { roles: 'any', scope: 'measures:read' } as const;

/**
 * Reads a JSON body as text before the validator parses it, so the raw payload is kept exactly as
 * sent (the validator then parses the cached text). CSV bodies are left alone: they stream.
 */
const keepJsonText = createMiddleware<AppEnv>(async (c, next) => {
  const contentType = c.req.header('content-type') ?? '';
  if (/^application\/([\w.-]+\+)?json/i.test(contentType.trim())) {
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > MAX_JSON_BYTES) throw tooLarge();
    const text = await c.req.text();
    if (text.length > MAX_JSON_BYTES) throw tooLarge();
  }
  await next();
});

const tooLarge = () =>
  new ProblemError(
    'payload-too-large',
    `A JSON submission is limited to ${MAX_JSON_BYTES} bytes; send larger batches as text/csv`,
  );

export const createSubmission = defineOperation(
  { access: submitAccess, idempotent: true, maxBodyBytes: MAX_SUBMISSION_BYTES },
  {
    method: 'post',
    path: '/submissions',
    operationId: 'createSubmission',
    tags,
    summary: 'Submit observations (JSON or CSV)',
    description: [
      'A batch of observations for measures the organisation reports: `application/json` (`{ rows: [...] }`, up to 100,000 rows) or `text/csv` (streamed in constant memory, any number of rows up to the body limit). The body is required in one of the two forms.',
      'Each row is checked: the measure is visible and reportable (own, adopted, or published to a programme the organisation is actively enrolled in) and has an active version; the unit belongs to the organisation (or is omitted for the whole organisation); the period starts a period of the measure’s periodicity and is not in the future; numbers fit the value type (proportion: integer numerator ≤ denominator, denominator > 0; rate: count and exposure > 0; ratio: observed and expected > 0; count: a non-negative integer; continuous: a finite value) and the measure’s plausible range (in displayed units, after the multiplier); a denominator where the rules require one; one row per measure, unit and period in a batch. Only the fields the value type uses are stored (and a denominator where given).',
      'A row equal to the current observation (numbers and status) is `unchanged`; a different one becomes a new revision; otherwise it is `created`. Warnings: `late` (after the version’s submission deadline), `provisional`, and `beyond_limits` (outside the XmR process limits of the series’ current data, for the first 20 series touched).',
      '`mode=all_or_nothing` (the default) writes nothing when any row is rejected and answers 422 with the summary; `mode=partial` writes the valid rows. `dryRun=true` writes nothing at all. A submission racing another for the same series answers 409 and writes nothing.',
    ].join('\n\n'),
    middleware: [keepJsonText] as const,
    request: {
      query: CreateSubmissionQuerySchema,
      headers: IdempotencyHeaderSchema,
      body: {
        required: false,
        content: {
          'application/json': { schema: SubmissionBodySchema },
          'text/csv': { schema: CsvBodySchema },
        },
      },
    },
    responses: {
      200: {
        description: 'Dry run: the summary of what would happen; nothing was written',
        content: { 'application/json': { schema: SubmissionSummarySchema } },
      },
      201: {
        description: 'Accepted (wholly or, in partial mode, in part): the import summary',
        headers: { Location: { schema: { type: 'string' }, description: 'The submission' } },
        content: { 'application/json': { schema: SubmissionSummarySchema } },
      },
      422: {
        description:
          'Rejected: in all-or-nothing mode a row was rejected, or no row was acceptable; nothing was written. The problem carries the summary.',
        content: {
          'application/problem+json': {
            schema: z
              .object({
                type: z.string(),
                title: z.string(),
                status: z.number().int(),
                detail: z.string().optional(),
                instance: z.string().optional(),
                errors: z.array(z.object({ pointer: z.string(), detail: z.string() })).optional(),
                summary: SubmissionSummarySchema.optional(),
              })
              .openapi('SubmissionRejectedProblem'),
          },
        },
      },
    },
  },
);

export const listSubmissions = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/submissions',
    operationId: 'listSubmissions',
    tags,
    summary: 'List the organisation’s submissions',
    description: 'Newest first. Dry runs and rejected batches are not stored, so they are not listed.',
    request: { query: ListSubmissionsQuerySchema },
    responses: {
      200: {
        description: 'A page of submissions, newest first',
        content: { 'application/json': { schema: pageSchema(SubmissionSchema, 'SubmissionPage') } },
      },
    },
  },
);

export const getSubmission = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/submissions/{submissionId}',
    operationId: 'getSubmission',
    tags,
    summary: 'Read a submission and its import summary',
    request: { params: SubmissionIdParams },
    responses: {
      200: {
        description: 'The submission with its summary',
        content: { 'application/json': { schema: SubmissionDetailSchema } },
      },
    },
  },
);

export const getSubmissionPayload = defineOperation(
  { access: readAccess, transaction: false },
  {
    method: 'get',
    path: '/submissions/{submissionId}/payload',
    operationId: 'getSubmissionPayload',
    tags,
    summary: 'Download the raw payload of a submission',
    description: 'Exactly as received, streamed back with its original content type.',
    request: { params: SubmissionIdParams },
    responses: {
      200: {
        description: 'The raw payload',
        content: {
          'text/csv': { schema: z.string().openapi({ example: 'measureId,unitId,period,...' }) },
          'application/json': { schema: z.string().openapi({ example: '{"rows":[...]}' }) },
        },
      },
    },
  },
);

export const getMeasureSetTemplate = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/measure-sets/{setId}/template.csv',
    operationId: 'getMeasureSetTemplate',
    tags,
    summary: 'Download a CSV submission template for a measure set',
    description:
      'The CSV header and one example row per measure of the set that has an active version (the most recent complete period, example numbers shaped by the value type). Fill it in and POST it to /v1/submissions as text/csv.',
    request: { params: SetIdParams },
    responses: {
      200: {
        description: 'The template',
        headers: {
          'Content-Disposition': { schema: { type: 'string' }, description: 'attachment; filename=…' },
        },
        content: {
          'text/csv': {
            schema: z.string().openapi({
              example:
                'measureId,unitId,period,numerator,denominator,value,expected,status\n0193b6f2-0000-7000-8000-00000000d001,,2024-05-01,45,50,,,final\n',
            }),
          },
        },
      },
    },
  },
);
