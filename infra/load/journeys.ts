// The four journeys of the load test, as independent requests so an open-loop driver can send
// them at a fixed rate whatever the latency (the same journeys as infra/k6/*.ts).
import type { LoadFixtures } from './fixtures.js';

export interface Step {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  token: string;
  body?: string;
  /** Status codes that count as success. */
  ok: number[];
}

export interface Journey {
  name: string;
  /** Share of the requests, out of the weights' sum. */
  weight: number;
  next(sequence: number): Step;
}

const months = (() => {
  const list: string[] = [];
  for (let year = 2016; year <= 2019; year++) {
    for (let month = 1; month <= 12; month++) {
      const period = `${year}-${String(month).padStart(2, '0')}-01`;
      if (period >= '2016-04-01' && period <= '2019-03-01') list.push(period);
    }
  }
  return list;
})();

/**
 * Every journey's steps repeat every 1, 3 or 4 sequence numbers, so `sequence + STEP_CYCLE * n`
 * is the same step with new values (a revision, another finding, another run).
 */
export const STEP_CYCLE = 12;

export function journeys(target: LoadFixtures): Journey[] {
  const { ids, tokens } = target;
  return [
    {
      // A trust's system sends a month of its three A&E measures (a revision of stored data).
      name: 'trust submits a batch',
      weight: 25,
      next: (sequence) => {
        const period = months[sequence % months.length] as string;
        const attendances = 8000 + (sequence % 4000);
        const breaches = 1000 + (sequence % 900);
        return {
          name: 'POST /v1/submissions',
          method: 'POST',
          path: '/v1/submissions',
          token: tokens.submitters[sequence % tokens.submitters.length] as string,
          body: JSON.stringify({
            rows: [
              {
                measureId: ids.measures.fourHour,
                period,
                numerator: attendances - breaches,
                denominator: attendances,
                status: 'final',
              },
              { measureId: ids.measures.attendances, period, value: attendances, status: 'final' },
              { measureId: ids.measures.admissions, period, value: 2000 + (sequence % 500), status: 'final' },
            ],
          }),
          ok: [200, 201],
        };
      },
    },
    {
      // A board reads its Making Data Count summary and its charts.
      name: 'board reads summary and charts',
      weight: 40,
      next: (sequence) => {
        const steps: Step[] = [
          {
            name: 'GET /v1/board-summary',
            method: 'GET',
            path: `/v1/board-summary?measureSetId=${ids.measureSet}&asOf=2019-04-30`,
            token: tokens.boardViewer,
            ok: [200],
          },
          {
            name: 'GET /v1/board-summary.svg',
            method: 'GET',
            path: `/v1/board-summary.svg?measureSetId=${ids.measureSet}&asOf=2019-04-30&points=24`,
            token: tokens.boardViewer,
            ok: [200],
          },
          {
            name: 'GET /v1/measures/{id}/spc.svg',
            method: 'GET',
            path: `/v1/measures/${ids.measures.fourHour}/spc.svg`,
            token: tokens.boardViewer,
            ok: [200],
          },
        ];
        return steps[sequence % steps.length] as Step;
      },
    },
    {
      // The national body runs a benchmark and reads runs and funnel plots.
      name: 'national body benchmarks',
      weight: 15,
      next: (sequence) => {
        const quarters = ['2018-Q2', '2018-Q3', '2018-Q4', '2019-Q1'];
        const steps: Step[] = [
          {
            name: 'POST /v1/benchmark-runs',
            method: 'POST',
            path: '/v1/benchmark-runs',
            token: tokens.analyst,
            body: JSON.stringify({
              programmeId: ids.programme,
              measureId: ids.measures.fourHour,
              period: { type: 'quarter', quarter: quarters[sequence % quarters.length] },
            }),
            ok: [201],
          },
          {
            name: 'GET /v1/benchmark-runs/{id}',
            method: 'GET',
            path: `/v1/benchmark-runs/${ids.benchmarkRun}`,
            token: tokens.analyst,
            ok: [200],
          },
          {
            name: 'GET /v1/benchmark-runs/{id}/funnel.svg',
            method: 'GET',
            path: `/v1/benchmark-runs/${ids.benchmarkRun}/funnel.svg`,
            token: tokens.analyst,
            ok: [200],
          },
          {
            name: 'GET /v1/benchmark-runs',
            method: 'GET',
            path: '/v1/benchmark-runs?limit=20',
            token: tokens.analyst,
            ok: [200],
          },
        ];
        return steps[sequence % steps.length] as Step;
      },
    },
    {
      // An inspector records findings during fieldwork and reads them back.
      name: 'inspector records findings',
      weight: 20,
      next: (sequence) => {
        const steps: Step[] = [
          {
            name: 'POST /v1/inspections/{id}/findings',
            method: 'POST',
            path: `/v1/inspections/${ids.inspection}/findings`,
            token: tokens.inspector,
            body: JSON.stringify({
              type: 'requirement',
              severity: 'high',
              statement: `Escalation of deteriorating patients must be recorded on every shift (${sequence}).`,
              dueOn: '2026-09-30',
            }),
            ok: [201],
          },
          {
            name: 'GET /v1/inspections/{id}/findings',
            method: 'GET',
            path: `/v1/inspections/${ids.inspection}/findings?limit=20`,
            token: tokens.inspector,
            ok: [200],
          },
          {
            name: 'GET /v1/inspections/{id}',
            method: 'GET',
            path: `/v1/inspections/${ids.inspection}`,
            token: tokens.inspector,
            ok: [200],
          },
        ];
        return steps[sequence % steps.length] as Step;
      },
    },
  ];
}
