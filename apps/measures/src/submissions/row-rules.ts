import type { DataQualityRules, ValueType } from '@qms/db';

/** A row as received: JSON values, or CSV text (an empty CSV field counts as absent). */
export interface RawRow {
  measureId?: unknown;
  unitId?: unknown;
  period?: unknown;
  numerator?: unknown;
  denominator?: unknown;
  value?: unknown;
  expected?: unknown;
  status?: unknown;
}

export interface RowProblem {
  field: string;
  reason: string;
}

export interface StoredValues {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  expected: number | null;
}

export interface MeasureShape {
  valueType: ValueType;
  multiplier: number;
  dataQualityRules: DataQualityRules;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Text of a field, trimmed; undefined when absent or empty. */
export function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

export function uuidOf(value: unknown, field: string, problems: RowProblem[]): string | undefined {
  const text = textOf(value);
  if (text === undefined) return undefined;
  if (!UUID.test(text)) {
    problems.push({ field, reason: 'must be a UUID' });
    return undefined;
  }
  return text.toLowerCase();
}

/** A number from JSON or CSV text; null when absent, undefined (with a problem) when unreadable. */
export function numberOf(value: unknown, field: string, problems: RowProblem[]): number | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      problems.push({ field, reason: 'must be a finite number' });
      return undefined;
    }
    return value;
  }
  const text = String(value).trim();
  if (text === '') return null;
  if (!DECIMAL.test(text)) {
    problems.push({ field, reason: 'must be a number' });
    return undefined;
  }
  const parsed = Number(text);
  if (!Number.isFinite(parsed)) {
    problems.push({ field, reason: 'must be a finite number' });
    return undefined;
  }
  return parsed;
}

export function statusOf(value: unknown, problems: RowProblem[]): 'provisional' | 'final' | undefined {
  const text = textOf(value);
  if (text === 'provisional' || text === 'final') return text;
  problems.push({
    field: 'status',
    reason: text === undefined ? 'is required: provisional or final' : 'must be provisional or final',
  });
  return undefined;
}

const isCount = (value: number) => Number.isInteger(value) && value >= 0;

/**
 * Checks the numbers of a row against the measure's value type and data-quality rules. Returns
 * the values to store (only the fields the value type uses, and a denominator where given) and the
 * plotted value (after the multiplier for proportions, rates and ratios), or the problems.
 */
export function checkValues(
  shape: MeasureShape,
  raw: {
    numerator: number | null;
    denominator: number | null;
    value: number | null;
    expected: number | null;
  },
  problems: RowProblem[],
): { stored: StoredValues; plotted: number } | undefined {
  const { numerator, denominator, value, expected } = raw;
  const before = problems.length;
  const rules = shape.dataQualityRules;
  let stored: StoredValues;
  let plotted = Number.NaN;
  let plottedField = 'value';
  switch (shape.valueType) {
    case 'proportion':
      plottedField = 'numerator';
      if (numerator === null) problems.push({ field: 'numerator', reason: 'is required for a proportion' });
      else if (!isCount(numerator))
        problems.push({ field: 'numerator', reason: 'must be a non-negative integer' });
      if (denominator === null)
        problems.push({ field: 'denominator', reason: 'is required for a proportion' });
      else if (!Number.isInteger(denominator) || denominator <= 0)
        problems.push({ field: 'denominator', reason: 'must be an integer greater than 0' });
      if (problems.length === before && numerator !== null && denominator !== null && numerator > denominator)
        problems.push({ field: 'numerator', reason: 'must not exceed the denominator' });
      stored = { numerator, denominator, value: null, expected: null };
      if (numerator !== null && denominator !== null) plotted = (numerator / denominator) * shape.multiplier;
      break;
    case 'rate':
      plottedField = 'numerator';
      if (numerator === null)
        problems.push({ field: 'numerator', reason: 'is required for a rate (the count of events)' });
      else if (!isCount(numerator))
        problems.push({ field: 'numerator', reason: 'must be a non-negative integer' });
      if (denominator === null)
        problems.push({ field: 'denominator', reason: 'is required for a rate (the exposure)' });
      else if (denominator <= 0) problems.push({ field: 'denominator', reason: 'must be greater than 0' });
      stored = { numerator, denominator, value: null, expected: null };
      if (numerator !== null && denominator !== null) plotted = (numerator / denominator) * shape.multiplier;
      break;
    case 'ratio':
      plottedField = 'numerator';
      if (numerator === null)
        problems.push({ field: 'numerator', reason: 'is required for a ratio (the observed count)' });
      else if (numerator < 0) problems.push({ field: 'numerator', reason: 'must not be negative' });
      if (expected === null) problems.push({ field: 'expected', reason: 'is required for a ratio' });
      else if (expected <= 0) problems.push({ field: 'expected', reason: 'must be greater than 0' });
      stored = { numerator, denominator, value: null, expected };
      if (numerator !== null && expected !== null) plotted = (numerator / expected) * shape.multiplier;
      break;
    case 'count':
      if (value === null) problems.push({ field: 'value', reason: 'is required for a count' });
      else if (!isCount(value)) problems.push({ field: 'value', reason: 'must be a non-negative integer' });
      stored = { numerator: null, denominator, value, expected: null };
      if (value !== null) plotted = value;
      break;
    case 'continuous':
      if (value === null) problems.push({ field: 'value', reason: 'is required for a continuous measure' });
      stored = { numerator: null, denominator, value, expected: null };
      if (value !== null) plotted = value;
      break;
  }
  if (
    rules.denominatorRequired &&
    denominator === null &&
    (shape.valueType === 'count' || shape.valueType === 'continuous' || shape.valueType === 'ratio')
  ) {
    problems.push({ field: 'denominator', reason: 'is required by the measure’s data-quality rules' });
  }
  if (problems.length > before) return undefined;
  const { plausibleMin, plausibleMax } = rules;
  if (
    (plausibleMin !== undefined && plotted < plausibleMin) ||
    (plausibleMax !== undefined && plotted > plausibleMax)
  ) {
    problems.push({
      field: plottedField,
      reason: `gives ${round(plotted)}, outside the plausible range ${plausibleMin ?? '-∞'} to ${plausibleMax ?? '∞'} of the measure`,
    });
    return undefined;
  }
  return { stored, plotted };
}

export const round = (value: number) => Number(value.toPrecision(6));

/** Identical numbers and status: the row repeats the current observation. */
export function sameObservation(
  a: StoredValues & { status: string },
  b: StoredValues & { status: string },
): boolean {
  return (
    a.numerator === b.numerator &&
    a.denominator === b.denominator &&
    a.value === b.value &&
    a.expected === b.expected &&
    a.status === b.status
  );
}

/** Days since 1970-01-01 of an ISO date already known to be valid. */
export function dayNumber(isoDate: string): number {
  return (
    Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) /
    86_400_000
  );
}
