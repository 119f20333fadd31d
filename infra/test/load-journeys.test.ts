// The journeys of `pnpm load` (load/journeys.ts), each step sent twice (the second with new
// values: a revision, another finding, another run) over real HTTP to the platform on a fresh
// PostgreSQL database, counting rate limits in Redis as the harness does. A load run only counts
// answers: a journey that an API change had turned into 4xx would have `pnpm load` measure
// refusals. Speed is not checked here; `pnpm load` prints it (docs/benchmarks.md).
import { randomBytes } from 'node:crypto';
import { postgresClient } from '@qms/db';
import { type RunningPlatform, startPlatform } from '@qms/gateway';
import { generateSecrets, type Listening, listen, loadConfig, SigningKeys } from '@qms/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadFixtures, prepareFixtures } from '../load/fixtures.js';
import { type Journey, journeys, STEP_CYCLE, type Step } from '../load/journeys.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const name = `qms_load_journeys_${randomBytes(4).toString('hex')}`;

/** Each distinct step of a journey, by name, at two sequence numbers that give it new values. */
function stepsOf(journey: Journey): [Step, Step][] {
  const seen = new Map<string, [Step, Step]>();
  for (let sequence = 0; sequence < STEP_CYCLE; sequence++) {
    const step = journey.next(sequence);
    if (!seen.has(step.name)) seen.set(step.name, [step, journey.next(sequence + STEP_CYCLE)]);
  }
  return [...seen.values()];
}

describe.skipIf(!serverUrl)('load journeys (pnpm load) against the platform on PostgreSQL', () => {
  let platform: RunningPlatform;
  let server: Listening;
  let baseUrl: string;
  let fixtures: LoadFixtures;

  beforeAll(async () => {
    const admin = postgresClient(serverUrl as string, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      QMS_RATE_LIMIT: '100000/60',
      // A database of its own on the shared Redis (faults-redis.test.ts uses 11); keys expire.
      REDIS_URL: 'redis://127.0.0.1:6379/12',
    });
    const keys = SigningKeys.fromJson(JSON.stringify(await generateSecrets()));
    platform = await startPlatform({
      config,
      keys,
      database: { kind: 'postgres', url: url.toString(), maxConnections: 2 },
    });
    server = await listen(platform.app.fetch, { port: 0, hostname: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${server.port}`;
    fixtures = await prepareFixtures(platform.app, keys, config);
  });

  afterAll(async () => {
    await server?.stop(5_000);
    await platform?.close();
    const admin = postgresClient(serverUrl as string, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  const send = async (step: Step) => {
    const response = await fetch(`${baseUrl}${step.path}`, {
      method: step.method,
      headers: { Authorization: `Bearer ${step.token}`, 'Content-Type': 'application/json' },
      ...(step.body ? { body: step.body } : {}),
    });
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      text: await response.text(),
    };
  };

  it('mixes the four journeys in the documented shares (25, 40, 15, 20 %)', () => {
    const plan = journeys(fixtures);
    expect(plan.map((journey) => [journey.name, journey.weight])).toEqual([
      ['trust submits a batch', 25],
      ['board reads summary and charts', 40],
      ['national body benchmarks', 15],
      ['inspector records findings', 20],
    ]);
  });

  it('answers every step of every journey with a success, twice, with new values the second time', async () => {
    const answered: string[] = [];
    for (const journey of journeys(fixtures)) {
      for (const pair of stepsOf(journey)) {
        for (const step of pair) {
          const answer = await send(step);
          expect(step.ok, `${step.name}: ${answer.status} ${answer.text.slice(0, 300)}`).toContain(
            answer.status,
          );
          expect(answer.type).toMatch(
            step.path.split('?')[0]?.endsWith('.svg') ? /^image\/svg\+xml/ : /json/,
          );
          answered.push(step.name);
        }
      }
    }
    // 11 distinct requests, as docs/benchmarks.md tables them.
    expect(new Set(answered).size).toBe(11);
    expect(answered).toHaveLength(22);
  });

  it('revises stored data with each submission, as under load (not repeats that change nothing)', async () => {
    const submit = journeys(fixtures)[0] as Journey;
    // The journey cycles through 36 months and the trusts' submitters: this many steps on, the
    // same trust sends the same month again, with other values.
    const cycle = 36 * fixtures.tokens.submitters.length;
    const first = await send(submit.next(1000));
    const again = await send(submit.next(1000 + cycle));
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    const summary = JSON.parse(again.text) as { revised: number; unchanged: number; received: number };
    expect(summary).toMatchObject({ received: 3, revised: 3, unchanged: 0 });
  });

  it('records the findings the inspector journey sends, each once', async () => {
    const inspector = journeys(fixtures)[3] as Journey;
    const before = await send(inspector.next(1));
    const count = (text: string) => (JSON.parse(text) as { items: unknown[] }).items.length;
    const post = inspector.next(3000);
    expect(post.method).toBe('POST');
    expect((await send(post)).status).toBe(201);
    const after = await send(inspector.next(1));
    expect(count(after.text)).toBe(Math.min(count(before.text) + 1, 20));
  });
});
