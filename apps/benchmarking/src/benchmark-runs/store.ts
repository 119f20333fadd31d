import {
  type BenchmarkRunInput,
  benchmarkRuns,
  measureVersions,
  organisations,
  programmeMeasures,
  programmes,
  queryRows,
  type Tx,
} from '@qms/db';
import { ProblemError } from '@qms/platform';
import type { FunnelDataType } from '@qms/statistics';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DirectoryEntry } from './compute.js';

const unprocessable = (pointer: string, detail: string) =>
  new ProblemError('unprocessable-entity', detail, { errors: [{ pointer, detail }] });

export type ProgrammeRow = { id: string; settings: Record<string, unknown> };

/** One of the caller's own programmes (RLS would also show programmes it is enrolled in). */
export async function ownProgramme(tx: Tx, tenantId: string, programmeId: string) {
  const [programme] = await tx
    .select({ id: programmes.id, settings: programmes.settings })
    .from(programmes)
    .where(and(eq(programmes.tenantId, tenantId), eq(programmes.id, programmeId)));
  return programme as ProgrammeRow | undefined;
}

/** The measure's active version, when the measure is published to the programme. */
export async function programmeMeasureVersion(
  tx: Tx,
  tenantId: string,
  programmeId: string,
  measureId: string,
) {
  // Both questions at once (one round trip); the version counts only if the measure is published.
  const [[published], [version]] = await Promise.all([
    tx
      .select({ measureId: programmeMeasures.measureId })
      .from(programmeMeasures)
      .where(
        and(
          eq(programmeMeasures.tenantId, tenantId),
          eq(programmeMeasures.programmeId, programmeId),
          eq(programmeMeasures.measureId, measureId),
          isNull(programmeMeasures.withdrawnAt),
        ),
      ),
    tx
      .select({
        id: measureVersions.id,
        valueType: measureVersions.valueType,
        multiplier: measureVersions.multiplier,
        periodicity: measureVersions.periodicity,
        improvementDirection: measureVersions.improvementDirection,
        benchmarking: measureVersions.benchmarking,
        ruleFamily: measureVersions.ruleFamily,
        defaultChart: measureVersions.defaultChart,
        targets: measureVersions.targets,
      })
      .from(measureVersions)
      .where(
        and(
          eq(measureVersions.tenantId, tenantId),
          eq(measureVersions.measureId, measureId),
          eq(measureVersions.status, 'active'),
        ),
      ),
  ]);
  return published ? version : undefined;
}
export type MeasureVersionRow = NonNullable<Awaited<ReturnType<typeof programmeMeasureVersion>>>;

/** Owner's programme and a measure published to it, or 422 with pointers into the body. */
export async function resolveProgrammeMeasure(
  tx: Tx,
  tenantId: string,
  programmeId: string,
  measureId: string,
) {
  const [programme, version] = await Promise.all([
    ownProgramme(tx, tenantId, programmeId),
    programmeMeasureVersion(tx, tenantId, programmeId, measureId),
  ]);
  if (!programme) {
    throw unprocessable(
      '/body/programmeId',
      'The programme does not exist among your organisation’s programmes',
    );
  }
  if (!version) {
    throw unprocessable(
      '/body/measureId',
      'The measure is not published to the programme, or has no active version',
    );
  }
  return { programme, version };
}

export interface CurrentObservation {
  id: string;
  organisationId: string;
  periodStart: string;
  revision: number;
  numerator: number | null;
  denominator: number | null;
  expected: number | null;
  value: number | null;
}

/**
 * The latest revision of every organisation-level observation of the measure in the range, from
 * organisations actively enrolled in this programme (RLS also hides everything else).
 */
export async function currentObservations(
  tx: Tx,
  _tenantId: string,
  programmeId: string,
  measureId: string,
  from: string,
  to: string,
): Promise<CurrentObservation[]> {
  // benchmarking.programme_observations applies the enrolment rule once for the programme
  // (migration 0005) instead of row-level security row by row.
  const rows = await queryRows<{
    id: string;
    organisation_id: string;
    period_start: string | Date;
    revision: number;
    numerator: number | null;
    denominator: number | null;
    expected: number | null;
    value: number | null;
  }>(
    tx,
    sql`select * from benchmarking.programme_observations(${programmeId}::uuid, ${measureId}::uuid, ${from}::date, ${to}::date)`,
  );
  return rows.map((row) => ({
    id: row.id,
    organisationId: row.organisation_id,
    periodStart:
      typeof row.period_start === 'string' ? row.period_start.slice(0, 10) : isoDate(row.period_start),
    revision: row.revision,
    numerator: row.numerator,
    denominator: row.denominator,
    expected: row.expected,
    value: row.value,
  }));
}

const isoDate = (date: Date) =>
  `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;

/** The programme's actively enrolled organisations (one look-up, see programme_observations). */
export async function programmeMembers(tx: Tx, programmeId: string): Promise<DirectoryEntry[]> {
  const rows = await queryRows<{
    id: string;
    name: string;
    kind: string;
    attributes: Record<string, string>;
  }>(tx, sql`select * from benchmarking.programme_members(${programmeId}::uuid)`);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    attributes: row.attributes ?? {},
  }));
}

/** An observation as a funnel input for the data type, or why it cannot be one. */
export function inputOf(dataType: FunnelDataType, row: CurrentObservation): BenchmarkRunInput | string {
  const numerator = row.numerator;
  const denominator = dataType === 'ratio' ? (row.expected ?? row.denominator) : row.denominator;
  if (numerator === null || denominator === null) return 'no numerator or denominator';
  if (!(denominator > 0)) return 'denominator is not positive';
  if (numerator < 0) return 'numerator is negative';
  if (dataType === 'proportion' && numerator > denominator) return 'numerator exceeds denominator';
  return {
    observationId: row.id,
    organisationId: row.organisationId,
    periodStart: row.periodStart,
    revision: row.revision,
    numerator,
    denominator,
  };
}

export async function directoryOf(tx: Tx, ids: readonly string[]): Promise<DirectoryEntry[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({
      id: organisations.tenantId,
      name: organisations.name,
      kind: organisations.kind,
      attributes: organisations.attributes,
    })
    .from(organisations)
    .where(inArray(organisations.tenantId, [...ids]));
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}

/** Attribute names a programme groups peers by; `kind` is the organisation kind. */
export function peerGroupAttributes(settings: Record<string, unknown>): string[] {
  const value = settings.peerGroupAttributes;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export const matchesPeerGroup = (entry: DirectoryEntry, group: Record<string, string>) =>
  Object.entries(group).every(([attribute, value]) =>
    attribute === 'kind' ? entry.kind === value : entry.attributes[attribute] === value,
  );

/** Columns of a run without its (large) inputs. */
export const runColumns = {
  tenantId: benchmarkRuns.tenantId,
  id: benchmarkRuns.id,
  programmeId: benchmarkRuns.programmeId,
  measureId: benchmarkRuns.measureId,
  measureVersionId: benchmarkRuns.measureVersionId,
  status: benchmarkRuns.status,
  periodSpec: benchmarkRuns.periodSpec,
  periodFrom: benchmarkRuns.periodFrom,
  periodTo: benchmarkRuns.periodTo,
  peerGroup: benchmarkRuns.peerGroup,
  method: benchmarkRuns.method,
  engineVersion: benchmarkRuns.engineVersion,
  inputsHash: benchmarkRuns.inputsHash,
  resultsHash: benchmarkRuns.resultsHash,
  organisationCount: benchmarkRuns.organisationCount,
  inputCount: benchmarkRuns.inputCount,
  createdBy: benchmarkRuns.createdBy,
  createdAt: benchmarkRuns.createdAt,
  publishedBy: benchmarkRuns.publishedBy,
  publishedAt: benchmarkRuns.publishedAt,
  rowVersion: benchmarkRuns.rowVersion,
};
