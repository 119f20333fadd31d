import { latestDuePeriod } from '../catalogue/periods.js';
import type { BatchEntry } from '../quality-control/signals.js';
import { latestSignalOf } from '../quality-control/signals.js';
import { chooseChart } from '../quality-control/stored-series.js';
import type { BoardSummary } from './board-summary.schemas.js';

type Row = BoardSummary['rows'][number];

/** Days after a period's end its data is due when the measure sets no deadline. */
export const DEFAULT_DEADLINE_DAYS = 30;

/** One row of the integrated performance report, from a measure's analysed series. Pure. */
export function boardRow(
  item: { measureId: string; ownerOrganisationId: string; code: string; uses: string[] },
  entry: BatchEntry,
  asOf: Date,
  sparklinePoints: number,
): Row {
  const { version, analysis } = entry;
  const result = analysis?.result ?? null;
  const latest = latestSignalOf(analysis);
  const lastPhase = result?.phases[result.phases.length - 1];
  const expectedLatestPeriod = latestDuePeriod(
    asOf,
    version.periodicity,
    version.dataQualityRules.submissionDeadlineDays ?? DEFAULT_DEADLINE_DAYS,
  );
  const missingLatestPeriod = latest.periodStart === null || latest.periodStart < expectedLatestPeriod;
  const flags = latest.dataQuality;
  const state = missingLatestPeriod
    ? 'missing'
    : flags.late
      ? 'late'
      : flags.provisional
        ? 'provisional'
        : flags.revised
          ? 'revised'
          : 'ok';
  const { ruleFamily, chart } = analysis ?? chooseChart(version, {});
  return {
    measureId: item.measureId,
    ownerOrganisationId: item.ownerOrganisationId,
    code: item.code,
    title: version.title,
    uses: item.uses.filter((use): use is Row['uses'][number] =>
      ['quality_control', 'assurance', 'improvement'].includes(use),
    ),
    valueType: version.valueType,
    unit: version.unit,
    improvementDirection: version.improvementDirection,
    ruleFamily,
    chart,
    latestPeriod: latest.periodStart,
    latestValue: latest.value,
    target: analysis?.target.value ?? null,
    centre: lastPhase?.centre ?? null,
    lowerProcessLimit: lastPhase?.lowerProcessLimit ?? null,
    upperProcessLimit: lastPhase?.upperProcessLimit ?? null,
    variationIcon: latest.variationIcon,
    assuranceIcon: latest.assuranceIcon,
    dataQuality: {
      state,
      provisional: flags.provisional,
      late: flags.late,
      revised: flags.revised,
      missingLatestPeriod,
      expectedLatestPeriod,
    },
    sparkline: (result?.points ?? []).slice(-sparklinePoints).map((p) => ({
      period: p.period,
      value: p.value,
      classification: p.classification,
      centre: p.centre,
    })),
    problem: entry.problem,
  };
}
