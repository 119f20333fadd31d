// A trust's system submits a batch: POST /v1/submissions with a month of its measures.
//   k6 run -e PROFILE=load -e SUBMITTER_TOKEN=$(npm run -s token -- --org barts-health --role submitter) infra/k6/submit-batch.ts
import { check } from 'k6';
import exec from 'k6/execution';
import http from 'k6/http';
import { authorised, BASE_URL, items, journeyOptions, requiredEnv } from './lib/profile.ts';

export const options = journeyOptions('submit_batch');
const token = requiredEnv('SUBMITTER_TOKEN');

interface Measure {
  id: string;
  code: string;
}

export function setup() {
  const response = http.get(`${BASE_URL}/v1/measures?limit=100`, authorised(token));
  const byCode = new Map(items<Measure>(response.body).map((measure) => [measure.code, measure.id]));
  const ids = {
    fourHour: byCode.get('AE-4HR'),
    attendances: byCode.get('AE-ATT'),
    admissions: byCode.get('AE-ADM'),
  };
  if (!ids.fourHour || !ids.attendances || !ids.admissions) throw new Error('demo A&E measures not visible');
  return ids;
}

export default function (ids: ReturnType<typeof setup>) {
  const n = exec.scenario.iterationInTest;
  // A revision of one of the 36 demo months, with figures that change between iterations.
  const month = new Date(Date.UTC(2016, 3 + (n % 36), 1)).toISOString().slice(0, 10);
  const attendances = 8000 + (n % 4000);
  const body = {
    rows: [
      {
        measureId: ids.fourHour,
        period: month,
        numerator: attendances - 1000,
        denominator: attendances,
        status: 'final',
      },
      { measureId: ids.attendances, period: month, value: attendances, status: 'final' },
      { measureId: ids.admissions, period: month, value: 2000 + (n % 500), status: 'final' },
    ],
  };
  const response = http.post(`${BASE_URL}/v1/submissions`, JSON.stringify(body), authorised(token));
  check(response, {
    'submission accepted': (r) => r.status === 200 || r.status === 201,
    'no row rejected': (r) => typeof r.body === 'string' && !r.body.includes('"outcome":"rejected"'),
  });
}
