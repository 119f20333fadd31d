import { describe, expect, it } from 'vitest';
import { wouldCreateCycle } from './unit-tree.js';

// site ─ directorate ─ department ─ team
//      └ ward
const site = '0193b6f2-0000-7000-8000-000000000001';
const directorate = '0193b6f2-0000-7000-8000-000000000002';
const department = '0193b6f2-0000-7000-8000-000000000003';
const team = '0193b6f2-0000-7000-8000-000000000004';
const ward = '0193b6f2-0000-7000-8000-000000000005';

/** Ancestors of each unit, nearest first, as the recursive query returns them. */
const ancestors: Record<string, string[]> = {
  [site]: [],
  [directorate]: [site],
  [department]: [directorate, site],
  [team]: [department, directorate, site],
  [ward]: [site],
};
const above = (unit: string) => ancestors[unit] ?? [];

describe('wouldCreateCycle', () => {
  it('allows moving a unit to the root', () => {
    expect(wouldCreateCycle(department, null, [])).toBe(false);
  });

  it('refuses a unit as its own parent', () => {
    expect(wouldCreateCycle(department, department, above(department))).toBe(true);
  });

  it('refuses moving a unit under its child', () => {
    expect(wouldCreateCycle(directorate, department, above(department))).toBe(true);
  });

  it('refuses moving a unit under a deeper descendant', () => {
    expect(wouldCreateCycle(site, team, above(team))).toBe(true);
  });

  it('allows moving a unit under a sibling branch', () => {
    expect(wouldCreateCycle(department, ward, above(ward))).toBe(false);
  });

  it('allows moving a unit under one of its own ancestors', () => {
    expect(wouldCreateCycle(team, site, above(site))).toBe(false);
    expect(wouldCreateCycle(team, directorate, above(directorate))).toBe(false);
  });

  it('gives the same answer when the chain includes the new parent itself', () => {
    expect(wouldCreateCycle(ward, department, [department, ...above(department)])).toBe(false);
    expect(wouldCreateCycle(directorate, department, [department, ...above(department)])).toBe(true);
  });
});
