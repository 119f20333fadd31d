import { z } from '@hono/zod-openapi';
import {
  defineOperation,
  IdempotencyHeaderSchema,
  locationHeader,
  type OperationAccess,
  ProblemSchema,
  pageSchema,
} from '@qms/platform';
import {
  BenchmarkRunSchema,
  BenchmarkRunSummarySchema,
  CreateBenchmarkRunSchema,
  FunnelSvgQuerySchema,
  ListRunsQuerySchema,
  PeerViewSchema,
  RunIdParams,
  RunInputsSchema,
  RunVerificationSchema,
} from './benchmark-runs.schemas.js';

export const tags = ['Benchmarking'];
export const readAccess: OperationAccess = { roles: 'any', scope: 'benchmarking:read' };
export const writeAccess: OperationAccess = {
  roles: ['analyst', 'tenant_admin'],
  scope: 'benchmarking:write',
};

const json = <T>(schema: T) => ({ 'application/json': { schema } });

export const createBenchmarkRun = defineOperation(
  { access: writeAccess, idempotent: true },
  {
    method: 'post',
    path: '/benchmark-runs',
    operationId: 'createBenchmarkRun',
    tags,
    summary: 'Compute a benchmark run (a draft snapshot)',
    description:
      'Compares the organisations actively enrolled in one of your programmes on one of its measures, for a period, a quarter or a rolling window (each organisation’s periods summed), with the funnel engine. Uses the latest revision of each organisation-level observation. The run records exactly which observation revisions went in (ids and values), the method, the engine version and the results; it stays a draft until published.',
    request: {
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: json(CreateBenchmarkRunSchema) },
    },
    responses: {
      201: {
        description: 'The run',
        headers: locationHeader('benchmark run'),
        content: json(BenchmarkRunSchema),
      },
    },
  },
);

export const listBenchmarkRuns = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/benchmark-runs',
    operationId: 'listBenchmarkRuns',
    tags,
    summary: 'List benchmark runs: your own, and the published runs of programmes you are enrolled in',
    description:
      'Oldest first (by id). The programme owner sees all its runs; an actively enrolled organisation sees the programme’s published runs, whose anonymised peer views it may open. Results are read one run at a time.',
    request: { query: ListRunsQuerySchema },
    responses: {
      200: {
        description: 'A page of runs',
        content: json(pageSchema(BenchmarkRunSummarySchema, 'BenchmarkRunPage')),
      },
    },
  },
);

export const getBenchmarkRun = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/benchmark-runs/{runId}',
    operationId: 'getBenchmarkRun',
    tags,
    summary: 'Read a benchmark run and its results',
    description:
      'The funnel plot and every organisation’s value with its 95% interval (Wilson for proportions, exact Poisson for ratios and rates), ranked, for caterpillar plots. Programme owner only; enrolled organisations use the peer view.',
    request: { params: RunIdParams },
    responses: { 200: { description: 'The run', content: json(BenchmarkRunSchema) } },
  },
);

export const getBenchmarkRunInputs = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/benchmark-runs/{runId}/inputs',
    operationId: 'getBenchmarkRunInputs',
    tags,
    summary: 'The observation revisions a run used',
    request: { params: RunIdParams },
    responses: { 200: { description: 'The recorded inputs', content: json(RunInputsSchema) } },
  },
);

export const verifyBenchmarkRun = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/benchmark-runs/{runId}/verification',
    operationId: 'verifyBenchmarkRun',
    tags,
    summary: 'Recompute a run from its recorded inputs and compare',
    description:
      'Recomputes the results from the recorded inputs and method and compares hashes; also reports whether the current data has moved on since (then compute a new run: a run never changes).',
    request: { params: RunIdParams },
    responses: { 200: { description: 'The verification', content: json(RunVerificationSchema) } },
  },
);

export const publishBenchmarkRun = defineOperation(
  { access: writeAccess },
  {
    method: 'post',
    path: '/benchmark-runs/{runId}/publish',
    operationId: 'publishBenchmarkRun',
    tags,
    summary: 'Publish a draft run',
    description:
      'A published run is immutable (the database refuses any change) and visible to the programme’s actively enrolled organisations through the anonymised peer view. Publishing a published run answers 409.',
    request: { params: RunIdParams },
    responses: {
      200: { description: 'The published run', content: json(BenchmarkRunSchema) },
      409: {
        description: 'Already published',
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
    },
  },
);

export const getBenchmarkPeerView = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/benchmark-runs/{runId}/peer-view',
    operationId: 'getBenchmarkPeerView',
    tags,
    summary: 'Your organisation’s position among its peers',
    description:
      'For an organisation actively enrolled in the run’s programme, on a published run: its own value, interval and band, with peers under stable pseudonyms per run (“Peer 7”) unless the programme allows named comparison. The programme owner sees every organisation named.',
    request: { params: RunIdParams },
    responses: { 200: { description: 'The peer view', content: json(PeerViewSchema) } },
  },
);

export const getBenchmarkFunnelSvg = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/benchmark-runs/{runId}/funnel.svg',
    operationId: 'getBenchmarkFunnelSvg',
    tags,
    summary: 'The run’s funnel plot as SVG',
    description:
      '95% and 99.8% limits, the target, organisations coloured by band and the viewer’s own organisation highlighted. Enrolled organisations get it for published runs, without peers’ names unless the programme allows named comparison.',
    request: { params: RunIdParams, query: FunnelSvgQuerySchema },
    responses: {
      200: { description: 'An SVG image', content: { 'image/svg+xml': { schema: z.string() } } },
    },
  },
);
