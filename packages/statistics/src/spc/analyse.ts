import { anhoejRunsAnalysis, anhoejSpecialCauses } from './anhoej.js';
import { anhoejLimits } from './attribute-charts.js';
import { rulesOf, type SpecialCauseFlags } from './flags.js';
import { assuranceIcon, classifySignal, labellingRule, variationIcon } from './icons.js';
import { mdcSpecialCauses } from './rules-mdc.js';
import { prepareSeries, resolveOptions } from './series.js';
import type {
  PointClassification,
  RunsAnalysis,
  SpcInputPoint,
  SpcOptions,
  SpcPhaseResult,
  SpcPointResult,
  SpcResult,
  SpcWarning,
} from './types.js';
import { mdcXmrLimits } from './xmr.js';

/** Bumped whenever a change could alter a published number, rule or icon. */
export const SPC_ENGINE_VERSION = '1.0.0';
export const SPC_ENGINE_NAME = 'qms-spc';

/** MDC and NHSRplotthedots warn about phases shorter than this (`ptd_add_short_group_warnings`). */
export const SHORT_PHASE_THRESHOLD = 12;

function orNull(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

function scaled(v: number, multiplier: number): number | null {
  return Number.isFinite(v) ? v * multiplier : null;
}

/**
 * Analyse one series. Pure: no I/O, no clock, no randomness. Throws `SpcInputError`
 * (with a JSON pointer) for input it cannot answer; everything else — missing values,
 * zero denominators, short series — is answered per point and in `warnings`.
 */
export function analyseSpc(points: readonly SpcInputPoint[], options: SpcOptions): SpcResult {
  const resolved = resolveOptions(options);
  const series = prepareSeries(points, resolved);
  const mdc = resolved.ruleFamily === 'mdc';
  const limits = mdc ? mdcXmrLimits(series, resolved) : anhoejLimits(series, resolved);

  let signals: SpecialCauseFlags;
  let runsAnalysis: RunsAnalysis[];
  if (mdc) {
    signals = mdcSpecialCauses(series, limits, resolved);
    // Reported for information: MDC labels points with its own four rules only.
    runsAnalysis = series.phaseStart.map((s, j) => {
      const e = series.phaseEnd[j]!;
      const figures = anhoejRunsAnalysis(limits.value.subarray(s, e), limits.centre.subarray(s, e));
      return { phase: j + 1, ...figures };
    });
  } else {
    const anhoej = anhoejSpecialCauses(series, limits, resolved);
    signals = anhoej;
    runsAnalysis = anhoej.runs;
  }

  const { multiplier } = resolved;
  // An mr chart's high points are not "better" or "worse" in the measure's direction.
  const direction = resolved.chart === 'mr' ? 'neutral' : resolved.improvementDirection;
  const n = series.n;
  const out = new Array<SpcPointResult>(n);
  let lastObserved = -1;
  let observedCount = 0;
  for (let k = 0; k < n; k++) {
    const v = limits.value[k]!;
    const c = limits.centre[k]!;
    const mask = signals.flags[k]!;
    const rules = rulesOf(mask);
    let classification: PointClassification;
    if (!Number.isFinite(v) || !Number.isFinite(c)) {
      classification = 'notAssessed';
    } else {
      const rule = labellingRule(rules);
      const sign = rule === null ? 0 : rule === 'trend' ? signals.trendDirection[k]! : Math.sign(v - c);
      classification = classifySignal(sign, direction);
    }
    if (Number.isFinite(v)) {
      lastObserved = k;
      observedCount++;
    }
    out[k] = {
      period: series.periods[k]!,
      inputIndex: series.inputIndex[k]!,
      value: scaled(v, multiplier),
      phase: series.phaseOf[k]! + 1,
      baseline: series.baseline[k] === 1 && series.excluded[k] === 0,
      centre: scaled(c, multiplier),
      lowerProcessLimit: scaled(limits.lower[k]!, multiplier),
      upperProcessLimit: scaled(limits.upper[k]!, multiplier),
      lowerTwoSigma: scaled(limits.lower2[k]!, multiplier),
      upperTwoSigma: scaled(limits.upper2[k]!, multiplier),
      specialCauses: rules,
      classification,
      note: series.notes[k]!,
    };
  }

  const phases: SpcPhaseResult[] = series.phaseStart.map((s, j) => {
    const e = series.phaseEnd[j]!;
    const phase = limits.phases[j]!;
    let observed = 0;
    let baselineCount = 0;
    for (let k = s; k < e; k++) {
      if (Number.isFinite(limits.value[k]!)) observed++;
      if (series.baseline[k] === 1 && series.excluded[k] === 0) baselineCount++;
    }
    return {
      phase: j + 1,
      startPeriod: series.periods[s]!,
      endPeriod: series.periods[e - 1]!,
      pointCount: e - s,
      observedCount: observed,
      baselinePointCount: baselineCount,
      centre: scaled(phase.centre, multiplier),
      lowerProcessLimit: scaled(phase.lower, multiplier),
      upperProcessLimit: scaled(phase.upper, multiplier),
      lowerTwoSigma: scaled(phase.lower2, multiplier),
      upperTwoSigma: scaled(phase.upper2, multiplier),
      meanMovingRange: orNull(phase.meanMovingRange),
      movingRangesScreenedOut: phase.screenedOut,
    };
  });

  const warnings = collectWarnings(series.notes, series.inputIndex, phases, out, resolved.chart);

  let variation: SpcResult['variationIcon'] = null;
  let assurance: SpcResult['assuranceIcon'] = null;
  if (observedCount < resolved.minimumPointsForIcons) {
    warnings.push({
      code: 'shortSeries',
      message: `${observedCount} observed points; icons are shown from ${resolved.minimumPointsForIcons}`,
    });
  } else if (lastObserved >= 0) {
    const last = out[lastObserved]!;
    variation = variationIcon(last.classification, direction);
    assurance = assuranceIcon(resolved.target, last.lowerProcessLimit, last.upperProcessLimit, direction);
    if (lastObserved !== n - 1) {
      warnings.push({
        code: 'lastPointMissing',
        message: `the last period has no value; icons use ${last.period}`,
        pointer: `/points/${series.inputIndex[n - 1]}`,
      });
    }
  }

  return {
    engine: { name: SPC_ENGINE_NAME, version: SPC_ENGINE_VERSION },
    ruleFamily: resolved.ruleFamily,
    chart: resolved.chart,
    options: resolved,
    points: out,
    phases,
    runsAnalysis,
    variationIcon: variation,
    assuranceIcon: assurance,
    warnings,
  };
}

function collectWarnings(
  notes: readonly (string | null)[],
  inputIndex: Int32Array,
  phases: SpcPhaseResult[],
  points: SpcPointResult[],
  chart: string,
): SpcWarning[] {
  const warnings: SpcWarning[] = [];
  const byNote = new Map<string, number[]>();
  notes.forEach((note, k) => {
    if (note === null || note === 'excluded') return;
    const list = byNote.get(note);
    if (list === undefined) byNote.set(note, [k]);
    else list.push(k);
  });
  const describe = (ks: number[]) =>
    ks
      .map((k) => points[k]!.period)
      .slice(0, 10)
      .join(', ') + (ks.length > 10 ? ', ...' : '');
  const missing = byNote.get('missingValue');
  if (missing !== undefined) {
    const field = ['u', 'p', 'pp', 'up'].includes(chart) ? 'numerator' : 'value';
    warnings.push({
      code: 'missingValues',
      message: `${missing.length} period(s) without a value, left out of the calculation: ${describe(missing)}`,
      pointer: `/points/${inputIndex[missing[0]!]}/${field}`,
    });
  }
  const missingDen = byNote.get('missingDenominator');
  if (missingDen !== undefined) {
    warnings.push({
      code: 'missingDenominators',
      message: `${missingDen.length} period(s) without a denominator: no value or limits there, not in the centre line: ${describe(missingDen)}`,
      pointer: `/points/${inputIndex[missingDen[0]!]}/denominator`,
    });
  }
  const zeroDen = byNote.get('zeroDenominator');
  if (zeroDen !== undefined) {
    warnings.push({
      code: 'zeroDenominators',
      message: `${zeroDen.length} period(s) with a zero denominator: no value or limits there, not in the centre line: ${describe(zeroDen)}`,
      pointer: `/points/${inputIndex[zeroDen[0]!]}/denominator`,
    });
  }
  let offset = 0;
  for (const phase of phases) {
    const start = offset;
    offset += phase.pointCount;
    if (phase.pointCount < SHORT_PHASE_THRESHOLD) {
      warnings.push({
        code: 'shortPhase',
        message: `phase ${phase.phase} (${phase.startPeriod} to ${phase.endPeriod}) has ${phase.pointCount} points; limits from fewer than ${SHORT_PHASE_THRESHOLD} points are unreliable`,
      });
    }
    const anyLimits = points.slice(start, offset).some((p) => p.upperProcessLimit !== null);
    if (chart !== 'run' && phase.centre !== null && !anyLimits) {
      warnings.push({
        code: 'noLimits',
        message: `phase ${phase.phase} (${phase.startPeriod} to ${phase.endPeriod}) has too few usable points for limits`,
      });
    } else if (phase.centre === null) {
      warnings.push({
        code: 'noLimits',
        message: `phase ${phase.phase} (${phase.startPeriod} to ${phase.endPeriod}) has no usable baseline values`,
      });
    }
  }
  return warnings;
}
