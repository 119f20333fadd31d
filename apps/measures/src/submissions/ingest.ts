import { measures, queryRows, type Tx, units } from '@qms/db';
import { databaseErrorOf, ProblemError } from '@qms/platform';
import { analyseSpc } from '@qms/statistics';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import {
  activeVersions,
  type MeasureVersionRow,
  othersOpenToReport,
  reportableAmong,
} from '../catalogue/measure-catalogue.js';
import { periodStartProblem, submissionDeadline } from '../catalogue/periods.js';
import { PeriodSet, periodOrdinal } from './period-set.js';
import {
  checkValues,
  numberOf,
  type RawRow,
  type RowProblem,
  round,
  type StoredValues,
  sameObservation,
  statusOf,
  textOf,
  uuidOf,
} from './row-rules.js';
import { MAX_LISTED } from './submissions.schemas.js';

/** Rows validated, looked up and written together: one lookup and one insert per chunk. */
export const CHUNK_ROWS = 5_000;
/** Series checked against their SPC limits per submission (bounded work). */
export const MAX_SPC_SERIES = 20;
const MAX_SPC_POINTS = 10_000;
const SPC_SERIES_PER_QUERY = 5;
const MIN_SPC_POINTS = 12;
/**
 * The unit key of observations_current_uq, written into the statement text (not a parameter):
 * only then does `coalesce(unit_id, …)` match the index's expression in a prepared statement's
 * generic plan.
 */
const NO_UNIT = sql.raw(`'00000000-0000-0000-0000-000000000000'::uuid`);

export interface SubmissionRow {
  /** 1-based data row number. */
  row: number;
  raw: RawRow;
  /** A problem found while reading the row (a CSV line with the wrong number of fields). */
  problem?: RowProblem;
}

export interface IngestOptions {
  tx: Tx;
  tenantId: string;
  submissionId: string;
  dryRun: boolean;
  mode: 'all_or_nothing' | 'partial';
  format: 'json' | 'csv';
  receivedAt: Date;
}

export interface Counters {
  received: number;
  created: number;
  revised: number;
  unchanged: number;
  rejected: number;
}

export interface SubmissionSummary extends Counters {
  submissionId: string | null;
  outcome: 'accepted' | 'partially_accepted' | 'rejected' | 'validated';
  dryRun: boolean;
  mode: 'all_or_nothing' | 'partial';
  format: 'json' | 'csv';
  rejections: { row: number; field: string; reason: string }[];
  rejectionsTruncated: number;
  warnings: { row: number; kind: 'late' | 'beyond_limits' | 'provisional'; message: string }[];
  warningsTruncated: number;
  receivedAt: string;
}

type MeasureInfo =
  | { ok: true; tenantId: string; id: string; version: MeasureVersionRow }
  | { ok: false; reason: string };

interface Candidate extends StoredValues {
  row: number;
  measure: { tenantId: string; id: string; version: MeasureVersionRow };
  unitId: string | null;
  period: string;
  status: 'provisional' | 'final';
  late: boolean;
  plotted: number;
  /** The revision to write: one more than the current observation's. */
  revision: number;
}

interface TrackedSeries {
  measureTenantId: string;
  measureId: string;
  version: MeasureVersionRow;
  unitId: string | null;
  /** Submitted periods written (or, in a dry run, that would be) → row and plotted value. */
  points: Map<string, { row: number; plotted: number }>;
}

interface CurrentRow extends Record<string, unknown> {
  ord: number;
  id: string;
  revision: number;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  expected: number | null;
  status: string;
}

const uuidArray = (values: readonly (string | null)[]) => `{${values.map((v) => v ?? 'NULL').join(',')}}`;
const numberArray = (values: readonly (number | null)[]) =>
  `{${values.map((v) => (v === null ? 'NULL' : String(v))).join(',')}}`;
const textArray = (values: readonly string[]) => `{${values.join(',')}}`;
const boolArray = (values: readonly boolean[]) => `{${values.map((v) => (v ? 't' : 'f')).join(',')}}`;

const conflict = () =>
  new ProblemError(
    'conflict',
    'Another submission changed the same observations at the same time; nothing was written, retry the batch',
  );

/** 23505 on the observation indexes: a concurrent submission won the race for a series. */
function rethrowConflict(error: unknown): never {
  if (databaseErrorOf(error)?.code === '23505') throw conflict();
  throw error;
}

/**
 * Validates, compares and writes submitted rows chunk by chunk, in the request's transaction.
 * Memory stays bounded: per measure and unit, a bitmap of the periods seen (to refuse duplicates;
 * a few hundred bytes per series, not an entry per row), the listed rejections and warnings (at
 * most MAX_LISTED each) and the points of the first MAX_SPC_SERIES series. Nothing of a chunk is
 * kept once it is written.
 */
export class SubmissionIngest {
  readonly counters: Counters = { received: 0, created: 0, revised: 0, unchanged: 0, rejected: 0 };
  private readonly rejections: SubmissionSummary['rejections'] = [];
  private rejectionsTruncated = 0;
  private readonly warnings: SubmissionSummary['warnings'] = [];
  private warningsTruncated = 0;
  private readonly measureCache = new Map<string, MeasureInfo>();
  private readonly unitCache = new Map<string, boolean>();
  private readonly seen = new Map<string, PeriodSet>();
  private readonly tracked = new Map<string, TrackedSeries>();
  private readonly today: string;

  constructor(private readonly options: IngestOptions) {
    this.today = options.receivedAt.toISOString().slice(0, 10);
  }

  /** Nothing more will be written: an all-or-nothing batch with a rejection. */
  private get refused(): boolean {
    return !this.options.dryRun && this.options.mode === 'all_or_nothing' && this.counters.rejected > 0;
  }

  private reject(row: number, problems: RowProblem[]) {
    this.counters.rejected += 1;
    for (const problem of problems) {
      if (this.rejections.length < MAX_LISTED) this.rejections.push({ row, ...problem });
      else this.rejectionsTruncated += 1;
    }
  }

  private warn(row: number, kind: SubmissionSummary['warnings'][number]['kind'], message: string) {
    if (this.warnings.length < MAX_LISTED) this.warnings.push({ row, kind, message });
    else this.warningsTruncated += 1;
  }

  /** Loads the measures and units of a chunk not seen in earlier chunks. */
  private async resolve(rows: SubmissionRow[]) {
    const { tx, tenantId } = this.options;
    const measureIds = new Set<string>();
    const unitIds = new Set<string>();
    for (const { raw } of rows) {
      const measureId = textOf(raw.measureId)?.toLowerCase();
      if (measureId && !this.measureCache.has(measureId) && uuidOf(measureId, 'measureId', []) !== undefined)
        measureIds.add(measureId);
      const unitId = textOf(raw.unitId)?.toLowerCase();
      if (unitId && !this.unitCache.has(unitId) && uuidOf(unitId, 'unitId', []) !== undefined)
        unitIds.add(unitId);
    }
    if (measureIds.size > 0) {
      const ids = [...measureIds];
      // Row-level security shows the caller's own measures and those published to it. The
      // three questions need only the ids, so they go to the server together.
      const [visible, versions, openToReport] = await Promise.all([
        tx
          .select({ tenantId: measures.tenantId, id: measures.id })
          .from(measures)
          .where(inArray(measures.id, ids)),
        activeVersions(tx, ids),
        othersOpenToReport(tx, tenantId, ids),
      ]);
      const reportable = reportableAmong(tenantId, visible, openToReport);
      const byId = new Map(visible.map((measure) => [measure.id, measure]));
      for (const id of ids) {
        const measure = byId.get(id);
        const version = versions.get(id);
        if (!measure) {
          this.measureCache.set(id, {
            ok: false,
            reason: 'unknown measure, or not visible to your organisation',
          });
        } else if (!reportable.has(id)) {
          this.measureCache.set(id, {
            ok: false,
            reason:
              'your organisation may not report this measure: not enrolled in a programme that publishes this measure, and not adopted',
          });
        } else if (!version || version.tenantId !== measure.tenantId) {
          this.measureCache.set(id, {
            ok: false,
            reason: 'the measure has no active version to report against',
          });
        } else {
          this.measureCache.set(id, { ok: true, tenantId: measure.tenantId, id, version });
        }
      }
    }
    if (unitIds.size > 0) {
      const ids = [...unitIds];
      // Explicitly the caller's own units: RLS would also show those of enrolled organisations.
      const own = await tx
        .select({ id: units.id })
        .from(units)
        .where(and(eq(units.tenantId, tenantId), inArray(units.id, ids)));
      const owned = new Set(own.map((unit) => unit.id));
      for (const id of ids) this.unitCache.set(id, owned.has(id));
    }
  }

  private validate(rows: SubmissionRow[]): Candidate[] {
    const candidates: Candidate[] = [];
    const deadlines = new Map<string, Date | null>();
    for (const { row, raw, problem: readProblem } of rows) {
      this.counters.received += 1;
      const problems: RowProblem[] = readProblem ? [readProblem] : [];
      const measureId = uuidOf(raw.measureId, 'measureId', problems);
      if (measureId === undefined && problems.length === 0)
        problems.push({ field: 'measureId', reason: 'is required' });
      const info = measureId === undefined ? undefined : this.measureCache.get(measureId);
      if (info && !info.ok) problems.push({ field: 'measureId', reason: info.reason });
      const measure = info?.ok ? info : undefined;

      const unitId = uuidOf(raw.unitId, 'unitId', problems) ?? null;
      if (unitId !== null && this.unitCache.get(unitId) !== true)
        problems.push({ field: 'unitId', reason: 'not a unit of your organisation' });

      const period = textOf(raw.period);
      let periodOk = false;
      if (period === undefined) problems.push({ field: 'period', reason: 'is required' });
      else if (measure) {
        const problem = periodStartProblem(period, measure.version.periodicity);
        if (problem) problems.push({ field: 'period', reason: problem });
        else if (period > this.today) problems.push({ field: 'period', reason: 'is in the future' });
        else periodOk = true;
      } else if (!/^\d{4}-\d{2}-\d{2}$/.test(period)) {
        problems.push({ field: 'period', reason: 'must be a date YYYY-MM-DD' });
      }

      const status = statusOf(raw.status, problems);
      const numerator = numberOf(raw.numerator, 'numerator', problems);
      const denominator = numberOf(raw.denominator, 'denominator', problems);
      const value = numberOf(raw.value, 'value', problems);
      const expected = numberOf(raw.expected, 'expected', problems);

      let checked: ReturnType<typeof checkValues>;
      if (
        measure &&
        numerator !== undefined &&
        denominator !== undefined &&
        value !== undefined &&
        expected !== undefined
      ) {
        checked = checkValues(measure.version, { numerator, denominator, value, expected }, problems);
      }

      // A second row for the same measure, unit and period in one batch is refused.
      if (measure && periodOk && period !== undefined && (unitId === null || this.unitCache.get(unitId))) {
        const seriesKey = `${measure.id}|${unitId ?? ''}`;
        let periods = this.seen.get(seriesKey);
        if (!periods) {
          periods = new PeriodSet();
          this.seen.set(seriesKey, periods);
        }
        if (!periods.add(periodOrdinal(period, measure.version.periodicity))) {
          problems.push({
            field: 'period',
            reason: 'duplicate: an earlier row of this batch has the same measure, unit and period',
          });
        }
      }

      if (problems.length > 0 || !measure || !checked || !status || period === undefined) {
        this.reject(row, problems.length > 0 ? problems : [{ field: 'measureId', reason: 'invalid row' }]);
        continue;
      }
      const version = measure.version;
      const deadlineDays = version.dataQualityRules.submissionDeadlineDays;
      let late = false;
      if (deadlineDays !== undefined) {
        const key = `${version.periodicity}|${period}`;
        let deadline = deadlines.get(key);
        if (deadline === undefined) {
          deadline = submissionDeadline(period, version.periodicity, deadlineDays);
          deadlines.set(key, deadline);
        }
        late = deadline !== null && this.options.receivedAt > deadline;
      }
      candidates.push({
        row,
        measure,
        unitId,
        period,
        status,
        late,
        plotted: checked.plotted,
        revision: 1,
        ...checked.stored,
      });
    }
    return candidates;
  }

  /**
   * The current observations of a chunk's series, in one query. A lateral lookup per row keeps
   * it on the index even when the table's statistics lag behind a bulk load (a plain join then
   * hashes every current observation of the organisation).
   */
  private async currentOf(candidates: Candidate[]): Promise<Map<number, CurrentRow>> {
    const { tx, tenantId } = this.options;
    const rows = await queryRows<CurrentRow>(
      tx,
      sql`select i.ord, o.id, o.revision, o.numerator, o.denominator, o.value, o.expected, o.status
            from unnest(${uuidArray(candidates.map((c) => c.measure.tenantId))}::uuid[],
                        ${uuidArray(candidates.map((c) => c.measure.id))}::uuid[],
                        ${uuidArray(candidates.map((c) => c.unitId))}::uuid[],
                        ${textArray(candidates.map((c) => c.period))}::date[],
                        ${numberArray(candidates.map((_, index) => index))}::int[]) as i(mt, m, u, p, ord)
            cross join lateral (
              select o.id, o.revision, o.numerator, o.denominator, o.value, o.expected, o.status
                from measures.observations o
               where o.tenant_id = ${tenantId}::uuid and o.measure_tenant_id = i.mt and o.measure_id = i.m
                 and coalesce(o.unit_id, ${NO_UNIT}) = coalesce(i.u, ${NO_UNIT})
                 and o.period_start = i.p and o.is_current
               limit 1) o`,
    );
    return new Map(rows.map((row) => [Number(row.ord), row]));
  }

  private track(candidate: Candidate) {
    const key = `${candidate.measure.id}|${candidate.unitId ?? ''}`;
    let series = this.tracked.get(key);
    if (!series) {
      if (this.tracked.size >= MAX_SPC_SERIES) return;
      series = {
        measureTenantId: candidate.measure.tenantId,
        measureId: candidate.measure.id,
        version: candidate.measure.version,
        unitId: candidate.unitId,
        points: new Map(),
      };
      this.tracked.set(key, series);
    }
    if (series.points.size < MAX_SPC_POINTS)
      series.points.set(candidate.period, { row: candidate.row, plotted: candidate.plotted });
  }

  /** Validates a chunk of rows and, unless this is a dry run or a refused batch, writes it. */
  async addChunk(rows: SubmissionRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.resolve(rows);
    const candidates = this.validate(rows);
    if (this.refused || candidates.length === 0) return;
    const current = await this.currentOf(candidates);
    const writes: Candidate[] = [];
    const retire: string[] = [];
    candidates.forEach((candidate, index) => {
      const existing = current.get(index);
      if (existing && sameObservation(candidate, existing)) {
        this.counters.unchanged += 1;
        return;
      }
      if (existing) {
        this.counters.revised += 1;
        retire.push(existing.id);
      } else this.counters.created += 1;
      if (existing) candidate.revision = Number(existing.revision) + 1;
      writes.push(candidate);
      if (candidate.late) {
        const rules = candidate.measure.version.dataQualityRules;
        const deadline = submissionDeadline(
          candidate.period,
          candidate.measure.version.periodicity,
          rules.submissionDeadlineDays ?? 0,
        );
        this.warn(
          candidate.row,
          'late',
          `received after the submission deadline ${deadline.toISOString().slice(0, 10)}`,
        );
      }
      if (candidate.status === 'provisional')
        this.warn(candidate.row, 'provisional', 'provisional: a final value is expected later');
      this.track(candidate);
    });
    if (this.options.dryRun || writes.length === 0) return;
    await this.write(writes, retire);
  }

  private async write(writes: Candidate[], retire: string[]) {
    const { tx, tenantId, submissionId } = this.options;
    try {
      // The only change an observation ever takes: it stops being the current revision. Sent
      // with the insert that follows it (one round trip): the server runs them in order, and if
      // the update fails the insert fails with it.
      const retiring =
        retire.length === 0
          ? Promise.resolve([])
          : queryRows<{ id: string }>(
              tx,
              sql`update measures.observations set is_current = false
                   where tenant_id = ${tenantId}::uuid and id = any(${uuidArray(retire)}::uuid[]) and is_current
                   returning id`,
            );
      const inserting = tx.execute(sql`
        insert into measures.observations
          (tenant_id, id, measure_tenant_id, measure_id, measure_version_id, unit_id, period_start, revision,
           numerator, denominator, value, expected, status, late, submission_id)
        select ${tenantId}::uuid, t.id, t.mt, t.m, t.v, t.u, t.p, t.r, t.n, t.d, t.x, t.e, t.s, t.l, ${submissionId}::uuid
          from unnest(${uuidArray(writes.map(() => uuidv7()))}::uuid[],
                      ${uuidArray(writes.map((w) => w.measure.tenantId))}::uuid[],
                      ${uuidArray(writes.map((w) => w.measure.id))}::uuid[],
                      ${uuidArray(writes.map((w) => w.measure.version.id))}::uuid[],
                      ${uuidArray(writes.map((w) => w.unitId))}::uuid[],
                      ${textArray(writes.map((w) => w.period))}::date[],
                      ${numberArray(writes.map((w) => w.revision))}::int[],
                      ${numberArray(writes.map((w) => w.numerator))}::float8[],
                      ${numberArray(writes.map((w) => w.denominator))}::float8[],
                      ${numberArray(writes.map((w) => w.value))}::float8[],
                      ${numberArray(writes.map((w) => w.expected))}::float8[],
                      ${textArray(writes.map((w) => w.status))}::text[],
                      ${boolArray(writes.map((w) => w.late))}::boolean[])
               as t(id, mt, m, v, u, p, r, n, d, x, e, s, l)`);
      const [retired] = await Promise.all([retiring, inserting]);
      if (retired.length !== retire.length) throw conflict();
    } catch (error) {
      rethrowConflict(error);
    }
  }

  /**
   * The stored current values of several series as plotted (after the multiplier), in one
   * query: the latest MAX_SPC_POINTS of each, oldest first.
   */
  private async storedSeries(list: TrackedSeries[]): Promise<{ period: string; value: number | null }[][]> {
    const rows = await queryRows<{
      ord: number;
      period: string;
      numerator: number | null;
      denominator: number | null;
      value: number | null;
      expected: number | null;
    }>(
      this.options.tx,
      sql`select i.ord, s.period, s.numerator, s.denominator, s.value, s.expected
            from unnest(${uuidArray(list.map((series) => series.measureTenantId))}::uuid[],
                        ${uuidArray(list.map((series) => series.measureId))}::uuid[],
                        ${uuidArray(list.map((series) => series.unitId))}::uuid[],
                        ${numberArray(list.map((_, index) => index))}::int[]) as i(mt, m, u, ord)
            cross join lateral (
              select to_char(o.period_start, 'YYYY-MM-DD') as period, o.period_start,
                     o.numerator, o.denominator, o.value, o.expected
                from measures.observations o
               where o.tenant_id = ${this.options.tenantId}::uuid and o.measure_tenant_id = i.mt
                 and o.measure_id = i.m and coalesce(o.unit_id, ${NO_UNIT}) = coalesce(i.u, ${NO_UNIT})
                 and o.is_current
               order by o.period_start desc
               limit ${MAX_SPC_POINTS}) s
           order by i.ord, s.period_start`,
    );
    const values = list.map((): { period: string; value: number | null }[] => []);
    for (const row of rows) {
      const series = list[Number(row.ord)] as TrackedSeries;
      const { valueType, multiplier } = series.version;
      const n = row.numerator === null ? null : Number(row.numerator);
      const d = row.denominator === null ? null : Number(row.denominator);
      const e = row.expected === null ? null : Number(row.expected);
      let value: number | null;
      if (valueType === 'proportion' || valueType === 'rate')
        value = n !== null && d ? (n / d) * multiplier : null;
      else if (valueType === 'ratio') value = n !== null && e ? (n / e) * multiplier : null;
      else value = row.value === null ? null : Number(row.value);
      values[Number(row.ord)]?.push({ period: String(row.period), value });
    }
    return values;
  }

  /**
   * Beyond-limits warnings: for the first few series touched, the XmR process limits of the
   * series' current data (with this batch's values in it) and the submitted points outside them.
   */
  private async checkLimits() {
    const all = [...this.tracked.values()];
    // A few series per query keeps the rows held at once bounded (MAX_SPC_POINTS each).
    for (let start = 0; start < all.length; start += SPC_SERIES_PER_QUERY) {
      const list = all.slice(start, start + SPC_SERIES_PER_QUERY);
      const stored = await this.storedSeries(list);
      list.forEach((series, index) => {
        this.warnBeyondLimits(series, stored[index] ?? []);
      });
    }
  }

  private warnBeyondLimits(series: TrackedSeries, stored: { period: string; value: number | null }[]) {
    const byPeriod = new Map(stored.map((point) => [point.period, point.value]));
    if (this.options.dryRun) for (const [period, point] of series.points) byPeriod.set(period, point.plotted);
    const points = [...byPeriod]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(-MAX_SPC_POINTS)
      .map(([period, value]) => ({ period, value }));
    if (points.filter((point) => point.value !== null).length < MIN_SPC_POINTS) return;
    const direction = series.version.improvementDirection;
    const result = analyseSpc(points, { ruleFamily: 'mdc', chart: 'xmr', improvementDirection: direction });
    for (const point of result.points) {
      const submitted = series.points.get(point.period);
      if (!submitted || point.value === null) continue;
      const { lowerProcessLimit: lower, upperProcessLimit: upper } = point;
      if ((upper !== null && point.value > upper) || (lower !== null && point.value < lower)) {
        this.warn(
          submitted.row,
          'beyond_limits',
          `value ${round(point.value)} is outside the process limits ${lower === null ? '-∞' : round(lower)} to ${upper === null ? '∞' : round(upper)} of the series`,
        );
      }
    }
  }

  async finish(): Promise<SubmissionSummary> {
    const { dryRun, mode, format, submissionId, receivedAt } = this.options;
    if (!this.refused) await this.checkLimits();
    const accepted = this.counters.created + this.counters.revised + this.counters.unchanged;
    const refused = this.refused || accepted === 0;
    const outcome: SubmissionSummary['outcome'] = dryRun
      ? 'validated'
      : refused
        ? 'rejected'
        : this.counters.rejected > 0
          ? 'partially_accepted'
          : 'accepted';
    const counters =
      outcome === 'rejected' ? { ...this.counters, created: 0, revised: 0, unchanged: 0 } : this.counters;
    this.warnings.sort((a, b) => a.row - b.row);
    return {
      submissionId: dryRun || outcome === 'rejected' ? null : submissionId,
      outcome,
      dryRun,
      mode,
      format,
      ...counters,
      rejections: this.rejections,
      rejectionsTruncated: this.rejectionsTruncated,
      warnings: outcome === 'rejected' ? [] : this.warnings,
      warningsTruncated: outcome === 'rejected' ? 0 : this.warningsTruncated,
      receivedAt: receivedAt.toISOString(),
    };
  }
}
