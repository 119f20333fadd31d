import { expect } from 'vitest';
import { demoMeasureId } from '../../src/demo/demo-measures.js';
import { demoId } from '../../src/demo/demo-organisations.js';
import type { IsolationContext, IsolationModule } from './context.js';

const uecFlow = demoId('programme/uec-flow');
const fourHour = demoMeasureId('AE-4HR');
const barts = demoId('barts-health');
const guys = demoId('guys-st-thomas');
let publishedRun = '';
let draftResultsHash = '';

/**
 * Benchmarking: the attacker (an administrator of Guy's, actively enrolled in the national body's
 * programme) sees the national body's published runs only through the anonymised peer view, and
 * nothing of its drafts, inputs or other trusts.
 */
export const benchmarkingIsolation: IsolationModule = {
  async setup({ t, victim, postAs }) {
    const analyst = await t.token('national-quality-body', 'analyst');
    const body = {
      programmeId: uecFlow,
      measureId: fourHour,
      period: { type: 'quarter', quarter: '2019-Q1' },
    };
    const draft = await postAs(analyst, '/v1/benchmark-runs', body);
    victim.benchmarkDraftRun = draft.id;
    draftResultsHash = String(draft.resultsHash);
    const published = await postAs(analyst, '/v1/benchmark-runs', body);
    publishedRun = published.id;
    const response = await t.fetch(`/v1/benchmark-runs/${publishedRun}/publish`, {
      token: analyst,
      method: 'POST',
    });
    expect(response.status).toBe(200);
    const inputs = (await (
      await t.fetch(`/v1/benchmark-runs/${publishedRun}/inputs`, { token: analyst })
    ).json()) as { items: { observationId: string; organisationId: string }[] };
    victim.benchmarkBartsObservation =
      inputs.items.find((item) => item.organisationId === barts)?.observationId ?? '';
    victim.organisation = barts;
  },
  cases: ({ victim, call, expectNothingForeign }: IsolationContext) => ({
    createBenchmarkRun: async () => {
      await expectNothingForeign(
        await call('POST', '/v1/benchmark-runs', {
          programmeId: uecFlow,
          measureId: fourHour,
          period: { type: 'period', period: '2019-03-01' },
        }),
        403,
      );
    },
    listBenchmarkRuns: async () => {
      // The attacker's trust is enrolled in uec-flow: it may list the programme's published runs
      // (to open their peer views), never its drafts (the victim draft's id must not appear).
      const page = await expectNothingForeign(
        await call('GET', `/v1/benchmark-runs?programmeId=${uecFlow}`),
        200,
      );
      expect((page.items as { status: string }[]).every((item) => item.status === 'published')).toBe(true);
    },
    getBenchmarkRun: async () => {
      await expectNothingForeign(await call('GET', `/v1/benchmark-runs/${victim.benchmarkDraftRun}`), 404);
      await expectNothingForeign(await call('GET', `/v1/benchmark-runs/${publishedRun}`), 404);
    },
    getBenchmarkRunInputs: async () => {
      await expectNothingForeign(await call('GET', `/v1/benchmark-runs/${publishedRun}/inputs`), 404);
    },
    verifyBenchmarkRun: async () => {
      await expectNothingForeign(await call('GET', `/v1/benchmark-runs/${publishedRun}/verification`), 404);
    },
    publishBenchmarkRun: async () => {
      await expectNothingForeign(
        await call('POST', `/v1/benchmark-runs/${victim.benchmarkDraftRun}/publish`),
        403,
      );
    },
    getBenchmarkPeerView: async () => {
      await expectNothingForeign(
        await call('GET', `/v1/benchmark-runs/${victim.benchmarkDraftRun}/peer-view`),
        404,
      );
      // The published run: its own position, peers only as pseudonyms.
      const view = await expectNothingForeign(
        await call('GET', `/v1/benchmark-runs/${publishedRun}/peer-view`),
        200,
      );
      expect((view.own as { organisationId: string }).organisationId).toBe(guys);
      expect(JSON.stringify(view)).not.toContain('Barts');
    },
    getBenchmarkFunnelSvg: async () => {
      await expectNothingForeign(
        await call('GET', `/v1/benchmark-runs/${victim.benchmarkDraftRun}/funnel.svg`),
        404,
      );
      const response = await call('GET', `/v1/benchmark-runs/${publishedRun}/funnel.svg?highlight=${barts}`);
      expect(response.status).toBe(200);
      const svg = await response.text();
      expect(svg).not.toContain('Barts');
      expect(svg).not.toContain(barts);
    },
    listBenchmarkPeerGroups: async () => {
      await expectNothingForeign(await call('GET', `/v1/programmes/${uecFlow}/peer-groups`), 404);
    },
    getNationalTrend: async () => {
      await expectNothingForeign(
        await call('GET', `/v1/programmes/${uecFlow}/measures/${fourHour}/national-trend`),
        404,
      );
    },
  }),
  async verifyUntouched({ t, victim }) {
    const analyst = await t.token('national-quality-body', 'analyst');
    const run = (await (
      await t.fetch(`/v1/benchmark-runs/${victim.benchmarkDraftRun}`, { token: analyst })
    ).json()) as { status: string; resultsHash: string };
    if (run.status !== 'draft') throw new Error('victim benchmark run was published');
    if (run.resultsHash !== draftResultsHash) throw new Error('victim benchmark run changed');
  },
};
