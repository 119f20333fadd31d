import { describe, expect, it } from 'vitest';
import { cycleThrough, type ThreadEdge } from './golden-thread.js';

// ward ─▶ directorate ─▶ trust ─▶ national
//                 └────▶ system
const ward = '0193b6f2-0000-7000-8000-00000000d001';
const directorate = '0193b6f2-0000-7000-8000-00000000d002';
const trust = '0193b6f2-0000-7000-8000-00000000d003';
const national = '0193b6f2-0000-7000-8000-00000000d004';
const system = '0193b6f2-0000-7000-8000-00000000d005';
const other = '0193b6f2-0000-7000-8000-00000000d006';

const edges: ThreadEdge[] = [
  { fromMeasureId: ward, toMeasureId: directorate },
  { fromMeasureId: directorate, toMeasureId: trust },
  { fromMeasureId: trust, toMeasureId: national },
  { fromMeasureId: directorate, toMeasureId: system },
];

describe('cycleThrough', () => {
  it('refuses a measure contributing to itself', () => {
    expect(cycleThrough(trust, trust, edges)).toEqual([trust, trust]);
  });

  it('allows a link into an unconnected measure', () => {
    expect(cycleThrough(national, other, edges)).toBeNull();
    expect(cycleThrough(other, ward, edges)).toBeNull();
  });

  it('allows a shortcut along the direction of the thread', () => {
    expect(cycleThrough(ward, national, edges)).toBeNull();
    expect(cycleThrough(ward, trust, edges)).toBeNull();
  });

  it('refuses closing a loop of two', () => {
    expect(cycleThrough(directorate, ward, edges)).toEqual([directorate, ward, directorate]);
  });

  it('refuses closing a longer loop and names it in order', () => {
    expect(cycleThrough(national, ward, edges)).toEqual([national, ward, directorate, trust, national]);
  });

  it('refuses a loop through a branch', () => {
    expect(cycleThrough(system, ward, edges)).toEqual([system, ward, directorate, system]);
  });

  it('ends on a graph that already holds a loop elsewhere', () => {
    const looped: ThreadEdge[] = [
      ...edges,
      { fromMeasureId: other, toMeasureId: system },
      { fromMeasureId: system, toMeasureId: other },
    ];
    expect(cycleThrough(national, system, looped)).toBeNull();
    expect(cycleThrough(other, ward, looped)).toEqual([other, ward, directorate, system, other]);
  });
});
