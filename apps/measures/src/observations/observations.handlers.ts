import type { RouteHandler } from '@hono/zod-openapi';
import { currentObservation, observations, organisations, submissions } from '@qms/db';
import { type AppEnv, decodeCursor, notFound, pageOf, principalOf } from '@qms/platform';
import { and, asc, desc, eq, gt, gte, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { findMeasure } from '../catalogue/measure-catalogue.js';
import type { getObservationHistory, listObservations } from './observations.routes.js';

type Row = typeof observations.$inferSelect;

export const toObservation = (row: Row) => ({
  id: row.id,
  organisationId: row.tenantId,
  measureId: row.measureId,
  measureVersionId: row.measureVersionId,
  unitId: row.unitId,
  period: row.periodStart,
  revision: row.revision,
  isCurrent: row.isCurrent,
  numerator: row.numerator,
  denominator: row.denominator,
  value: row.value,
  expected: row.expected,
  status: row.status,
  late: row.late,
  submissionId: row.submissionId,
  submittedAt: row.submittedAt.toISOString(),
});

/**
 * Another organisation's observations are returned only when row-level security lets the caller
 * read them (it owns a programme the organisation is actively enrolled in, and the measure is
 * published to it); otherwise the page is empty.
 */
export const list: RouteHandler<typeof listObservations, AppEnv> = async (c) => {
  const { limit, cursor, measureId, unitId, from, to, includeRevisions, organisationId } =
    c.req.valid('query');
  const principal = principalOf(c);
  // A measure or organisation the caller cannot see is a 404, not an empty page.
  await findMeasure(c.var.tx, measureId);
  if (organisationId !== undefined && organisationId !== principal.tenantId) {
    const [organisation] = await c.var.tx
      .select({ id: organisations.tenantId })
      .from(organisations)
      .where(eq(organisations.tenantId, organisationId));
    if (!organisation) throw notFound('Organisation');
  }
  const after = decodeCursor(c, `observations|${measureId}`, cursor);
  let afterCondition: SQL | undefined;
  if (after) {
    const [period, id] = after.split('|');
    afterCondition = or(
      gt(observations.periodStart, period ?? ''),
      and(eq(observations.periodStart, period ?? ''), gt(observations.id, id ?? '')),
    );
  }
  const rows = await c.var.tx
    .select()
    .from(observations)
    .where(
      and(
        eq(observations.tenantId, organisationId ?? principal.tenantId),
        eq(observations.measureId, measureId),
        unitId ? eq(observations.unitId, unitId) : undefined,
        from ? gte(observations.periodStart, from) : undefined,
        to ? lte(observations.periodStart, to) : undefined,
        includeRevisions ? undefined : currentObservation,
        afterCondition,
      ),
    )
    .orderBy(asc(observations.periodStart), asc(observations.id))
    .limit(limit + 1);
  const page = pageOf(c, `observations|${measureId}`, rows, limit, (row) => `${row.periodStart}|${row.id}`);
  return c.json({ items: page.items.map(toObservation), nextCursor: page.nextCursor }, 200);
};

export const history: RouteHandler<typeof getObservationHistory, AppEnv> = async (c) => {
  const { measureId, unitId, period, organisationId } = c.req.valid('query');
  const principal = principalOf(c);
  const tenantId = organisationId ?? principal.tenantId;
  const rows = await c.var.tx
    .select({ observation: observations, submission: submissions })
    .from(observations)
    // Submissions are private to their organisation: a programme owner sees none (null).
    .leftJoin(
      submissions,
      and(eq(submissions.tenantId, observations.tenantId), eq(submissions.id, observations.submissionId)),
    )
    .where(
      and(
        eq(observations.tenantId, tenantId),
        eq(observations.measureId, measureId),
        unitId ? eq(observations.unitId, unitId) : isNull(observations.unitId),
        eq(observations.periodStart, sql`${period}::date`),
      ),
    )
    .orderBy(desc(observations.revision));
  if (rows.length === 0) throw notFound('Observation');
  return c.json(
    {
      measureId,
      organisationId: tenantId,
      unitId: unitId ?? null,
      period,
      revisions: rows.map(({ observation, submission }) => ({
        ...toObservation(observation),
        submission: submission
          ? {
              id: submission.id,
              format: submission.format,
              submittedBy: submission.submittedBy,
              createdAt: submission.createdAt.toISOString(),
            }
          : null,
      })),
    },
    200,
  );
};
