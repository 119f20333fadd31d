import binomialQuantile from '@stdlib/stats-base-dists-binomial-quantile';
import { FLAG_BEYOND_LIMITS, FLAG_FEW_CROSSINGS, FLAG_SHIFT, type SpecialCauseFlags } from './flags.js';
import type { ChartLimits } from './limits.js';
import type { PreparedSeries } from './series.js';
import type { ResolvedSpcOptions, RunsAnalysis } from './types.js';

export interface RunsAnalysisFigures {
  usefulObservations: number;
  longestRun: number | null;
  longestRunMax: number | null;
  crossings: number | null;
  crossingsMin: number | null;
  signal: boolean;
}

/** Longest run allowed before it signals: round(log2(n)) + 3 (Schilling 2012, as in qicharts2). */
export function longestRunLimit(usefulObservations: number): number {
  return Math.round(Math.log2(usefulObservations)) + 3;
}

/** Fewest crossings expected: the 5% quantile of Binomial(n - 1, 0.5) (Chen 2010, as in qicharts2). */
export function crossingsLimit(usefulObservations: number): number {
  // + 0 turns stdlib's -0 (for n = 1) into 0, which JSON would otherwise round-trip differently.
  return binomialQuantile(0.05, Math.max(usefulObservations - 1, 0), 0.5) + 0;
}

/**
 * Anhøj runs analysis of a sequence against a centre line. Points on the centre line
 * and missing values are dropped first, as qicharts2 `runs.analysis` does.
 */
export function anhoejRunsAnalysis(
  values: ArrayLike<number>,
  centre: number | ArrayLike<number>,
): RunsAnalysisFigures {
  const sides: number[] = [];
  for (let k = 0; k < values.length; k++) {
    const c = typeof centre === 'number' ? centre : centre[k]!;
    const d = values[k]! - c;
    if (d > 0) sides.push(1);
    else if (d < 0) sides.push(-1);
  }
  return runsOfSides(sides, null);
}

function runsOfSides(sides: ArrayLike<number>, onLongRun: ((from: number, to: number) => void) | null) {
  const n = sides.length;
  if (n === 0) {
    return {
      usefulObservations: 0,
      longestRun: null,
      longestRunMax: null,
      crossings: null,
      crossingsMin: null,
      signal: false,
    };
  }
  const longestRunMax = longestRunLimit(n);
  let runs = 0;
  let longest = 0;
  let start = 0;
  for (let q = 1; q <= n; q++) {
    if (q === n || sides[q] !== sides[start]) {
      runs++;
      const length = q - start;
      if (length > longest) longest = length;
      if (onLongRun !== null && length > longestRunMax) onLongRun(start, q);
      start = q;
    }
  }
  const crossings = runs - 1;
  const crossingsMin = crossingsLimit(n);
  return {
    usefulObservations: n,
    longestRun: longest,
    longestRunMax,
    crossings,
    crossingsMin,
    signal: longest > longestRunMax || crossings < crossingsMin,
  };
}

/**
 * qicharts2 signals per phase: points outside the 3-sigma limits (strict), every point
 * of a run longer than the limit (`shift`), and every useful point of a phase with too
 * few crossings (`fewCrossings`). Excluded points take no part in the runs analysis. As
 * in qicharts2, an mr chart gets no runs signal.
 */
export function anhoejSpecialCauses(
  series: PreparedSeries,
  limits: ChartLimits,
  options: ResolvedSpcOptions,
): SpecialCauseFlags & { runs: RunsAnalysis[] } {
  const n = series.n;
  const flags = new Uint8Array(n);
  const trendDirection = new Int8Array(n);
  const runs: RunsAnalysis[] = [];
  const { value: y, centre, lower, upper } = limits;
  const sides = new Int8Array(n);
  const at = new Int32Array(n);

  for (let j = 0; j < series.phaseStart.length; j++) {
    const s = series.phaseStart[j]!;
    const e = series.phaseEnd[j]!;
    let m = 0;
    for (let k = s; k < e; k++) {
      const v = y[k]!;
      if (v > upper[k]! || v < lower[k]!) flags[k]! |= FLAG_BEYOND_LIMITS;
      if (series.excluded[k] === 1) continue;
      const d = v - centre[k]!;
      if (d > 0 || d < 0) {
        sides[m] = d > 0 ? 1 : -1;
        at[m] = k;
        m++;
      }
    }
    const signalsAllowed = options.chart !== 'mr';
    const figures = runsOfSides(
      sides.subarray(0, m),
      signalsAllowed
        ? (from, to) => {
            for (let r = from; r < to; r++) flags[at[r]!]! |= FLAG_SHIFT;
          }
        : null,
    );
    const signal = signalsAllowed && figures.signal;
    if (signal && figures.crossings !== null && figures.crossingsMin !== null) {
      if (figures.crossings < figures.crossingsMin) {
        for (let r = 0; r < m; r++) flags[at[r]!]! |= FLAG_FEW_CROSSINGS;
      }
    }
    runs.push({ phase: j + 1, ...figures, signal });
  }
  return { flags, trendDirection, runs };
}
