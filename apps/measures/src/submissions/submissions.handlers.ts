import type { RouteHandler } from '@hono/zod-openapi';
import { measureSetItems, measureSets, measures, submissionPayloads, submissions, type Tx } from '@qms/db';
import {
  type AppEnv,
  decodeCursor,
  notFound,
  ProblemError,
  pageOf,
  principalKey,
  principalOf,
  recordAudit,
} from '@qms/platform';
import { and, asc, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Context } from 'hono';
import { uuidv7 } from 'uuidv7';
import { activeVersions } from '../catalogue/measure-catalogue.js';
import { periodContaining } from '../catalogue/periods.js';
import { csvChunks } from './csv.js';
import { HeapGuard } from './heap-guard.js';
import { CHUNK_ROWS, SubmissionIngest, type SubmissionRow, type SubmissionSummary } from './ingest.js';
import { PayloadWriter } from './payload.js';
import type {
  createSubmission,
  getMeasureSetTemplate,
  getSubmission,
  getSubmissionPayload,
  listSubmissions,
} from './submissions.routes.js';
import { CSV_COLUMNS, MAX_LISTED } from './submissions.schemas.js';

type SubmissionRecord = typeof submissions.$inferSelect;

const isJson = (contentType: string) => /^application\/([\w.-]+\+)?json/i.test(contentType.trim());

const missingBody = () =>
  new ProblemError('validation-error', 'Send the rows as application/json ({ "rows": [...] }) or text/csv', {
    errors: [{ pointer: '/body', detail: 'required' }],
  });

const toSubmission = (row: SubmissionRecord) => ({
  id: row.id,
  format: row.format,
  mode: row.mode,
  outcome: row.outcome,
  received: row.received,
  created: row.created,
  revised: row.revised,
  unchanged: row.unchanged,
  rejected: row.rejected,
  contentType: row.contentType,
  payloadBytes: row.payloadBytes,
  submittedBy: row.submittedBy,
  createdAt: row.createdAt.toISOString(),
});

/** A refused batch: 422 with the summary; the request's transaction rolls every write back. */
function rejectedProblem(summary: SubmissionSummary): ProblemError {
  const detail =
    summary.received === 0
      ? 'The submission has no data rows'
      : summary.mode === 'all_or_nothing'
        ? `${summary.rejected} of ${summary.received} rows were rejected; nothing was written (send mode=partial to write the valid rows)`
        : `All ${summary.received} rows were rejected; nothing was written`;
  return new ProblemError('unprocessable-entity', detail, {
    errors: summary.rejections.slice(0, MAX_LISTED).map((rejection) => ({
      pointer: `/body/rows/${rejection.row - 1}/${rejection.field}`,
      detail: rejection.reason,
    })),
    extensions: { summary },
  });
}

/** Carries a refused batch's summary out of the savepoint that rolls its writes back. */
class RejectedBatch extends Error {
  constructor(readonly summary: SubmissionSummary) {
    super('rejected batch');
  }
}

/** The submission's own record, written before its rows so that they can refer to it. */
function recordSubmission(
  c: Context<AppEnv>,
  tx: Tx,
  record: Pick<
    SubmissionRecord,
    'id' | 'format' | 'mode' | 'outcome' | 'rejected' | 'received' | 'payloadBytes'
  > & {
    summary: Record<string, unknown>;
  },
) {
  const principal = principalOf(c);
  return tx
    .insert(submissions)
    .values({
      tenantId: principal.tenantId,
      dryRun: false,
      created: 0,
      revised: 0,
      unchanged: 0,
      contentType: (c.req.header('content-type') ?? '').split(';')[0]?.trim() || 'application/octet-stream',
      submittedBy: principalKey(principal),
      requestId: c.var.requestId,
      ...record,
    })
    .execute();
}

/**
 * Records a refused batch, after its savepoint rolled everything of it back: the submission with
 * its summary, and its payload when it was JSON (a CSV was streamed). Sent together: one round
 * trip, in order (the payload refers to the submission).
 */
async function keepRejectedBatch(
  c: Context<AppEnv>,
  summary: SubmissionSummary,
  submissionId: string,
  jsonText: string | undefined,
): Promise<void> {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const payload = new PayloadWriter(tx, principal.tenantId, submissionId, jsonText !== undefined);
  if (jsonText !== undefined) payload.append(jsonText, Buffer.byteLength(jsonText));
  await Promise.all([
    recordSubmission(c, tx, {
      id: submissionId,
      format: summary.format,
      mode: summary.mode,
      outcome: 'rejected',
      received: summary.received,
      rejected: summary.rejected,
      summary: summary as unknown as Record<string, unknown>,
      payloadBytes: Math.min(payload.bytes, 2_147_483_647),
    }),
    payload.flush(true),
    recordAudit(c, {
      action: 'submission.rejected',
      targetType: 'submission',
      targetId: submissionId,
      change: summary,
    }),
  ]);
  c.set('commitDespiteError', true);
}

export const create: RouteHandler<typeof createSubmission, AppEnv> = async (c) => {
  const { dryRun, mode } = c.req.valid('query');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const tenantId = principal.tenantId;
  const contentType = c.req.header('content-type') ?? '';
  const format = isJson(contentType) ? 'json' : 'csv';
  const submissionId = uuidv7();
  const receivedAt = new Date();

  let payloadBytes = 0;
  // The rows are processed inside a savepoint: a refused batch rolls its writes back to it, and
  // the refusal itself (summary, and a JSON payload) is kept as a rejected submission, so that
  // validity failures show in the data-quality report and nothing sent is lost.
  let jsonText: string | undefined;
  const ingestRows = async (savepoint: Tx): Promise<SubmissionSummary> => {
    const ingest = new SubmissionIngest({
      tx: savepoint,
      tenantId,
      submissionId,
      dryRun,
      mode,
      format,
      receivedAt,
    });
    const payload = new PayloadWriter(savepoint, tenantId, submissionId, !dryRun);

    if (format === 'json') {
      const text = await c.req.text();
      jsonText = text;
      payload.append(text, Buffer.byteLength(text));
      const body = c.req.valid('json') as { rows?: SubmissionRow['raw'][] };
      if (!body.rows) throw missingBody();
      for (let start = 0; start < body.rows.length; start += CHUNK_ROWS) {
        const chunk = body.rows
          .slice(start, start + CHUNK_ROWS)
          .map((raw, index) => ({ row: start + index + 1, raw }));
        await ingest.addChunk(chunk);
      }
    } else {
      const stream = c.req.raw.body;
      if (!stream) throw missingBody();
      const heap = new HeapGuard();
      for await (const chunk of csvChunks(stream, CHUNK_ROWS, (text, bytes) => payload.append(text, bytes))) {
        await ingest.addChunk(chunk);
        await payload.flush();
        heap.check();
      }
    }

    // The rest of the payload is written beside the limits check (one round trip); a refused
    // batch's is rolled back with the savepoint and kept by keepRejectedBatch.
    const [result] = await Promise.all([ingest.finish(), payload.flush(true)]);
    if (result.outcome === 'rejected' && !dryRun) throw new RejectedBatch(result);
    payloadBytes = payload.bytes;
    return result;
  };
  let summary: SubmissionSummary;
  try {
    summary = await tx.transaction(async (savepoint) => {
      // The submission's record goes first (rows and payload refer to it), in the same round
      // trip as the savepoint and the look-ups of the first rows: it is awaited only at the end.
      // If it failed, its error is the one reported (every statement after it fails too).
      const recorded = dryRun
        ? Promise.resolve(undefined)
        : recordSubmission(c, savepoint, {
            id: submissionId,
            format,
            mode,
            outcome: 'accepted',
            received: 0,
            rejected: 0,
            summary: {},
            payloadBytes: 0,
          }).then(
            () => undefined,
            (error: unknown) => error ?? new Error('the submission was not recorded'),
          );
      const result = await ingestRows(savepoint).catch(async (error: unknown) => {
        throw (await recorded) ?? error;
      });
      const failed = await recorded;
      if (failed) throw failed;
      return result;
    });
  } catch (error) {
    if (!(error instanceof RejectedBatch)) throw error;
    const kept = { ...error.summary, submissionId };
    await keepRejectedBatch(c, kept, submissionId, jsonText);
    throw rejectedProblem(kept);
  }
  if (summary.outcome === 'rejected') throw rejectedProblem(summary);
  if (dryRun) return c.json(summary, 200);

  // The submission's completion and its audit record are independent single statements: sent
  // together, they share one round trip.
  const completed = tx
    .update(submissions)
    .set({
      outcome: summary.outcome,
      received: summary.received,
      created: summary.created,
      revised: summary.revised,
      unchanged: summary.unchanged,
      rejected: summary.rejected,
      summary: summary as unknown as Record<string, unknown>,
      payloadBytes: Math.min(payloadBytes, 2_147_483_647),
      updatedAt: new Date(),
    })
    .where(and(eq(submissions.tenantId, tenantId), eq(submissions.id, submissionId)));
  await Promise.all([
    completed,
    recordAudit(c, {
      action: 'submission.created',
      targetType: 'submission',
      targetId: submissionId,
      change: summary,
    }),
  ]);
  c.header('Location', `/v1/submissions/${submissionId}`);
  return c.json(summary, 201);
};

export const list: RouteHandler<typeof listSubmissions, AppEnv> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  const principal = principalOf(c);
  const before = decodeCursor(c, 'submissions', cursor);
  const rows = await c.var.tx
    .select()
    .from(submissions)
    .where(and(eq(submissions.tenantId, principal.tenantId), before ? lt(submissions.id, before) : undefined))
    .orderBy(desc(submissions.id))
    .limit(limit + 1);
  const page = pageOf(c, 'submissions', rows, limit, (row) => row.id);
  return c.json({ items: page.items.map(toSubmission), nextCursor: page.nextCursor }, 200);
};

export const get: RouteHandler<typeof getSubmission, AppEnv> = async (c) => {
  const { submissionId } = c.req.valid('param');
  const principal = principalOf(c);
  const [row] = await c.var.tx
    .select()
    .from(submissions)
    .where(and(eq(submissions.tenantId, principal.tenantId), eq(submissions.id, submissionId)));
  if (!row) throw notFound('Submission');
  return c.json({ ...toSubmission(row), summary: row.summary as unknown as SubmissionSummary }, 200);
};

/** Pieces read per transaction while streaming a payload back (about a megabyte each). */
const PIECES_PER_READ = 4;

export const payload: RouteHandler<typeof getSubmissionPayload, AppEnv> = async (c) => {
  const { submissionId } = c.req.valid('param');
  const principal = principalOf(c);
  const { database } = c.var.services;
  const scope = { tenantId: principal.tenantId };
  const [found] = await database.tenant(scope, (tx) =>
    tx
      .select({ contentType: submissions.contentType })
      .from(submissions)
      .where(and(eq(submissions.tenantId, principal.tenantId), eq(submissions.id, submissionId))),
  );
  if (!found) throw notFound('Submission');
  // Streamed: each pull reads a few pieces in its own tenant transaction (RLS applies).
  let next = 0;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const pieces = await database.tenant(scope, (tx) =>
        tx
          .select({ sequence: submissionPayloads.sequence, content: submissionPayloads.content })
          .from(submissionPayloads)
          .where(
            and(
              eq(submissionPayloads.tenantId, principal.tenantId),
              eq(submissionPayloads.submissionId, submissionId),
              gte(submissionPayloads.sequence, next),
              lt(submissionPayloads.sequence, next + PIECES_PER_READ),
            ),
          )
          .orderBy(asc(submissionPayloads.sequence)),
      );
      for (const piece of pieces) controller.enqueue(encoder.encode(piece.content));
      next += PIECES_PER_READ;
      if (pieces.length < PIECES_PER_READ) controller.close();
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      'Content-Type': found.contentType === 'text/csv' ? 'text/csv; charset=utf-8' : found.contentType,
    },
  }) as never;
};

/** Example numbers by value type, for the template. */
const EXAMPLES: Record<string, Partial<Record<(typeof CSV_COLUMNS)[number], string>>> = {
  proportion: { numerator: '45', denominator: '50' },
  rate: { numerator: '12', denominator: '1000' },
  ratio: { numerator: '9', expected: '10.5' },
  count: { value: '7' },
  continuous: { value: '42.5' },
};

export const template: RouteHandler<typeof getMeasureSetTemplate, AppEnv> = async (c) => {
  const { setId } = c.req.valid('param');
  const tx = c.var.tx;
  // Row-level security shows the caller's own sets and those of programmes it takes part in.
  const [set] = await tx
    .select({ tenantId: measureSets.tenantId, code: measureSets.code })
    .from(measureSets)
    .where(eq(measureSets.id, setId));
  if (!set) throw notFound('Measure set');
  const items = await tx
    .select({ measureId: measureSetItems.measureId, measureTenantId: measureSetItems.measureTenantId })
    .from(measureSetItems)
    .where(and(eq(measureSetItems.tenantId, set.tenantId), eq(measureSetItems.setId, setId)))
    .orderBy(asc(measureSetItems.position), asc(measureSetItems.measureId));
  const ids = items.map((item) => item.measureId);
  const visible =
    ids.length === 0
      ? []
      : await tx
          .select({ id: measures.id, tenantId: measures.tenantId })
          .from(measures)
          .where(inArray(measures.id, ids));
  const visibleIds = new Set(visible.map((measure) => `${measure.tenantId}|${measure.id}`));
  const versions = await activeVersions(tx, ids);
  const today = new Date().toISOString().slice(0, 10);
  const lines = [CSV_COLUMNS.join(',')];
  for (const item of items) {
    const version = versions.get(item.measureId);
    if (!version || !visibleIds.has(`${item.measureTenantId}|${item.measureId}`)) continue;
    // The most recent complete period.
    const period = previousPeriod(periodContaining(today, version.periodicity), version.periodicity);
    const example = EXAMPLES[version.valueType] ?? {};
    const row: Record<string, string> = {
      measureId: item.measureId,
      unitId: '',
      period,
      status: 'final',
      ...example,
    };
    lines.push(CSV_COLUMNS.map((column) => row[column] ?? '').join(','));
  }
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header(
    'Content-Disposition',
    `attachment; filename="${set.code.replace(/[^A-Za-z0-9._-]/g, '_')}-template.csv"`,
  );
  return c.body(`${lines.join('\n')}\n`, 200) as never;
};

/** The first day of the period before the one starting on `periodStart`. */
function previousPeriod(periodStart: string, periodicity: 'week' | 'month' | 'quarter'): string {
  const dayBefore = new Date(Date.parse(`${periodStart}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return periodContaining(dayBefore, periodicity);
}
