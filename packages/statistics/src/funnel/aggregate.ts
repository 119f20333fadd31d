import type { FunnelInputIssue } from './errors.js';
import type { FunnelDataType, FunnelRow } from './types.js';

export interface AggregatedOrganisation {
  id: string;
  rows: number;
  numerator: number;
  denominator: number;
}

/**
 * Per-row checks. Every bad row is reported, each with a pointer to the offending field, so a caller can
 * fix a whole file in one pass.
 */
export function validateRows(
  dataType: FunnelDataType,
  rows: readonly FunnelRow[],
  requireWholeDenominators: boolean,
): FunnelInputIssue[] {
  const issues: FunnelInputIssue[] = [];
  if (rows.length === 0) issues.push({ pointer: '/rows', detail: 'at least one row is required' });
  rows.forEach((row, i) => {
    if (typeof row.id !== 'string' || row.id.length === 0) {
      issues.push({ pointer: `/rows/${i}/id`, detail: 'id must be a non-empty string' });
    }
    const { numerator, denominator } = row;
    if (!Number.isFinite(numerator) || numerator < 0) {
      issues.push({ pointer: `/rows/${i}/numerator`, detail: 'numerator must be a finite number ≥ 0' });
    }
    if (!Number.isFinite(denominator) || denominator < 0) {
      issues.push({ pointer: `/rows/${i}/denominator`, detail: 'denominator must be a finite number > 0' });
    } else if (denominator === 0) {
      issues.push({
        pointer: `/rows/${i}/denominator`,
        detail:
          'denominator is zero: the organisation has no cases, expected events or exposure, so it has no value to plot',
      });
    } else if (requireWholeDenominators && !Number.isInteger(denominator)) {
      issues.push({
        pointer: `/rows/${i}/denominator`,
        detail:
          'exact binomial limits need a whole number of cases; use the wilson, normal or funnelplotr method',
      });
    }
    if (
      dataType === 'proportion' &&
      Number.isFinite(numerator) &&
      numerator > denominator &&
      denominator > 0
    ) {
      issues.push({
        pointer: `/rows/${i}/numerator`,
        detail: `numerator (${numerator}) exceeds denominator (${denominator}); a proportion cannot exceed 1`,
      });
    }
  });
  return issues;
}

/**
 * Organisations as parallel columns rather than one object each: the engine only reads these numbers in
 * tight loops, and one object per organisation that lives only for the call added to the garbage-collection
 * time the profile showed. Index i is the i-th organisation in order of first appearance.
 */
export interface OrganisationColumns {
  count: number;
  ids: string[];
  rows: Int32Array;
  numerators: Float64Array;
  denominators: Float64Array;
}

/**
 * Sum rows sharing an id, keeping organisations in order of first appearance. Sums are accumulated in row
 * order, exactly as aggregateRows does, so the totals are bit-for-bit the same.
 */
export function aggregateColumns(rows: readonly FunnelRow[]): OrganisationColumns {
  // Usually every row is its own organisation. One Set.add per row proves that (the set ends up as large
  // as the input), and then the columns are the rows themselves; this halves the hash lookups of the
  // general get-then-set pass below, which runs only when some id repeats.
  const seen = new Set<string>();
  for (let r = 0; r < rows.length; r += 1) seen.add((rows[r] as FunnelRow).id);
  if (seen.size === rows.length) {
    const ids = new Array<string>(rows.length);
    const numerators = new Float64Array(rows.length);
    const denominators = new Float64Array(rows.length);
    for (let r = 0; r < rows.length; r += 1) {
      const row = rows[r] as FunnelRow;
      ids[r] = row.id;
      numerators[r] = row.numerator;
      denominators[r] = row.denominator;
    }
    return { count: rows.length, ids, rows: new Int32Array(rows.length).fill(1), numerators, denominators };
  }
  const indexById = new Map<string, number>();
  const ids: string[] = [];
  // Sized for the worst case (every row its own organisation) and trimmed below.
  const rowCounts = new Int32Array(rows.length);
  const numerators = new Float64Array(rows.length);
  const denominators = new Float64Array(rows.length);
  let count = 0;
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r] as FunnelRow;
    const found = indexById.get(row.id);
    if (found === undefined) {
      indexById.set(row.id, count);
      ids.push(row.id);
      rowCounts[count] = 1;
      numerators[count] = row.numerator;
      denominators[count] = row.denominator;
      count += 1;
    } else {
      rowCounts[found] = (rowCounts[found] as number) + 1;
      numerators[found] = (numerators[found] as number) + row.numerator;
      denominators[found] = (denominators[found] as number) + row.denominator;
    }
  }
  return {
    count,
    ids,
    rows: rowCounts.subarray(0, count),
    numerators: numerators.subarray(0, count),
    denominators: denominators.subarray(0, count),
  };
}

/** Sum rows sharing an id, keeping organisations in order of first appearance. */
export function aggregateRows(rows: readonly FunnelRow[]): AggregatedOrganisation[] {
  const byId = new Map<string, AggregatedOrganisation>();
  for (const row of rows) {
    const found = byId.get(row.id);
    if (found) {
      found.rows += 1;
      found.numerator += row.numerator;
      found.denominator += row.denominator;
    } else {
      byId.set(row.id, { id: row.id, rows: 1, numerator: row.numerator, denominator: row.denominator });
    }
  }
  return [...byId.values()];
}
