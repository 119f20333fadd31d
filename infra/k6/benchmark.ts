// The national body runs a benchmark (funnel plot) and reads it back.
//   k6 run -e PROFILE=load -e ANALYST_TOKEN=$(npm run -s token -- --org national-quality-body --role analyst) infra/k6/benchmark.ts
import { check } from 'k6';
import exec from 'k6/execution';
import http from 'k6/http';
import { authorised, BASE_URL, items, journeyOptions, requiredEnv } from './lib/profile.ts';

export const options = journeyOptions('benchmark');
const token = requiredEnv('ANALYST_TOKEN');
const QUARTERS = ['2018-Q2', '2018-Q3', '2018-Q4', '2019-Q1'];

export function setup() {
  const programmes = items<{ id: string; code: string }>(
    http.get(`${BASE_URL}/v1/programmes?limit=100`, authorised(token)).body,
  );
  const programme = programmes.find((candidate) => candidate.code === (__ENV.PROGRAMME ?? 'uec-flow'));
  const measures = items<{ id: string; code: string }>(
    http.get(`${BASE_URL}/v1/measures?limit=100`, authorised(token)).body,
  );
  const measure = measures.find((candidate) => candidate.code === (__ENV.MEASURE ?? 'AE-4HR'));
  if (!programme || !measure) throw new Error('demo programme or measure not visible to this analyst');
  return { programmeId: programme.id, measureId: measure.id };
}

export default function (data: ReturnType<typeof setup>) {
  const quarter = QUARTERS[exec.scenario.iterationInTest % QUARTERS.length];
  const created = http.post(
    `${BASE_URL}/v1/benchmark-runs`,
    JSON.stringify({
      programmeId: data.programmeId,
      measureId: data.measureId,
      period: { type: 'quarter', quarter },
    }),
    authorised(token),
  );
  if (!check(created, { 'run created': (r) => r.status === 201 })) return;
  const run = created.json() as { id: string };
  check(http.get(`${BASE_URL}/v1/benchmark-runs/${run.id}`, authorised(token)), {
    'run read': (r) => r.status === 200,
  });
  check(http.get(`${BASE_URL}/v1/benchmark-runs/${run.id}/funnel.svg`, authorised(token)), {
    'funnel plot 200': (r) => r.status === 200,
  });
}
