/** Data-quality figures of one series. Pure: the handler loads the rows. */

export interface SeriesQualityInput {
  /** Periods that should have data (due, in range), in order. */
  expectedPeriods: readonly string[];
  /** Current observations in range. */
  observations: readonly { periodStart: string; late: boolean; status: string }[];
  /** Observations (of any revision) with revision > 1, counted per period. */
  revisions: readonly { periodStart: string; count: number }[];
}

export interface SeriesQuality {
  expectedPeriods: number;
  periodsWithData: number;
  /** Share of expected periods with a current value; null when none was expected. */
  completeness: number | null;
  missingPeriods: string[];
  observations: number;
  lateObservations: number;
  provisionalObservations: number;
  /** Share of current observations that were not late; null without observations. */
  timeliness: number | null;
  revisionsByPeriod: { period: string; revisions: number }[];
}

export function seriesQuality(input: SeriesQualityInput): SeriesQuality {
  const present = new Set(input.observations.map((o) => o.periodStart));
  const missingPeriods = input.expectedPeriods.filter((p) => !present.has(p));
  const expected = input.expectedPeriods.length;
  const withData = expected - missingPeriods.length;
  const late = input.observations.filter((o) => o.late).length;
  const total = input.observations.length;
  return {
    expectedPeriods: expected,
    periodsWithData: withData,
    completeness: expected === 0 ? null : withData / expected,
    missingPeriods,
    observations: total,
    lateObservations: late,
    provisionalObservations: input.observations.filter((o) => o.status === 'provisional').length,
    timeliness: total === 0 ? null : (total - late) / total,
    revisionsByPeriod: [...input.revisions]
      .filter((r) => r.count > 0)
      .sort((a, b) => a.periodStart.localeCompare(b.periodStart))
      .map((r) => ({ period: r.periodStart, revisions: r.count })),
  };
}
