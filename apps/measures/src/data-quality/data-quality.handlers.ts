import type { RouteHandler } from '@hono/zod-openapi';
import {
  adoptions,
  currentObservation,
  enrolments,
  measures,
  measureVersions,
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
import {
  activeVersions,
  type MeasureVersionRow,
  publishedToEnrolledProgrammes,
} from '../catalogue/measure-catalogue.js';
import { latestDuePeriod, periodsBetween } from '../catalogue/periods.js';
import { resolveScope } from '../quality-control/load.js';
import type { getDataQuality } from './data-quality.routes.js';
import type { DataQualityReport } from './data-quality.schemas.js';
import { seriesQuality } from './report.js';

const NO_UNIT = '';

type CurrentRow = {
  tenantId: string;
  measureId: string;
  unitId: string | null;
  periodStart: string;
  late: boolean;
  status: 'provisional' | 'final';
};
type RevisedRow = {
  tenantId: string;
  measureId: string;
  unitId: string | null;
  periodStart: string;
  count: number;
};

/**
 * Current observations and revision counts of every organisation in the report, in two queries
 * whatever the number of organisations (a programme may have hundreds).
 */
async function loadObservations(
  tx: Tx,
  organisationIds: string[],
  measureIds: string[] | null,
  from: string,
  to: string,
): Promise<{ current: Map<string, CurrentRow[]>; revised: Map<string, RevisedRow[]> }> {
  const current = new Map<string, CurrentRow[]>();
  const revised = new Map<string, RevisedRow[]>();
  if (organisationIds.length === 0) return { current, revised };
  const inRange = and(
    inArray(observations.tenantId, organisationIds),
    measureIds === null ? undefined : inArray(observations.measureId, measureIds),
    gte(observations.periodStart, from),
    lte(observations.periodStart, to),
  );
  const currentRows = await tx
    .select({
      tenantId: observations.tenantId,
      measureId: observations.measureId,
      unitId: observations.unitId,
      periodStart: observations.periodStart,
      late: observations.late,
      status: observations.status,
    })
    .from(observations)
    .where(and(inRange, currentObservation))
    .orderBy(
      asc(observations.tenantId),
      asc(observations.measureId),
      asc(observations.unitId),
      asc(observations.periodStart),
    );
  const revisedRows = await tx
    .select({
      tenantId: observations.tenantId,
      measureId: observations.measureId,
      unitId: observations.unitId,
      periodStart: observations.periodStart,
      count: count(),
    })
    .from(observations)
    .where(and(inRange, gt(observations.revision, 1)))
    .groupBy(observations.tenantId, observations.measureId, observations.unitId, observations.periodStart);
  for (const row of currentRows) {
    const list = current.get(row.tenantId);
    if (list) list.push(row);
    else current.set(row.tenantId, [row]);
  }
  for (const row of revisedRows) {
    const entry = { ...row, count: Number(row.count) };
    const list = revised.get(row.tenantId);
    if (list) list.push(entry);
    else revised.set(row.tenantId, [entry]);
  }
  return { current, revised };
}

type MeasureCatalogue = (ids: string[]) => Promise<{
  versions: Map<string, MeasureVersionRow>;
  codes: Map<string, string>;
}>;

/** Active versions and codes, read once per measure for the whole report. */
function measureCatalogue(tx: Tx): MeasureCatalogue {
  const versions = new Map<string, MeasureVersionRow>();
  const codes = new Map<string, string>();
  const known = new Set<string>();
  return async (ids) => {
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length > 0) {
      for (const [id, version] of await activeVersions(tx, missing)) versions.set(id, version);
      const rows = await tx
        .select({ id: measures.id, code: measures.code })
        .from(measures)
        .where(inArray(measures.id, missing));
      for (const row of rows) codes.set(row.id, row.code);
      for (const id of missing) known.add(id);
    }
    return { versions, codes };
  };
}

/**
 * The measures an organisation reports: its own with an active version, those it has adopted,
 * and those published to programmes in which it is actively enrolled.
 */
async function reportableMeasureIds(tx: Tx, organisationId: string): Promise<string[]> {
  const own = await tx
    .select({ id: measureVersions.measureId })
    .from(measureVersions)
    .where(and(eq(measureVersions.tenantId, organisationId), eq(measureVersions.status, 'active')));
  const adopted = await tx
    .select({ id: adoptions.measureId })
    .from(adoptions)
    .where(and(eq(adoptions.tenantId, organisationId), eq(adoptions.status, 'active')));
  const published = await publishedToEnrolledProgrammes(tx, organisationId);
  return [...new Set([...own, ...adopted, ...published].map((row) => row.id))];
}

/** The report for one organisation over the given measures (all it has data for when null). */
async function organisationReport(
  tx: Tx,
  organisationId: string,
  own: boolean,
  measureIds: string[] | null,
  loaded: { current: CurrentRow[]; revised: RevisedRow[] },
  catalogue: MeasureCatalogue,
  from: string,
  to: string,
  now: Date,
): Promise<DataQualityReport['organisations'][number]> {
  const { current, revised } = loaded;
  const ids = measureIds ?? [...new Set(current.map((row) => row.measureId))];
  const { versions, codes } = await catalogue(ids);

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
    const { organisationId } = await resolveScope(tx, principal, query.organisationId, undefined);
    organisationIds = [organisationId];
    // An organisation is expected to report every measure it takes part in, data or not: a
    // measure with no data at all is the least complete of all.
    if (measureIds === null && organisationId === principal.tenantId) {
      measureIds = await reportableMeasureIds(tx, organisationId);
    }
  }

  const loaded = await loadObservations(tx, organisationIds, measureIds, from, to);
  const catalogue = measureCatalogue(tx);
  const organisations: DataQualityReport['organisations'] = [];
  for (const organisationId of organisationIds) {
    organisations.push(
      await organisationReport(
        tx,
        organisationId,
        organisationId === principal.tenantId,
        measureIds,
        {
          current: loaded.current.get(organisationId) ?? [],
          revised: loaded.revised.get(organisationId) ?? [],
        },
        catalogue,
        from,
        to,
        now,
      ),
    );
  }
  return c.json({ from, to, programmeId: query.programmeId ?? null, organisations }, 200);
};
