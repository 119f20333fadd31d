import { describe, expect, it } from 'vitest';
import { alignmentOf } from './alignment.js';

describe('alignmentOf', () => {
  it('is all zero for an empty set', () => {
    expect(alignmentOf([])).toEqual({
      measures: 0,
      byUse: { quality_control: 0, assurance: 0, improvement: 0 },
      multiUse: 0,
      multiUseShare: 0,
      allUses: 0,
    });
  });

  it('counts measures by use and the share used for more than one', () => {
    expect(
      alignmentOf([
        { uses: ['quality_control', 'assurance', 'improvement'] },
        { uses: ['quality_control', 'assurance'] },
        { uses: ['improvement'] },
      ]),
    ).toEqual({
      measures: 3,
      byUse: { quality_control: 2, assurance: 2, improvement: 2 },
      multiUse: 2,
      multiUseShare: 0.6667,
      allUses: 1,
    });
  });

  it('counts a repeated use once', () => {
    expect(alignmentOf([{ uses: ['assurance', 'assurance'] }]).multiUse).toBe(0);
  });
});
