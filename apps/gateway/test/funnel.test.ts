import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, startTestPlatform, type TestPlatform } from './harness.js';

/** Type-1 A&E, March 2019, one row per trust, from the demo data (NHS England, CC0). */
function breachesMarch2019() {
  const lines = readFileSync(
    new URL('../../../data/ae-attendances/ae_attendances.csv', import.meta.url),
    'utf8',
  ).split('\n');
  return lines
    .slice(1)
    .map((line) => line.replaceAll('"', '').split(','))
    .filter((cells) => cells[0] === '2019-03-01' && cells[2] === '1')
    .map((cells) => ({ id: cells[1] ?? '', numerator: Number(cells[4]), denominator: Number(cells[3]) }));
}

interface FunnelBody {
  engineVersion: string;
  target: number;
  overdispersion: { phi: number | null; applied: boolean };
  organisations: { id: string; band: string; value: number }[];
}

describe.each(engines)('POST /v1/funnel through the gateway on %s', (engine) => {
  let t: TestPlatform;
  let token: string;
  beforeAll(async () => {
    t = await startTestPlatform(engine);
    token = await t.token('national-quality-body', 'analyst');
  });
  afterAll(() => t?.close());

  it('compares the 134 trusts on 4-hour breaches, with over-dispersion', async () => {
    const rows = breachesMarch2019();
    expect(rows).toHaveLength(134);
    const plain = await t.fetch('/v1/funnel', { token, ...json({ dataType: 'proportion', rows }) });
    expect(plain.status).toBe(200);
    const unadjusted = (await plain.json()) as FunnelBody;
    expect(unadjusted.organisations).toHaveLength(134);
    // The pooled target is total breaches over total attendances (the definition).
    const pooled =
      rows.reduce((sum, row) => sum + row.numerator, 0) / rows.reduce((sum, row) => sum + row.denominator, 0);
    expect(unadjusted.target).toBeCloseTo(pooled, 10);
    const adjustedResponse = await t.fetch('/v1/funnel', {
      token,
      ...json({ dataType: 'proportion', rows, options: { overdispersion: { adjustment: 'additive' } } }),
    });
    const adjusted = (await adjustedResponse.json()) as FunnelBody;
    expect(adjusted.overdispersion.applied).toBe(true);
    expect(adjusted.overdispersion.phi).toBeGreaterThan(1);
    const outside = (body: FunnelBody) =>
      body.organisations.filter((organisation) => organisation.band.startsWith('alarm')).length;
    // Huge denominators and heavy over-dispersion: most trusts are "outliers" until it is allowed for.
    expect(outside(adjusted)).toBeLessThan(outside(unadjusted));
  });

  it('rejects a zero denominator per row with a pointer, and bad options with 400', async () => {
    const rows = breachesMarch2019().slice(0, 12);
    rows[4] = { id: 'ZERO', numerator: 0, denominator: 0 };
    const response = await t.fetch('/v1/funnel', { token, ...json({ dataType: 'proportion', rows }) });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { pointer: string }[] };
    expect(problem.errors.map((error) => error.pointer)).toContain('/body/rows/4/denominator');
    const badType = await t.fetch('/v1/funnel', { token, ...json({ dataType: 'percentage', rows }) });
    expect(badType.status).toBe(400);
  });

  it('accepts 10,000 organisations', async () => {
    const rows = Array.from({ length: 10_000 }, (_, index) => ({
      id: `ORG${index}`,
      numerator: 20 + (index % 37),
      denominator: 400 + ((index * 7919) % 900),
    }));
    const response = await t.fetch('/v1/funnel', { token, ...json({ dataType: 'proportion', rows }) });
    expect(response.status).toBe(200);
    expect(((await response.json()) as FunnelBody).organisations).toHaveLength(10_000);
  });
});
