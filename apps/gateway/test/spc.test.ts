import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, startTestPlatform, type TestPlatform } from './harness.js';

/** Monthly type-1 attendances of one trust from the demo data (NHS England A&E, CC0). */
function attendances(org: string) {
  const lines = readFileSync(
    new URL('../../../data/ae-attendances/ae_attendances.csv', import.meta.url),
    'utf8',
  ).split('\n');
  return lines
    .slice(1)
    .map((line) => line.replaceAll('"', '').split(','))
    .filter((cells) => cells[1] === org && cells[2] === '1')
    .map((cells) => ({ period: cells[0] ?? '', value: Number(cells[3]) }))
    .sort((a, b) => a.period.localeCompare(b.period));
}

describe.each(engines)('POST /v1/spc through the gateway on %s', (engine) => {
  let t: TestPlatform;
  let token: string;
  beforeAll(async () => {
    t = await startTestPlatform(engine);
    token = await t.token('barts-health', 'viewer');
  });
  afterAll(() => t?.close());

  it('analyses a real series with the Making Data Count rules', async () => {
    const points = attendances('R1H');
    expect(points).toHaveLength(36);
    const response = await t.fetch('/v1/spc', {
      token,
      ...json({ ruleFamily: 'mdc', chart: 'xmr', improvementDirection: 'neutral', points }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      points: { period: string; centre: number; upperProcessLimit: number; lowerProcessLimit: number }[];
      engine: { version: string };
      ruleFamily: string;
    };
    expect(body.points).toHaveLength(36);
    expect(body.ruleFamily).toBe('mdc');
    expect(body.engine.version).toMatch(/^\d+\.\d+\.\d+$/);
    // Centre is the mean of the values (the definition), limits symmetric about it.
    const mean = points.reduce((sum, point) => sum + point.value, 0) / points.length;
    const first = body.points[0];
    expect(first?.centre).toBeCloseTo(mean, 6);
    if (first)
      expect(first.upperProcessLimit - first.centre).toBeCloseTo(first.centre - first.lowerProcessLimit, 6);
  });

  it('points at the bad field of an invalid request', async () => {
    const response = await t.fetch('/v1/spc', {
      token,
      ...json({ ruleFamily: 'mdc', points: [{ period: '2019-13-01', value: 'high' }] }),
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { pointer: string }[] };
    const pointers = problem.errors.map((error) => error.pointer);
    expect(pointers).toContain('/body/points/0/period');
    expect(pointers).toContain('/body/points/0/value');
  });

  it('answers 422 with a pointer for duplicate periods', async () => {
    const points = attendances('R1H').slice(0, 14);
    points.push({ period: points[3]?.period ?? '', value: 1 });
    const response = await t.fetch('/v1/spc', { token, ...json({ ruleFamily: 'mdc', points }) });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { pointer: string }[] };
    expect(problem.errors[0]?.pointer).toMatch(/^\/body\/points\/\d+\/period$/);
  });

  it('accepts a series of 10,000 points', async () => {
    const start = Date.UTC(2000, 0, 1);
    const points = Array.from({ length: 10_000 }, (_, index) => ({
      period: new Date(start + index * 86_400_000).toISOString().slice(0, 10),
      value: 100 + ((index * 7919) % 23),
    }));
    const response = await t.fetch('/v1/spc', { token, ...json({ ruleFamily: 'mdc', points }) });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { points: unknown[] }).points).toHaveLength(10_000);
  });

  it('needs an authenticated caller', async () => {
    const response = await t.fetch('/v1/spc', json({ ruleFamily: 'mdc', points: [] }));
    expect(response.status).toBe(401);
  });
});
