import type { BenchmarkRunInput } from '@qms/db';
import { hashOfChange } from '@qms/platform';
import {
  analyseFunnel,
  type FunnelBand,
  type FunnelDataType,
  type FunnelOptionsInput,
  type FunnelResult,
  funnelDistributions,
} from '@qms/statistics';

/** What a run replays: the data type and funnel options it was computed with. */
export interface RunMethod {
  dataType: FunnelDataType;
  options: FunnelOptionsInput;
}

/** An organisation as it was when the run was computed (the run's snapshot of the directory). */
export interface DirectoryEntry {
  id: string;
  name: string;
  kind: string;
  attributes: Record<string, string>;
}

export interface Interval {
  level: number;
  method: 'wilson' | 'exact_poisson';
  lower: number;
  upper: number;
}

export interface RunOrganisationResult {
  organisationId: string;
  name: string;
  kind: string;
  attributes: Record<string, string>;
  periods: number;
  numerator: number;
  denominator: number;
  value: number;
  interval: Interval;
  zScore: number;
  band: FunnelBand;
  assessment: 'good' | 'bad' | 'neutral' | null;
  rank: number;
}

export interface RunResults {
  funnel: FunnelResult;
  /** Ranked by value (best first for the improvement direction), each with its 95% interval. */
  organisations: RunOrganisationResult[];
  directory: DirectoryEntry[];
}

const Z95 = funnelDistributions.normalQuantile(0.975);

/** Wilson score interval for x events out of n. */
export function wilsonInterval(x: number, n: number, z = Z95): [number, number] {
  const p = x / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Exact (Garwood) Poisson interval for an observed count, as a count. */
export function exactPoissonInterval(observed: number, level = 0.95): [number, number] {
  const alpha = 1 - level;
  const lower = observed <= 0 ? 0 : funnelDistributions.chiSquareQuantile(alpha / 2, 2 * observed) / 2;
  const upper = funnelDistributions.chiSquareQuantile(1 - alpha / 2, 2 * (observed + 1)) / 2;
  return [lower, upper];
}

export function intervalOf(
  dataType: FunnelDataType,
  numerator: number,
  denominator: number,
  multiplier: number,
) {
  if (dataType === 'proportion') {
    const [lower, upper] = wilsonInterval(numerator, denominator);
    return {
      level: 0.95,
      method: 'wilson',
      lower: lower * multiplier,
      upper: upper * multiplier,
    } as Interval;
  }
  const [lower, upper] = exactPoissonInterval(numerator);
  return {
    level: 0.95,
    method: 'exact_poisson',
    lower: (lower / denominator) * multiplier,
    upper: (upper / denominator) * multiplier,
  } as Interval;
}

/** JSON as PostgreSQL jsonb stores it (no undefined, no non-finite numbers), so hashes survive a round trip. */
export const normalised = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export const inputsHashOf = (inputs: readonly BenchmarkRunInput[]) => hashOfChange(inputs);

type EncodedInputRow = [
  organisation: number,
  observationId: string,
  periodStart: string,
  revision: number,
  numerator: number,
  denominator: number,
];

/**
 * A run's inputs as stored: organisations listed once and rows as arrays. Storing a 6,000-input
 * run as an array of objects took most of the time of creating it.
 */
export function encodeRunInputs(inputs: readonly BenchmarkRunInput[]): string {
  const organisations: string[] = [];
  const position = new Map<string, number>();
  const rows: EncodedInputRow[] = inputs.map((input) => {
    let index = position.get(input.organisationId);
    if (index === undefined) {
      index = organisations.length;
      organisations.push(input.organisationId);
      position.set(input.organisationId, index);
    }
    return [
      index,
      input.observationId,
      input.periodStart,
      input.revision,
      input.numerator,
      input.denominator,
    ];
  });
  return JSON.stringify({ format: 1, organisations, rows });
}

export function decodeRunInputs(text: string): BenchmarkRunInput[] {
  const stored = JSON.parse(text) as
    | BenchmarkRunInput[]
    | { organisations: string[]; rows: EncodedInputRow[] };
  // Runs recorded before the columnar encoding kept an array of objects.
  if (Array.isArray(stored)) return stored;
  const { organisations, rows } = stored;
  return rows.map(([organisation, observationId, periodStart, revision, numerator, denominator]) => ({
    observationId,
    organisationId: organisations[organisation] ?? '',
    periodStart,
    revision,
    numerator,
    denominator,
  }));
}
export const resultsHashOf = (results: RunResults) => hashOfChange(results);

/**
 * The pure part of a run: from recorded inputs, method and directory to results. Replaying a run
 * calls exactly this with what the run recorded.
 */
export function computeRunResults(
  method: RunMethod,
  inputs: readonly BenchmarkRunInput[],
  directory: readonly DirectoryEntry[],
): RunResults {
  const funnel = analyseFunnel({
    dataType: method.dataType,
    rows: inputs.map((input) => ({
      id: input.organisationId,
      numerator: input.numerator,
      denominator: input.denominator,
    })),
    options: method.options,
  });
  const byId = new Map(directory.map((entry) => [entry.id, entry]));
  const periods = new Map<string, number>();
  for (const input of inputs) periods.set(input.organisationId, (periods.get(input.organisationId) ?? 0) + 1);
  const multiplier = funnel.options.multiplier;
  const descending = funnel.options.improvementDirection !== 'decrease';
  const ranked = [...funnel.organisations].sort((a, b) =>
    a.value === b.value ? a.id.localeCompare(b.id) : descending ? b.value - a.value : a.value - b.value,
  );
  const organisations = ranked.map((organisation, index): RunOrganisationResult => {
    const entry = byId.get(organisation.id);
    return {
      organisationId: organisation.id,
      name: entry?.name ?? organisation.id,
      kind: entry?.kind ?? '',
      attributes: entry?.attributes ?? {},
      periods: periods.get(organisation.id) ?? 0,
      numerator: organisation.numerator,
      denominator: organisation.denominator,
      value: organisation.value,
      interval: intervalOf(method.dataType, organisation.numerator, organisation.denominator, multiplier),
      zScore: organisation.zScoreAdjusted,
      band: organisation.band,
      assessment: organisation.assessment,
      rank: index + 1,
    };
  });
  return normalised({ funnel, organisations, directory: [...directory] });
}
