import { createHmac, randomBytes } from 'node:crypto';
import type { RouteHandler } from '@hono/zod-openapi';
import { type BenchmarkRunInput, benchmarkRuns, enrolments, programmes, type Tx } from '@qms/db';
import {
  type AppEnv,
  decodeCursor,
  notFound,
  ProblemError,
  pageOf,
  principalOf,
  recordAudit,
} from '@qms/platform';
import { FUNNEL_ENGINE_VERSION, type FunnelDataType, FunnelInputError } from '@qms/statistics';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Context } from 'hono';
import { uuidv7 } from 'uuidv7';
import { renderFunnelSvg } from '../charts/funnel-svg.js';
import { FunnelOptionsSchema } from '../funnel/funnel.schemas.js';
import type {
  createBenchmarkRun,
  getBenchmarkFunnelSvg,
  getBenchmarkPeerView,
  getBenchmarkRun,
  getBenchmarkRunInputs,
  listBenchmarkRuns,
  publishBenchmarkRun,
  verifyBenchmarkRun,
} from './benchmark-runs.routes.js';
import type { CreateBenchmarkRun, PeriodSpec } from './benchmark-runs.schemas.js';
import {
  computeRunResults,
  type DirectoryEntry,
  decodeRunInputs,
  encodeRunInputs,
  inputsHashOf,
  type RunMethod,
  type RunResults,
  resultsHashOf,
} from './compute.js';
import { periodRange } from './periods.js';
import {
  currentObservations,
  inputOf,
  type MeasureVersionRow,
  matchesPeerGroup,
  peerGroupAttributes,
  programmeMembers,
  resolveProgrammeMeasure,
  runColumns,
} from './store.js';

type RunRow = { [K in keyof typeof runColumns]: (typeof benchmarkRuns.$inferSelect)[K] };

const unprocessable = (pointer: string, detail: string) =>
  new ProblemError('unprocessable-entity', detail, { errors: [{ pointer, detail }] });

const toSummary = (row: RunRow) => ({
  id: row.id,
  ownerOrganisationId: row.tenantId,
  programmeId: row.programmeId,
  measureId: row.measureId,
  measureVersionId: row.measureVersionId,
  status: row.status,
  period: row.periodSpec as PeriodSpec,
  periodFrom: row.periodFrom,
  periodTo: row.periodTo,
  peerGroup: row.peerGroup,
  method: row.method as unknown as RunMethod & { options: Record<string, unknown> },
  engineVersion: row.engineVersion,
  organisationCount: row.organisationCount,
  inputCount: row.inputCount,
  inputsHash: row.inputsHash,
  resultsHash: row.resultsHash,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
  publishedBy: row.publishedBy,
  publishedAt: row.publishedAt?.toISOString() ?? null,
});

const toRun = (row: RunRow, results: RunResults) => ({
  ...toSummary(row),
  results: { funnel: results.funnel, organisations: results.organisations },
});

/** The data type: the request, else the measure's benchmarking settings, else its value type. */
function dataTypeOf(body: CreateBenchmarkRun, version: MeasureVersionRow): FunnelDataType {
  const configured = version.benchmarking.dataType;
  const fromValueType = ['proportion', 'ratio', 'rate'].includes(version.valueType)
    ? (version.valueType as FunnelDataType)
    : undefined;
  const dataType =
    body.dataType ??
    (configured === 'proportion' || configured === 'ratio' || configured === 'rate'
      ? configured
      : undefined) ??
    fromValueType;
  if (!dataType) {
    throw unprocessable(
      '/body/dataType',
      `The measure is a ${version.valueType} and its benchmarking settings name no data type: send proportion, ratio or rate`,
    );
  }
  return dataType;
}

/** Funnel options: measure defaults, then its benchmarking settings, then the request, option by option. */
function optionsOf(body: CreateBenchmarkRun, version: MeasureVersionRow): RunMethod['options'] {
  const { dataType: _dataType, options: nested, ...flat } = version.benchmarking as Record<string, unknown>;
  const settings = FunnelOptionsSchema.safeParse({ ...flat, ...(typeof nested === 'object' ? nested : {}) });
  if (!settings.success) {
    throw unprocessable(
      '/body/options',
      'The measure’s benchmarking settings are not valid funnel options; send the options in the request',
    );
  }
  const request = body.options ?? {};
  return {
    multiplier: version.multiplier,
    improvementDirection: version.improvementDirection,
    ...settings.data,
    ...request,
    ...(settings.data.overdispersion || request.overdispersion
      ? { overdispersion: { ...settings.data.overdispersion, ...request.overdispersion } }
      : {}),
  };
}

function computeOrProblem(method: RunMethod, inputs: BenchmarkRunInput[], directory: DirectoryEntry[]) {
  try {
    return computeRunResults(method, inputs, directory);
  } catch (error) {
    if (error instanceof FunnelInputError) {
      throw new ProblemError('unprocessable-entity', 'The data cannot be compared with these settings', {
        errors: error.issues.map((issue) => ({
          pointer: issue.pointer.startsWith('/options') ? `/body${issue.pointer}` : '/body/period',
          detail: issue.detail,
        })),
      });
    }
    throw error;
  }
}

/**
 * Computes a run from the current data and records it as a draft (audited): the body of
 * `createBenchmarkRun`, and the re-run of an outlier case after a data correction.
 */
export async function computeAndRecordRun(c: Context<AppEnv>, body: CreateBenchmarkRun) {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const tenantId = principal.tenantId;
  // The programme's members need only its id: asked beside the programme and measure look-ups
  // (one round trip), used only once those have passed.
  const membersOfProgramme = programmeMembers(tx, body.programmeId);
  membersOfProgramme.catch(() => undefined); // awaited below unless the look-ups refuse the run
  const { programme, version } = await resolveProgrammeMeasure(
    tx,
    tenantId,
    body.programmeId,
    body.measureId,
  );
  const dataType = dataTypeOf(body, version);
  const options = optionsOf(body, version);
  const peerGroup = body.peerGroup ?? {};
  const allowed = peerGroupAttributes(programme.settings);
  const unknownAttributes = Object.keys(peerGroup).filter((attribute) => !allowed.includes(attribute));
  if (unknownAttributes.length > 0) {
    throw new ProblemError('unprocessable-entity', 'The programme does not group peers by these attributes', {
      errors: unknownAttributes.map((attribute) => ({
        pointer: `/body/peerGroup/${attribute}`,
        detail: `Not one of the programme’s peer-group attributes (${allowed.join(', ') || 'none'})`,
      })),
    });
  }
  const { from, to } = periodRange(body.period, version.periodicity);
  const rows = await currentObservations(tx, tenantId, body.programmeId, body.measureId, from, to);
  const candidates: BenchmarkRunInput[] = [];
  for (const row of rows) {
    const input = inputOf(dataType, row);
    if (typeof input !== 'string') candidates.push(input);
  }
  const reporting = new Set(candidates.map((input) => input.organisationId));
  const directory = (await membersOfProgramme).filter(
    (entry) => reporting.has(entry.id) && matchesPeerGroup(entry, peerGroup),
  );
  const members = new Set(directory.map((entry) => entry.id));
  const inputs = candidates.filter((input) => members.has(input.organisationId));
  if (inputs.length === 0) {
    throw unprocessable(
      '/body/period',
      `No actively enrolled organisation${Object.keys(peerGroup).length ? ' in the peer group' : ''} has comparable data for ${from} to ${to}`,
    );
  }
  const method: RunMethod = { dataType, options };
  const results = computeOrProblem(method, inputs, directory);
  const id = uuidv7();
  const inputsHash = inputsHashOf(inputs);
  const resultsHash = resultsHashOf(results);
  // The run and its audit record are independent statements: sent together, one round trip.
  const [[row]] = await Promise.all([
    tx
      .insert(benchmarkRuns)
      .values({
        tenantId,
        id,
        programmeId: body.programmeId,
        measureId: body.measureId,
        measureVersionId: version.id,
        periodSpec: body.period,
        periodFrom: from,
        periodTo: to,
        peerGroup,
        method: method as unknown as Record<string, unknown>,
        engineVersion: FUNNEL_ENGINE_VERSION,
        inputs: encodeRunInputs(inputs),
        inputsHash,
        results: results as unknown as Record<string, unknown>,
        resultsHash,
        organisationCount: results.organisations.length,
        inputCount: inputs.length,
        pseudonymKey: randomBytes(32).toString('hex'),
        createdBy: `${principal.issuer}|${principal.id}`,
      })
      .returning(runColumns),
    recordAudit(c, {
      action: 'benchmark_run.created',
      targetType: 'benchmark_run',
      targetId: id,
      change: { ...body, inputsHash, resultsHash },
    }),
  ]);
  if (!row) throw new Error('insert returned no row');
  return { row, results };
}

export const create: RouteHandler<typeof createBenchmarkRun, AppEnv> = async (c) => {
  const { row, results } = await computeAndRecordRun(c, c.req.valid('json'));
  c.header('Location', `/v1/benchmark-runs/${row.id}`);
  return c.json(toRun(row, results), 201);
};

export const list: RouteHandler<typeof listBenchmarkRuns, AppEnv> = async (c) => {
  const { limit, cursor, programmeId, measureId, status } = c.req.valid('query');
  const after = decodeCursor(c, 'benchmark-runs', cursor);
  // No tenant filter on purpose: row-level security shows the owner all its runs and an enrolled
  // organisation the published runs of its programmes (whose peer views it may open).
  const rows = await c.var.tx
    .select(runColumns)
    .from(benchmarkRuns)
    .where(
      and(
        after ? gt(benchmarkRuns.id, after) : undefined,
        programmeId ? eq(benchmarkRuns.programmeId, programmeId) : undefined,
        measureId ? eq(benchmarkRuns.measureId, measureId) : undefined,
        status ? eq(benchmarkRuns.status, status) : undefined,
      ),
    )
    .orderBy(asc(benchmarkRuns.id))
    .limit(limit + 1);
  const page = pageOf(c, 'benchmark-runs', rows, limit, (row) => row.id);
  return c.json({ items: page.items.map(toSummary), nextCursor: page.nextCursor }, 200);
};

/** One of the caller's own runs, with its results (never its inputs unless asked). */
async function ownRun(tx: Tx, tenantId: string, runId: string) {
  const [row] = await tx
    .select({ ...runColumns, results: benchmarkRuns.results })
    .from(benchmarkRuns)
    .where(and(eq(benchmarkRuns.tenantId, tenantId), eq(benchmarkRuns.id, runId)));
  if (!row) throw notFound('Benchmark run');
  return row;
}

export const get: RouteHandler<typeof getBenchmarkRun, AppEnv> = async (c) => {
  const row = await ownRun(c.var.tx, principalOf(c).tenantId, c.req.valid('param').runId);
  return c.json(toRun(row, row.results as unknown as RunResults), 200);
};

export const inputs: RouteHandler<typeof getBenchmarkRunInputs, AppEnv> = async (c) => {
  const { runId } = c.req.valid('param');
  const [row] = await c.var.tx
    .select({ inputs: benchmarkRuns.inputs, inputsHash: benchmarkRuns.inputsHash })
    .from(benchmarkRuns)
    .where(and(eq(benchmarkRuns.tenantId, principalOf(c).tenantId), eq(benchmarkRuns.id, runId)));
  if (!row) throw notFound('Benchmark run');
  return c.json({ runId, inputsHash: row.inputsHash, items: decodeRunInputs(row.inputs) }, 200);
};

export const verify: RouteHandler<typeof verifyBenchmarkRun, AppEnv> = async (c) => {
  const { runId } = c.req.valid('param');
  const tx = c.var.tx;
  const tenantId = principalOf(c).tenantId;
  const [row] = await tx
    .select({ ...runColumns, results: benchmarkRuns.results, inputs: benchmarkRuns.inputs })
    .from(benchmarkRuns)
    .where(and(eq(benchmarkRuns.tenantId, tenantId), eq(benchmarkRuns.id, runId)));
  if (!row) throw notFound('Benchmark run');
  const stored = row.results as unknown as RunResults;
  const method = row.method as unknown as RunMethod;
  const recordedInputs = decodeRunInputs(row.inputs);
  const recomputed = computeRunResults(method, recordedInputs, stored.directory);
  const recomputedResultsHash = resultsHashOf(recomputed);
  const recomputedInputsHash = inputsHashOf(recordedInputs);
  // Has the data moved on? Compare with the current revisions of the same organisations and periods.
  const current = await currentObservations(
    tx,
    tenantId,
    row.programmeId,
    row.measureId,
    row.periodFrom,
    row.periodTo,
  );
  const members = new Set(stored.directory.map((entry) => entry.id));
  const recorded = new Set(recordedInputs.map((input) => input.observationId));
  const now = new Set(current.filter((obs) => members.has(obs.organisationId)).map((obs) => obs.id));
  let changed = 0;
  for (const id of recorded) if (!now.has(id)) changed += 1;
  for (const id of now) if (!recorded.has(id)) changed += 1;
  return c.json(
    {
      runId,
      reproducible:
        recomputedResultsHash === row.resultsHash &&
        resultsHashOf(stored) === row.resultsHash &&
        recomputedInputsHash === row.inputsHash,
      engineVersion: row.engineVersion,
      currentEngineVersion: FUNNEL_ENGINE_VERSION,
      resultsHash: row.resultsHash,
      recomputedResultsHash,
      inputsHash: row.inputsHash,
      recomputedInputsHash,
      dataChanged: changed > 0,
      changedObservations: changed,
    },
    200,
  );
};

export const publish: RouteHandler<typeof publishBenchmarkRun, AppEnv> = async (c) => {
  const { runId } = c.req.valid('param');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const existing = await ownRun(tx, principal.tenantId, runId);
  if (existing.status === 'published') {
    throw new ProblemError('conflict', 'The run is already published; a published run never changes');
  }
  const [row] = await tx
    .update(benchmarkRuns)
    .set({
      status: 'published',
      publishedBy: `${principal.issuer}|${principal.id}`,
      publishedAt: new Date(),
      rowVersion: existing.rowVersion + 1,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(benchmarkRuns.tenantId, principal.tenantId),
        eq(benchmarkRuns.id, runId),
        eq(benchmarkRuns.status, 'draft'),
      ),
    )
    .returning(runColumns);
  if (!row) throw new ProblemError('conflict', 'The run was published meanwhile');
  await recordAudit(c, {
    action: 'benchmark_run.published',
    targetType: 'benchmark_run',
    targetId: runId,
    change: { status: 'published', resultsHash: row.resultsHash },
  });
  return c.json(toRun(row, existing.results as unknown as RunResults), 200);
};

/** Stable per run and not guessable from ids: HMAC with the run's own random key. */
export function pseudonyms(
  key: string,
  runId: string,
  organisationIds: readonly string[],
): Map<string, string> {
  const digest = (id: string) => createHmac('sha256', key).update(`${runId}:${id}`).digest('hex');
  const ordered = [...organisationIds].map((id) => ({ id, digest: digest(id) }));
  ordered.sort((a, b) => (a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0));
  return new Map(ordered.map((entry, index) => [entry.id, `Peer ${index + 1}`]));
}

/**
 * A run as the caller may see it: the owner sees it whole; an organisation actively enrolled in
 * the programme sees a published run (RLS decides visibility; checked again here) with peers
 * under pseudonyms unless the programme allows named comparison.
 */
async function viewableRun(tx: Tx, tenantId: string, runId: string) {
  const [row] = await tx
    .select({ ...runColumns, results: benchmarkRuns.results, pseudonymKey: benchmarkRuns.pseudonymKey })
    .from(benchmarkRuns)
    .where(eq(benchmarkRuns.id, runId));
  if (!row) throw notFound('Benchmark run');
  const [programme] = await tx
    .select({ settings: programmes.settings })
    .from(programmes)
    .where(and(eq(programmes.tenantId, row.tenantId), eq(programmes.id, row.programmeId)));
  if (row.tenantId === tenantId) return { row, owner: true, named: true };
  if (row.status !== 'published' || !programme) throw notFound('Benchmark run');
  const [enrolment] = await tx
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.tenantId, row.tenantId),
        eq(enrolments.programmeId, row.programmeId),
        eq(enrolments.organisationId, tenantId),
        eq(enrolments.status, 'active'),
      ),
    );
  if (!enrolment) throw notFound('Benchmark run');
  return { row, owner: false, named: programme.settings.namedComparison === true };
}

export const peerView: RouteHandler<typeof getBenchmarkPeerView, AppEnv> = async (c) => {
  const { runId } = c.req.valid('param');
  const tenantId = principalOf(c).tenantId;
  const { row, named } = await viewableRun(c.var.tx, tenantId, runId);
  const results = row.results as unknown as RunResults;
  const labels = named
    ? new Map(results.organisations.map((organisation) => [organisation.organisationId, organisation.name]))
    : pseudonyms(
        row.pseudonymKey,
        row.id,
        results.organisations.map((organisation) => organisation.organisationId),
      );
  const own = results.organisations.find((organisation) => organisation.organisationId === tenantId);
  return c.json(
    {
      runId: row.id,
      programmeId: row.programmeId,
      measureId: row.measureId,
      periodFrom: row.periodFrom,
      periodTo: row.periodTo,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      named,
      dataType: results.funnel.method.dataType,
      target: results.funnel.target,
      limits: results.funnel.curves,
      bandCounts: results.funnel.bandCounts,
      organisationCount: results.organisations.length,
      own: own
        ? {
            organisationId: own.organisationId,
            value: own.value,
            numerator: own.numerator,
            denominator: own.denominator,
            interval: own.interval,
            band: own.band,
            assessment: own.assessment,
            rank: own.rank,
          }
        : null,
      peers: results.organisations
        .filter((organisation) => organisation.organisationId !== tenantId)
        .map((organisation) => ({
          label: labels.get(organisation.organisationId) ?? 'Peer',
          value: organisation.value,
          denominator: organisation.denominator,
          interval: organisation.interval,
          band: organisation.band,
          rank: organisation.rank,
        })),
    },
    200,
  );
};

export const funnelSvg: RouteHandler<typeof getBenchmarkFunnelSvg, AppEnv> = async (c) => {
  const { runId } = c.req.valid('param');
  const { highlight } = c.req.valid('query');
  const tenantId = principalOf(c).tenantId;
  const { row, owner, named } = await viewableRun(c.var.tx, tenantId, runId);
  const results = row.results as unknown as RunResults;
  const highlighted = owner ? highlight : tenantId;
  const svg = renderFunnelSvg({
    title: `Funnel plot, ${row.periodFrom} to ${row.periodTo}`,
    target: results.funnel.target,
    curves: results.funnel.curves,
    points: results.organisations.map((organisation) => ({
      x: organisation.denominator,
      y: organisation.value,
      band: organisation.band,
      highlighted: organisation.organisationId === highlighted,
      label: organisation.organisationId === highlighted || named || owner ? organisation.name : undefined,
    })),
  });
  return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
};
