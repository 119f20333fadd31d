import type { RouteHandler } from '@hono/zod-openapi';
import {
  enrolments,
  measures,
  observations,
  programmeMeasures,
  programmes,
  submissions,
  type Tx,
} from '@qms/db';
import { type AppEnv, notFound, ProblemError, principalOf } from '@qms/platform';
import { and, asc, count, eq, gt, gte, inArray, isNull, lt, lte, sum } from 'drizzle-orm';
import { DEFAULT_DEADLINE_DAYS } from '../board-summary/board-row.js';
import { loadMeasureSet } from '../board-summary/board-summary.handlers.js';
import { activeVersions } from '../catalogue/measure-catalogue.js';
import { latestDuePeriod, periodsBetween } from '../catalogue/periods.js';
import { resolveScope } from '../quality-control/load.js';
import type { getDataQuality } from './data-quality.routes.js';
import type { DataQualityReport } from './data-quality.schemas.js';
import { seriesQuality } from './report.js';

const NO_UNIT = '';

/** The report for one organisation over the given measures (all it has data for when null). */
async function organisationReport(
  tx: Tx,
  organisationId: string,
  own: boolean,
  measureIds: string[] | null,
  from: string,
  to: string,
  now: Date,
): Promise<DataQualityReport['organisations'][number]> {
  const inRange = and(
    eq(observations.tenantId, organisationId),
    measureIds === null ? undefined : inArray(observations.measureId, measureIds),
    gte(observations.periodStart, from),
    lte(observations.periodStart, to),
  );
  const current = await tx
    .select({
      measureId: observations.measureId,
      unitId: observations.unitId,
      periodStart: observations.periodStart,
      late: observations.late,
      status: observations.status,
    })
    .from(observations)
    .where(and(inRange, eq(observations.isCurrent, true)))
    .orderBy(asc(observations.measureId), asc(observations.unitId), asc(observations.periodStart));
  const revised = await tx
    .select({
      measureId: observations.measureId,
      unitId: observations.unitId,
      periodStart: observations.periodStart,
      count: count(),
    })
    .from(observations)
    .where(and(inRange, gt(observations.revision, 1)))
    .groupBy(observations.measureId, observations.unitId, observations.periodStart);

  const ids = measureIds ?? [...new Set(current.map((row) => row.measureId))];
  const versions = await activeVersions(tx, ids);
  const codes = new Map(
    ids.length === 0
      ? []
      : (
          await tx
            .select({ id: measures.id, code: measures.code })
            .from(measures)
            .where(inArray(measures.id, ids))
        ).map((row) => [row.id, row.code]),
  );

  const key = (measureId: string, unitId: string | null) => `${measureId}|${unitId ?? NO_UNIT}`;
  const series = new Map<string, typeof current>();
  for (const row of current) {
    const k = key(row.measureId, row.unitId);
    const list = series.get(k);
    if (list) list.push(row);
    else series.set(k, [row]);
  }
  const revisions = new Map<string, { periodStart: string; count: number }[]>();
  for (const row of revised) {
    const k = key(row.measureId, row.unitId);
    const entry = { periodStart: row.periodStart, count: Number(row.count) };
    const list = revisions.get(k);
    if (list) list.push(entry);
    else revisions.set(k, [entry]);
  }

  const rows: DataQualityReport['organisations'][number]['measures'] = [];
  for (const measureId of ids) {
    const version = versions.get(measureId);
    const code = codes.get(measureId);
    if (!version || code === undefined) continue;
    const due = latestDuePeriod(
      now,
      version.periodicity,
      version.dataQualityRules.submissionDeadlineDays ?? DEFAULT_DEADLINE_DAYS,
    );
    const expected = periodsBetween(from, to < due ? to : due, version.periodicity);
    const units = [...series.keys()]
      .filter((k) => k.startsWith(`${measureId}|`))
      .map((k) => k.slice(measureId.length + 1));
    for (const unit of units.length === 0 ? [NO_UNIT] : units.sort()) {
      const k = `${measureId}|${unit}`;
      rows.push({
        measureId,
        code,
        title: version.title,
        unitId: unit === NO_UNIT ? null : unit,
        periodicity: version.periodicity,
        ...seriesQuality({
          expectedPeriods: expected,
          observations: series.get(k) ?? [],
          revisions: revisions.get(k) ?? [],
        }),
      });
    }
  }

  let validity: DataQualityReport['organisations'][number]['validity'] = null;
  if (own) {
    // Submissions received from the start of `from` to the end of the day `to`.
    const end = new Date(`${to}T00:00:00.000Z`).getTime() + 86_400_000;
    const [totals] = await tx
      .select({ submissions: count(), rejected: sum(submissions.rejected) })
      .from(submissions)
      .where(
        and(
          eq(submissions.tenantId, organisationId),
          eq(submissions.dryRun, false),
          gte(submissions.createdAt, new Date(`${from}T00:00:00.000Z`)),
          lt(submissions.createdAt, new Date(end)),
        ),
      );
    validity = { submissions: Number(totals?.submissions ?? 0), rejectedRows: Number(totals?.rejected ?? 0) };
  }
  return { organisationId, validity, measures: rows };
}

export const report: RouteHandler<typeof getDataQuality, AppEnv> = async (c) => {
  const query = c.req.valid('query');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const now = new Date();
  const to = query.to ?? now.toISOString().slice(0, 10);
  const from =
    query.from ??
    new Date(Date.UTC(Number(to.slice(0, 4)) - 1, Number(to.slice(5, 7)) - 1, Number(to.slice(8, 10))))
      .toISOString()
      .slice(0, 10);
  if (from > to) {
    const detail = '`from` must not be after `to`';
    throw new ProblemError('validation-error', detail, { errors: [{ pointer: '/query/from', detail }] });
  }

  let measureIds: string[] | null = null;
  if (query.measureSetId) {
    measureIds = (await loadMeasureSet(tx, query.measureSetId)).items.map((item) => item.measureId);
  }

  let organisationIds: string[];
  if (query.organisationId === undefined && query.programmeId !== undefined) {
    // Only the programme's owner lists its enrolled organisations.
    const [programme] = await tx
      .select({ id: programmes.id })
      .from(programmes)
      .where(and(eq(programmes.tenantId, principal.tenantId), eq(programmes.id, query.programmeId)));
    if (!programme) throw notFound('Programme');
    const enrolled = await tx
      .select({ organisationId: enrolments.organisationId })
      .from(enrolments)
      .where(
        and(
          eq(enrolments.tenantId, principal.tenantId),
          eq(enrolments.programmeId, programme.id),
          eq(enrolments.status, 'active'),
        ),
      )
      .orderBy(asc(enrolments.organisationId));
    organisationIds = enrolled.map((row) => row.organisationId);
    if (measureIds === null) {
      measureIds = (
        await tx
          .select({ measureId: programmeMeasures.measureId })
          .from(programmeMeasures)
          .where(
            and(
              eq(programmeMeasures.tenantId, principal.tenantId),
              eq(programmeMeasures.programmeId, programme.id),
              isNull(programmeMeasures.withdrawnAt),
            ),
          )
      ).map((row) => row.measureId);
    }
  } else {
    organisationIds = [(await resolveScope(tx, principal, query.organisationId, undefined)).organisationId];
  }

  const organisations: DataQualityReport['organisations'] = [];
  for (const organisationId of organisationIds) {
    organisations.push(
      await organisationReport(
        tx,
        organisationId,
        organisationId === principal.tenantId,
        measureIds,
        from,
        to,
        now,
      ),
    );
  }
  return c.json({ from, to, programmeId: query.programmeId ?? null, organisations }, 200);
};
