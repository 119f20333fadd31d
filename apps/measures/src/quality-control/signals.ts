import type { Tx } from '@qms/db';
import type { AssuranceIcon, VariationIcon } from '@qms/statistics';
import { activeVersions, type MeasureVersionRow } from '../catalogue/measure-catalogue.js';
import { loadLimitChanges, loadLocalTargets, loadSeries, type SeriesScope } from './load.js';
import {
  analyseStoredSeries,
  type DataQualityFlags,
  NO_DATA,
  type StoredAnalysis,
  StoredSeriesError,
} from './stored-series.js';

export interface BatchEntry {
  version: MeasureVersionRow;
  /** Null when the stored settings cannot be analysed (the reason is in `problem`). */
  analysis: StoredAnalysis | null;
  problem: string | null;
}

/**
 * Analyses the series of several measures for one organisation (or unit) with each measure's
 * own settings and limit changes: one query for the versions, one for all the series (ordered by
 * measure and period), one for limit changes, one for local targets; the rest is in memory.
 * Measures without a visible active version are left out.
 */
export async function analyseSeriesBatch(
  tx: Tx,
  scope: SeriesScope,
  measureIds: readonly string[],
  range: { from?: string; to?: string } = {},
): Promise<Map<string, BatchEntry>> {
  const ids = [...new Set(measureIds)];
  // Issued together, the four statements share one round trip to the server.
  const [versions, series, changes, localTargets] = await Promise.all([
    activeVersions(tx, ids),
    loadSeries(tx, scope, ids, range),
    loadLimitChanges(tx, scope, ids),
    loadLocalTargets(tx, scope.organisationId, ids),
  ]);
  const out = new Map<string, BatchEntry>();
  for (const id of ids) {
    const version = versions.get(id);
    if (!version) continue;
    try {
      const analysis = analyseStoredSeries({
        version,
        observations: series.get(id) ?? [],
        limitChanges: changes.get(id) ?? [],
        localTarget: localTargets.get(id) ?? null,
        query: range,
      });
      out.set(id, { version, analysis, problem: null });
    } catch (error) {
      if (!(error instanceof StoredSeriesError)) throw error;
      out.set(id, { version, analysis: null, problem: error.detail });
    }
  }
  return out;
}

export interface LatestSignal {
  /** The last period with a value (null when the series has none). */
  periodStart: string | null;
  value: number | null;
  variationIcon: VariationIcon | null;
  assuranceIcon: AssuranceIcon | null;
  dataQuality: DataQualityFlags;
}

/** The latest signal of an analysis: last observed point, icons, and that point's data quality. */
export function latestSignalOf(analysis: StoredAnalysis | null): LatestSignal {
  const points = analysis?.result?.points ?? [];
  for (let k = points.length - 1; k >= 0; k--) {
    const point = points[k];
    if (point && point.value !== null) {
      return {
        periodStart: point.period,
        value: point.value,
        variationIcon: analysis?.result?.variationIcon ?? null,
        assuranceIcon: analysis?.result?.assuranceIcon ?? null,
        dataQuality: analysis?.dataQuality[k] ?? NO_DATA,
      };
    }
  }
  return { periodStart: null, value: null, variationIcon: null, assuranceIcon: null, dataQuality: NO_DATA };
}

/**
 * The latest signal of each measure for an organisation (or unit): used by the board summary and
 * the golden thread. Measures the caller cannot see, or without an active version, are absent.
 */
export async function latestSignals(
  tx: Tx,
  organisationId: string,
  unitId: string | null,
  measureIds: readonly string[],
): Promise<Map<string, LatestSignal>> {
  const batch = await analyseSeriesBatch(tx, { organisationId, unitId }, measureIds);
  const out = new Map<string, LatestSignal>();
  for (const [id, entry] of batch) out.set(id, latestSignalOf(entry.analysis));
  return out;
}
