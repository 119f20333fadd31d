import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseFunnel, type FunnelLimitMethod, type FunnelRow } from '../../src/funnel/index.js';

/** Limits at two denominators n1 < n2 around a fixed target, from a two-organisation analysis. */
function limitsAt(
  dataType: 'proportion' | 'ratio',
  method: FunnelLimitMethod,
  target: number,
  denominators: readonly number[],
) {
  const rows: FunnelRow[] = denominators.map((n, i) => ({ id: String(i), numerator: 0, denominator: n }));
  return analyseFunnel({ dataType, rows, options: { target, limitMethod: method } }).organisations.map(
    (o) => o.limits,
  );
}

describe('invariants (fast-check)', () => {
  it('smooth methods: limits widen as the denominator shrinks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<FunnelLimitMethod>('normal', 'wilson', 'funnelplotr'),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (method, target, a, b) => {
          fc.pre(a !== b);
          const [small, large] = a < b ? [a, b] : [b, a];
          const [l1, l2] = limitsAt('proportion', method, target, [small, large]);
          l1?.forEach((lim, i) => {
            expect(lim.lower).toBeLessThanOrEqual((l2?.[i]?.lower as number) + 1e-12);
            expect(lim.upper).toBeGreaterThanOrEqual((l2?.[i]?.upper as number) - 1e-12);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('exact limits widen as the denominator shrinks, up to discreteness (≤ 1 % of the funnel width)', () => {
    // Spiegelhalter's interpolation smooths but does not make the discrete limits strictly monotone; with at
    // least 10 expected events and non-events the residual wiggle is below 1 % of the 95 % funnel width.
    fc.assert(
      fc.property(
        fc.double({ min: 0.02, max: 0.98, noNaN: true }),
        fc.integer({ min: 1, max: 50_000 }),
        fc.integer({ min: 1, max: 50_000 }),
        (target, a, b) => {
          const floor = Math.ceil(10 / Math.min(target, 1 - target));
          const [small, large] = [Math.max(floor, Math.min(a, b)), Math.max(floor, Math.max(a, b))];
          fc.pre(small < large);
          const [l1, l2] = limitsAt('proportion', 'exact', target, [small, large]);
          const width = (l2?.[0]?.upper as number) - (l2?.[0]?.lower as number);
          l1?.forEach((lim, i) => {
            expect(lim.lower).toBeLessThanOrEqual((l2?.[i]?.lower as number) + 0.01 * width);
            expect(lim.upper).toBeGreaterThanOrEqual((l2?.[i]?.upper as number) - 0.01 * width);
          });
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.double({ min: 10, max: 100_000, noNaN: true }),
        fc.double({ min: 10, max: 100_000, noNaN: true }),
        (a, b) => {
          fc.pre(a !== b);
          const [small, large] = a < b ? [a, b] : [b, a];
          const [l1, l2] = limitsAt('ratio', 'exact', 1, [small, large]);
          const width = (l2?.[0]?.upper as number) - (l2?.[0]?.lower as number);
          l1?.forEach((lim, i) => {
            expect(lim.lower).toBeLessThanOrEqual((l2?.[i]?.lower as number) + 0.01 * width);
            expect(lim.upper).toBeGreaterThanOrEqual((l2?.[i]?.upper as number) - 0.01 * width);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('proportion limits stay within [0, 1] for every method, level and adjustment', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<FunnelLimitMethod>('exact', 'normal', 'wilson', 'funnelplotr'),
        fc.constantFrom('none', 'multiplicative', 'additive'),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 3,
          maxLength: 40,
        }),
        fc.double({ min: 0.5, max: 0.9999, noNaN: true }),
        (method, adjustment, orgs, level) => {
          const rows = orgs.map(([n, share], i) => ({
            id: String(i),
            numerator: Math.round(n * share),
            denominator: n,
          }));
          const total = rows.reduce((s, r) => s + r.numerator, 0);
          fc.pre(total > 0 && total < rows.reduce((s, r) => s + r.denominator, 0));
          const result = analyseFunnel({
            dataType: 'proportion',
            rows,
            options: { limitMethod: method, limitLevels: [level], overdispersion: { adjustment } },
          });
          for (const o of result.organisations) {
            for (const l of [...o.limits, ...o.unadjustedLimits]) {
              expect(l.lower).toBeGreaterThanOrEqual(0);
              expect(l.upper).toBeLessThanOrEqual(1);
              expect(l.lower).toBeLessThanOrEqual(l.upper);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('adjusted limits are never narrower than unadjusted ones', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('proportion', 'ratio', 'rate') as fc.Arbitrary<'proportion' | 'ratio' | 'rate'>,
        fc.constantFrom<FunnelLimitMethod>('exact', 'normal', 'wilson'),
        fc.constantFrom('multiplicative', 'additive') as fc.Arbitrary<'multiplicative' | 'additive'>,
        fc.array(fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 3,
          maxLength: 60,
        }),
        (dataType, method, adjustment, orgs) => {
          fc.pre(!(method === 'wilson' && dataType !== 'proportion'));
          const rows = orgs.map(([n, share], i) => ({
            id: String(i),
            numerator: Math.round(n * share),
            denominator: n,
          }));
          const total = rows.reduce((s, r) => s + r.numerator, 0);
          fc.pre(total > 0 && total < rows.reduce((s, r) => s + r.denominator, 0));
          const result = analyseFunnel({
            dataType,
            rows,
            options: { limitMethod: method, overdispersion: { adjustment } },
          });
          for (const o of result.organisations) {
            o.limits.forEach((l, i) => {
              const u = o.unadjustedLimits[i];
              expect(l.lower).toBeLessThanOrEqual((u?.lower as number) + 1e-12);
              expect(l.upper).toBeGreaterThanOrEqual((u?.upper as number) - 1e-12);
            });
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
