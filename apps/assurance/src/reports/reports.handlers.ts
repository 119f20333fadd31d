import type { RouteHandler } from '@hono/zod-openapi';
import { reportVersions } from '@qms/db';
import {
  type AppEnv,
  assertVersion,
  databaseErrorOf,
  decodeCursor,
  etagOf,
  notFound,
  ProblemError,
  pageOf,
  principalOf,
  recordAudit,
  requiredIfMatchVersion,
} from '@qms/platform';
import { and, asc, eq, gt } from 'drizzle-orm';
import { assertInspecting, authorOf, findInspection } from '../inspections/inspection-access.js';
import { amendReport as amend, type ReportSnapshot } from './amend-report.js';
import { findReportVersion, type ReportVersionRow, writeReportVersion } from './report-versions.js';
import type { amendReport, getReport, listReportVersions } from './reports.routes.js';

const summaryOf = (row: ReportVersionRow) => ({
  id: row.id,
  inspectionId: row.inspectionId,
  number: row.number,
  kind: row.kind,
  reason: row.reason,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

const toReportVersion = (row: ReportVersionRow, latest: number) => ({
  ...summaryOf(row),
  latest: row.number === latest,
  report: row.snapshot as unknown as ReportSnapshot,
});

export const get: RouteHandler<typeof getReport, AppEnv> = async (c) => {
  const { inspectionId } = c.req.valid('param');
  const { version } = c.req.valid('query');
  const inspection = await findInspection(c.var.tx, inspectionId);
  const latest = await findReportVersion(c.var.tx, inspection);
  if (!latest) throw notFound('Report (the inspection is not published)');
  const row = version === undefined ? latest : await findReportVersion(c.var.tx, inspection, version);
  if (!row) throw notFound('Report version');
  c.header('ETag', etagOf(latest.number));
  return c.json(toReportVersion(row, latest.number), 200);
};

export const list: RouteHandler<typeof listReportVersions, AppEnv> = async (c) => {
  const { inspectionId } = c.req.valid('param');
  const { limit, cursor } = c.req.valid('query');
  const inspection = await findInspection(c.var.tx, inspectionId);
  const listName = `inspections/${inspectionId}/report-versions`;
  const after = decodeCursor(c, listName, cursor);
  const rows = await c.var.tx
    .select()
    .from(reportVersions)
    .where(
      and(
        eq(reportVersions.tenantId, inspection.tenantId),
        eq(reportVersions.inspectionId, inspection.id),
        after ? gt(reportVersions.id, after) : undefined,
      ),
    )
    .orderBy(asc(reportVersions.id))
    .limit(limit + 1);
  const page = pageOf(c, listName, rows, limit, (row) => row.id);
  return c.json({ items: page.items.map(summaryOf), nextCursor: page.nextCursor }, 200);
};

export const amendment: RouteHandler<typeof amendReport, AppEnv> = async (c) => {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const body = c.req.valid('json');
  const inspection = await findInspection(tx, c.req.valid('param').inspectionId);
  assertInspecting(principal, inspection, 'amends its report');
  const expected = requiredIfMatchVersion(c);
  const latest = await findReportVersion(tx, inspection);
  if (!latest) {
    throw new ProblemError(
      'conflict',
      `Only a published report is amended; the inspection is ${inspection.stage.replace('_', ' ')}`,
    );
  }
  assertVersion(latest.number, expected);
  const now = new Date().toISOString();
  const result = amend(latest.snapshot as unknown as ReportSnapshot, body, now);
  if ('problems' in result) {
    throw new ProblemError('unprocessable-entity', 'The amendment does not fit the report', {
      errors: result.problems,
    });
  }
  const row = await writeReportVersion(
    tx,
    inspection,
    { number: latest.number + 1, kind: 'amendment', reason: body.reason, createdBy: authorOf(principal) },
    result.snapshot,
  ).catch((error: unknown) => {
    if (databaseErrorOf(error)?.code === '23505') {
      throw new ProblemError('precondition-failed', 'Another amendment came first; read the report again');
    }
    throw error;
  });
  await recordAudit(c, {
    action: 'report.amended',
    targetType: 'inspection',
    targetId: inspection.id,
    change: { number: row.number, ...body },
  });
  c.header('Location', `/v1/inspections/${inspection.id}/report?version=${row.number}`);
  c.header('ETag', etagOf(row.number));
  return c.json(toReportVersion(row, row.number), 201);
};
