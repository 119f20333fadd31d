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
