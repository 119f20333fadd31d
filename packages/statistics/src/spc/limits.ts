/** Centre line and limits of one phase; NaN marks "none" (or "varies by point"). */
export interface PhaseLimits {
  centre: number;
  lower: number;
  upper: number;
  lower2: number;
  upper2: number;
  meanMovingRange: number;
  screenedOut: number;
}

/** Per-point lines, before the display multiplier. NaN marks "none". */
export interface ChartLimits {
  /** Plotted quantity (the moving range itself for an mr chart). */
  value: Float64Array;
  centre: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  lower2: Float64Array;
  upper2: Float64Array;
  phases: PhaseLimits[];
}

export function emptyLimits(value: Float64Array): ChartLimits {
  const n = value.length;
  return {
    value,
    centre: new Float64Array(n).fill(Number.NaN),
    lower: new Float64Array(n).fill(Number.NaN),
    upper: new Float64Array(n).fill(Number.NaN),
    lower2: new Float64Array(n).fill(Number.NaN),
    upper2: new Float64Array(n).fill(Number.NaN),
    phases: [],
  };
}

export function fillPhase(limits: ChartLimits, start: number, end: number, phase: PhaseLimits): void {
  limits.centre.fill(phase.centre, start, end);
  limits.lower.fill(phase.lower, start, end);
  limits.upper.fill(phase.upper, start, end);
  limits.lower2.fill(phase.lower2, start, end);
  limits.upper2.fill(phase.upper2, start, end);
  limits.phases.push(phase);
}
