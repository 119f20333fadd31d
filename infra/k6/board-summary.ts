// A board reads its Making Data Count summary and its charts.
//   k6 run -e PROFILE=load -e VIEWER_TOKEN=$(npm run -s token -- --org barts-health --role viewer) infra/k6/board-summary.ts
import { check, group } from 'k6';
import http from 'k6/http';
import { authorised, BASE_URL, items, journeyOptions, requiredEnv } from './lib/profile.ts';

export const options = journeyOptions('board_summary');
const token = requiredEnv('VIEWER_TOKEN');
// The demo data runs to March 2019: the board as it stood then.
const AS_OF = __ENV.AS_OF ?? '2019-04-30';

export function setup() {
  const sets = items<{ id: string; code: string; items: { measureId: string }[] }>(
    http.get(`${BASE_URL}/v1/measure-sets?limit=100`, authorised(token)).body,
  );
  const set = sets.find((candidate) => candidate.code === (__ENV.MEASURE_SET ?? 'uec-board')) ?? sets[0];
  if (!set) throw new Error('no measure set visible to this viewer');
  return { setId: set.id, measureIds: (set.items ?? []).map((item) => item.measureId) };
}

export default function (data: ReturnType<typeof setup>) {
  group('summary', () => {
    const response = http.get(
      `${BASE_URL}/v1/board-summary?measureSetId=${data.setId}&asOf=${AS_OF}`,
      authorised(token),
    );
    check(response, { 'summary 200': (r) => r.status === 200 });
  });
  group('charts', () => {
    const board = http.get(
      `${BASE_URL}/v1/board-summary.svg?measureSetId=${data.setId}&asOf=${AS_OF}&points=24`,
      authorised(token),
    );
    check(board, {
      'board chart is SVG': (r) => r.status === 200 && String(r.headers['Content-Type']).includes('svg'),
    });
    for (const measureId of data.measureIds.slice(0, 3)) {
      const chart = http.get(`${BASE_URL}/v1/measures/${measureId}/spc.svg`, authorised(token));
      check(chart, { 'SPC chart 200': (r) => r.status === 200 });
    }
  });
}
