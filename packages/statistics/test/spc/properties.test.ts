import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseSpc, type SpcInputPoint, type SpcOptions, type SpcResult } from '../../src/spc/index.js';
import { periodOf } from './fixtures.js';

const toPoints = (values: number[]): SpcInputPoint[] =>
  values.map((value, i) => ({ period: periodOf(i + 1), value }));
const values = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 60 });
const directions = fc.constantFrom('increase' as const, 'decrease' as const);
const mdcOptions = fc.record({
  screenMovingRanges: fc.boolean(),
  runLength: fc.constantFrom(6 as const, 7 as const),
  twoOfThreeIncludesBeyondLimits: fc.boolean(),
});

const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('SPC invariants (fast-check)', () => {
  it('XmR limits and 2-sigma lines are symmetric about the centre', () => {
    fc.assert(
      fc.property(values, mdcOptions, (v, opts) => {
        const r = analyseSpc(toPoints(v), { ruleFamily: 'mdc', chart: 'xmr', ...opts });
        for (const p of r.points) {
          if (p.centre === null || p.upperProcessLimit === null) continue;
          expect(close(p.upperProcessLimit - p.centre, p.centre - p.lowerProcessLimit!)).toBe(true);
          expect(close(p.upperTwoSigma! - p.centre, p.centre - p.lowerTwoSigma!)).toBe(true);
          expect(close((p.upperTwoSigma! - p.centre) * 3, (p.upperProcessLimit - p.centre) * 2)).toBe(true);
        }
      }),
    );
  });

  it('p and pp limits stay within [0, 1]', () => {
    const point = fc
      .integer({ min: 0, max: 5000 })
      .chain((den) =>
        fc.record({ numerator: fc.integer({ min: 0, max: den }), denominator: fc.constant(den) }),
      );
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 50 }),
        fc.constantFrom('p' as const, 'pp' as const),
        (pts, chart) => {
          const r = analyseSpc(
            pts.map((p, i) => ({ period: periodOf(i + 1), ...p })),
            { ruleFamily: 'anhoej', chart },
          );
          for (const p of r.points) {
            for (const line of [p.lowerProcessLimit, p.upperProcessLimit, p.lowerTwoSigma, p.upperTwoSigma]) {
              if (line !== null) {
                expect(line).toBeGreaterThanOrEqual(0);
                expect(line).toBeLessThanOrEqual(1);
              }
            }
          }
        },
      ),
    );
  });

  const signature = (r: SpcResult) => r.points.map((p) => `${p.specialCauses.join('+')}:${p.classification}`);

  it('shifting all values by a constant shifts centre and limits and changes no signal (XmR and I)', () => {
    fc.assert(
      fc.property(
        values,
        fc.integer({ min: -100000, max: 100000 }),
        mdcOptions,
        fc.constantFrom<SpcOptions>(
          { ruleFamily: 'mdc', chart: 'xmr' },
          { ruleFamily: 'anhoej', chart: 'i' },
        ),
        (v, shift, opts, family) => {
          const a = analyseSpc(toPoints(v), { ...family, ...opts });
          const b = analyseSpc(toPoints(v.map((x) => x + shift)), { ...family, ...opts });
          expect(signature(b)).toEqual(signature(a));
          expect(b.variationIcon).toBe(a.variationIcon);
          a.points.forEach((p, i) => {
            const q = b.points[i]!;
            expect(close(q.centre, p.centre === null ? null : p.centre + shift)).toBe(true);
            expect(
              close(q.upperProcessLimit, p.upperProcessLimit === null ? null : p.upperProcessLimit + shift),
            ).toBe(true);
            expect(
              close(q.lowerProcessLimit, p.lowerProcessLimit === null ? null : p.lowerProcessLimit + shift),
            ).toBe(true);
          });
        },
      ),
    );
  });

  it('reversing the improvement direction swaps improvement and concern (points and icons)', () => {
    const swap: Record<string, string> = {
      improvement: 'concern',
      concern: 'improvement',
      improvementHigh: 'concernHigh',
      concernHigh: 'improvementHigh',
      improvementLow: 'concernLow',
      concernLow: 'improvementLow',
      consistentlyPassing: 'consistentlyFailing',
      consistentlyFailing: 'consistentlyPassing',
    };
    const flip = (x: string | null) => (x === null ? null : (swap[x] ?? x));
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 13, maxLength: 60 }),
        directions,
        fc.integer({ min: -60, max: 60 }),
        fc.constantFrom<Pick<SpcOptions, 'ruleFamily' | 'chart'>>(
          { ruleFamily: 'mdc', chart: 'xmr' },
          { ruleFamily: 'anhoej', chart: 'i' },
          { ruleFamily: 'anhoej', chart: 'run' },
        ),
        (v, direction, target, family) => {
          const other = direction === 'increase' ? 'decrease' : 'increase';
          const a = analyseSpc(toPoints(v), { ...family, improvementDirection: direction, target });
          const b = analyseSpc(toPoints(v), { ...family, improvementDirection: other, target });
          expect(b.points.map((p) => p.classification)).toEqual(a.points.map((p) => flip(p.classification)));
          expect(b.points.map((p) => p.specialCauses)).toEqual(a.points.map((p) => p.specialCauses));
          expect(b.variationIcon).toBe(flip(a.variationIcon));
          expect(b.assuranceIcon).toBe(flip(a.assuranceIcon));
        },
      ),
    );
  });

  it('never throws on missing values, and missing points are not assessed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom<SpcOptions['chart']>('xmr', 'run', 'i', 'mr', 'c', 'g'),
        (v, chart) => {
          const r = analyseSpc(
            v.map((value, i) => ({ period: periodOf(i + 1), value })),
            { ruleFamily: chart === 'xmr' ? 'mdc' : 'anhoej', chart },
          );
          v.forEach((x, i) => {
            if (x === null) expect(r.points[i]!.classification).toBe('notAssessed');
          });
          expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        },
      ),
    );
  });
});
