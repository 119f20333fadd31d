import { describe, expect, it } from 'vitest';
import { PeriodSet, periodOrdinal } from './period-set.js';

describe('periodOrdinal', () => {
  it('numbers consecutive periods consecutively', () => {
    expect(periodOrdinal('2024-01-08', 'week') - periodOrdinal('2024-01-01', 'week')).toBe(1);
    expect(periodOrdinal('1969-12-29', 'week') + 1).toBe(periodOrdinal('1970-01-05', 'week'));
    expect(periodOrdinal('2025-01-01', 'month') - periodOrdinal('2024-12-01', 'month')).toBe(1);
    expect(periodOrdinal('2025-01-01', 'quarter') - periodOrdinal('2024-10-01', 'quarter')).toBe(1);
  });
});

describe('PeriodSet', () => {
  it('tells a period seen before from a new one, growing either way', () => {
    const set = new PeriodSet();
    const ordinals = [1000, 1001, 999, 5, 40_000, 1000, 5, 3, 39_999, 40_000];
    expect(ordinals.map((ordinal) => set.add(ordinal))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      true,
      true,
      false,
    ]);
    for (const ordinal of [3, 5, 999, 1000, 1001, 39_999, 40_000]) expect(set.add(ordinal)).toBe(false);
    expect(set.add(-7)).toBe(true);
    expect(set.add(-7)).toBe(false);
    expect(set.add(4)).toBe(true);
  });

  it('agrees with a Set over random periods, in a few bytes per period', () => {
    const set = new PeriodSet();
    const reference = new Set<number>();
    let seed = 42;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const ordinal = 2_000 + (seed % 4_000);
      expect(set.add(ordinal)).toBe(!reference.has(ordinal));
      reference.add(ordinal);
    }
    // 4,000 periods in at most twice 500 bytes (the range, grown by doubling).
    expect(set.byteLength).toBeLessThanOrEqual(1_100);
  });
});
