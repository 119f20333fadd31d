import {
  ANHOEJ_CHART_TYPES,
  analyseSpc,
  type ChartType,
  type ImprovementDirection,
  isSpcInputError,
  RATIO_CHART_TYPES,
  type RuleFamily,
  type SpcInputPoint,
  type SpcOptions,
  type SpcResult,
} from '@qms/statistics';
import type { MeasureVersionRow } from '../catalogue/measure-catalogue.js';
import { periodsBetween } from '../catalogue/periods.js';
import { chartsForValueType } from '../measures/measure-definition.js';

/**
 * Turning a stored series (current observations, limit changes, the measure version, an
 * adoption's local target) into an SPC analysis. Pure: the handlers load, this decides.
 */

export type StoredVersion = Pick<
  MeasureVersionRow,
  | 'valueType'
  | 'multiplier'
  | 'periodicity'
  | 'improvementDirection'
  | 'targets'
  | 'defaultChart'
  | 'ruleFamily'
>;

/** One current observation, as the series query returns it. */
export interface StoredObservation {
  periodStart: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  expected: number | null;
  status: 'provisional' | 'final';
  late: boolean;
  revision: number;
}

export interface StoredLimitChange {
  periodStart: string;
  kind: 'recalculation' | 'baseline';
  baselineLength: number | null;
}

/** What the caller may choose in the query; everything else comes from the measure. */
export interface SeriesQuery {
  from?: string | undefined;
  to?: string | undefined;
  chart?: ChartType | undefined;
  ruleFamily?: RuleFamily | undefined;
  improvementDirection?: ImprovementDirection | undefined;
  target?: number | undefined;
  baselineLength?: number | undefined;
  screenMovingRanges?: boolean | undefined;
  runLength?: 6 | 7 | undefined;
  twoOfThreeIncludesBeyondLimits?: boolean | undefined;
  minimumPointsForIcons?: number | undefined;
}

export interface DataQualityFlags {
  /** No observation for this period (a gap inside the series). */
  missing: boolean;
  provisional: boolean;
  late: boolean;
  /** The current observation is a revision of an earlier one (revision > 1). */
  revised: boolean;
  revision: number | null;
}

export const NO_DATA: DataQualityFlags = {
  missing: true,
  provisional: false,
  late: false,
  revised: false,
  revision: null,
};

export interface StoredWarning {
  code: string;
  message: string;
}

export type TargetSource = 'query' | 'adoption' | 'measure';

export interface StoredAnalysis {
  ruleFamily: RuleFamily;
  chart: ChartType;
  /** The periods analysed, gaps filled, in order; aligned with `result.points` and `dataQuality`. */
  periods: string[];
  dataQuality: DataQualityFlags[];
  /** The target in force per period (effective-dated), in displayed units. */
  targets: (number | null)[];
  target: { value: number | null; source: TargetSource | null };
  /** Null when the series has no observation in range. */
  result: SpcResult | null;
  warnings: StoredWarning[];
}

export class StoredSeriesError extends Error {
  constructor(
    readonly pointer: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const RATIO_CHARTS: readonly ChartType[] = RATIO_CHART_TYPES;

/** An Anhøj-family chart that fits the measure's value type, when the default does not fit. */
function anhoejChartFor(valueType: StoredVersion['valueType']): ChartType {
  if (valueType === 'proportion') return 'p';
  if (valueType === 'rate' || valueType === 'ratio') return 'u';
  if (valueType === 'count') return 'c';
  return 'i';
}

/** The chart and rule family: the query's, else the measure version's defaults, made consistent. */
export function chooseChart(
  version: StoredVersion,
  query: Pick<SeriesQuery, 'chart' | 'ruleFamily'>,
): { ruleFamily: RuleFamily; chart: ChartType } {
  const versionChart = version.defaultChart as ChartType;
  if (query.chart !== undefined) {
    const ruleFamily = query.ruleFamily ?? (query.chart === 'xmr' ? 'mdc' : 'anhoej');
    if ((ruleFamily === 'mdc') !== (query.chart === 'xmr')) {
      throw new StoredSeriesError(
        '/query/chart',
        ruleFamily === 'mdc'
          ? 'the mdc rule family has only the xmr chart'
          : 'the anhoej rule family needs chart run, i, mr, c, u, p, pp, up, g or t',
      );
    }
    return { ruleFamily, chart: query.chart };
  }
  const ruleFamily = query.ruleFamily ?? version.ruleFamily;
  if (ruleFamily === 'mdc') return { ruleFamily, chart: 'xmr' };
  return {
    ruleFamily,
    chart: ANHOEJ_CHART_TYPES.includes(versionChart) ? versionChart : anhoejChartFor(version.valueType),
  };
}

/**
 * The display multiplier: proportions, rates and ratios are scaled (per 100, per 1,000), as
 * submission checks and targets are; counts and continuous values are not.
 */
export const multiplierOf = (version: Pick<StoredVersion, 'valueType' | 'multiplier'>) =>
  version.valueType === 'proportion' || version.valueType === 'rate' || version.valueType === 'ratio'
    ? version.multiplier
    : 1;

/**
 * An observation as an engine point. Proportions and rates: numerator over denominator, ratios:
 * observed over expected (the engine divides, and multiplies by the multiplier); counts and
 * continuous values: the value.
 */
export function toEnginePoint(
  period: string,
  observation: StoredObservation | undefined,
  valueType: StoredVersion['valueType'],
  chart: ChartType,
): SpcInputPoint {
  const ratioChart = RATIO_CHARTS.includes(chart);
  if (!observation)
    return ratioChart ? { period, numerator: null, denominator: null } : { period, value: null };
  switch (valueType) {
    case 'proportion':
    case 'rate':
      return { period, numerator: observation.numerator, denominator: observation.denominator };
    case 'ratio':
      // Observed over expected, scaled by the multiplier like a rate (the engine divides).
      return { period, numerator: observation.numerator, denominator: observation.expected };
    default:
      return { period, value: observation.value };
  }
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Month and quarter starts from first to last by integer arithmetic (the hot path of a board summary). */
function monthStarts(first: string, last: string, step: 1 | 3, limit: number): string[] | undefined {
  const y0 = Number(first.slice(0, 4));
  const m0 = Number(first.slice(5, 7));
  if (first.slice(8) !== '01' || (step === 3 && (m0 - 1) % 3 !== 0)) return undefined;
  const out: string[] = [];
  let y = y0;
  let m = m0;
  for (let period = first; period <= last && out.length < limit; ) {
    out.push(period);
    m += step;
    if (m > 12) {
      m -= 12;
      y += 1;
    }
    period = `${y}-${pad(m)}-01`;
  }
  return out;
}

/** The analysed periods: from..to (or the first..last observation), every period, gaps included. */
export function seriesPeriods(
  observations: readonly StoredObservation[],
  periodicity: StoredVersion['periodicity'],
  from?: string,
  to?: string,
  limit = 10_000,
): string[] {
  const first = from ?? observations[0]?.periodStart;
  const last = to ?? observations[observations.length - 1]?.periodStart;
  if (first === undefined || last === undefined || first > last) return [];
  const periods =
    (periodicity === 'week' ? undefined : monthStarts(first, last, periodicity === 'month' ? 1 : 3, limit)) ??
    periodsBetween(first, last, periodicity, limit);
  // An observation off the periodicity's grid (should not happen) still gets its own point.
  const known = new Set(periods);
  const extra = observations
    .map((o) => o.periodStart)
    .filter((p) => p >= first && p <= last && !known.has(p));
  return extra.length === 0 ? periods : [...periods, ...extra].sort();
}

/** The effective-dated target of each period (as `targetFor`, with the targets sorted once). */
export function targetsOf(
  version: Pick<StoredVersion, 'targets'>,
  periods: readonly string[],
): (number | null)[] {
  const sorted = [...version.targets].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return periods.map((period) => {
    let value: number | null = null;
    for (const target of sorted) {
      if (target.from <= period && (!target.to || period <= target.to)) value = target.value;
    }
    return value;
  });
}

/**
 * Limit changes as engine options: each recalculation (and a baseline after the first period)
 * starts a phase at the first analysed period on or after it; the latest baseline fixes the
 * baseline length. A change before the series or after its end is reported and skipped.
 */
export function limitOptions(
  periods: readonly string[],
  changes: readonly StoredLimitChange[],
): { recalculateAt: string[]; baselineLength: number | null; warnings: StoredWarning[] } {
  const warnings: StoredWarning[] = [];
  const starts = new Set<string>();
  let baselineLength: number | null = null;
  const first = periods[0];
  const sorted = [...changes].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  for (const change of sorted) {
    if (change.kind === 'baseline' && change.baselineLength !== null) baselineLength = change.baselineLength;
    if (first === undefined || change.periodStart <= first) continue;
    const at = periods.find((p) => p >= change.periodStart);
    if (at === undefined) {
      warnings.push({
        code: 'limitChangeOutsideSeries',
        message: `the ${change.kind} at ${change.periodStart} is after the last analysed period`,
      });
      continue;
    }
    starts.add(at);
  }
  return { recalculateAt: [...starts].sort(), baselineLength, warnings };
}

/** The phases the recalculation points make, as lengths (for checking a baseline fits). */
function phaseLengths(periods: readonly string[], recalculateAt: readonly string[]): number[] {
  const lengths: number[] = [];
  let current = 0;
  const starts = new Set(recalculateAt);
  periods.forEach((p, k) => {
    if (k > 0 && starts.has(p)) {
      lengths.push(current);
      current = 0;
    }
    current++;
  });
  if (periods.length > 0) lengths.push(current);
  return lengths;
}

export interface StoredSeriesInput {
  version: StoredVersion;
  /** Current observations of the series in period order. */
  observations: readonly StoredObservation[];
  limitChanges: readonly StoredLimitChange[];
  /** An active adoption's local target for the organisation, if it set one. */
  localTarget?: number | null;
  query?: SeriesQuery;
}

/** Analyse a stored series with the measure's settings, its limit changes and the query's options. */
export function analyseStoredSeries(input: StoredSeriesInput): StoredAnalysis {
  const { version, observations, limitChanges } = input;
  const query = input.query ?? {};
  const { ruleFamily, chart } = chooseChart(version, query);
  if (!chartsForValueType[version.valueType].includes(chart)) {
    throw new StoredSeriesError(
      '/query/chart',
      `a ${version.valueType} measure is charted as ${chartsForValueType[version.valueType].join(', ')}, not ${chart}`,
    );
  }
  const inRange = observations.filter(
    (o) =>
      (query.from === undefined || o.periodStart >= query.from) &&
      (query.to === undefined || o.periodStart <= query.to),
  );
  const periods = seriesPeriods(inRange, version.periodicity, query.from, query.to);
  const byPeriod = new Map(inRange.map((o) => [o.periodStart, o]));
  const dataQuality = periods.map((period): DataQualityFlags => {
    const o = byPeriod.get(period);
    if (!o) return NO_DATA;
    return {
      missing: false,
      provisional: o.status === 'provisional',
      late: o.late,
      revised: o.revision > 1,
      revision: o.revision,
    };
  });
  const targets = targetsOf(version, periods);
  const lastPeriod = periods[periods.length - 1];
  let target: StoredAnalysis['target'] = { value: null, source: null };
  if (query.target !== undefined) target = { value: query.target, source: 'query' };
  else if (input.localTarget !== undefined && input.localTarget !== null)
    target = { value: input.localTarget, source: 'adoption' };
  else if (lastPeriod !== undefined) {
    const value = targets[targets.length - 1] ?? null;
    if (value !== null) target = { value, source: 'measure' };
  }
  if (target.source === 'query' || target.source === 'adoption') targets.fill(target.value);

  const warnings: StoredWarning[] = [];
  if (inRange.length === 0) {
    warnings.push({ code: 'noData', message: 'no current observations for this series in range' });
    return { ruleFamily, chart, periods, dataQuality, targets, target, result: null, warnings };
  }

  const limits = limitOptions(periods, limitChanges);
  warnings.push(...limits.warnings);
  let baselineLength = query.baselineLength ?? limits.baselineLength;
  if (baselineLength !== null) {
    const shortest = Math.min(...phaseLengths(periods, limits.recalculateAt));
    if (baselineLength > shortest) {
      warnings.push({
        code: 'baselineIgnored',
        message: `a baseline of ${baselineLength} periods is longer than a phase of ${shortest}; limits use every point of each phase`,
      });
      baselineLength = null;
    } else if (ruleFamily === 'mdc' && baselineLength < 12) {
      warnings.push({
        code: 'baselineIgnored',
        message: `Making Data Count baselines need at least 12 points; the stored baseline of ${baselineLength} is not applied`,
      });
      baselineLength = null;
    }
  }
  const options: SpcOptions = {
    ruleFamily,
    chart,
    improvementDirection: query.improvementDirection ?? version.improvementDirection,
    target: target.value,
    baselineLength,
    recalculateAt: limits.recalculateAt,
    multiplier: multiplierOf(version),
    ...(query.screenMovingRanges !== undefined ? { screenMovingRanges: query.screenMovingRanges } : {}),
    ...(query.runLength !== undefined ? { runLength: query.runLength } : {}),
    ...(query.twoOfThreeIncludesBeyondLimits !== undefined
      ? { twoOfThreeIncludesBeyondLimits: query.twoOfThreeIncludesBeyondLimits }
      : {}),
    ...(query.minimumPointsForIcons !== undefined
      ? { minimumPointsForIcons: query.minimumPointsForIcons }
      : {}),
  };
  const points = periods.map((p) => toEnginePoint(p, byPeriod.get(p), version.valueType, chart));
  let result: SpcResult;
  try {
    result = analyseSpc(points, options);
  } catch (error) {
    if (isSpcInputError(error)) throw new StoredSeriesError(`/query${error.pointer}`, error.detail);
    throw error;
  }
  // Engine warnings point into a request body this endpoint never had: keep code and message.
  warnings.push(...result.warnings.map((w) => ({ code: w.code, message: w.message })));
  return { ruleFamily, chart, periods, dataQuality, targets, target, result, warnings };
}
