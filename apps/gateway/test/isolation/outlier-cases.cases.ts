import { expect } from 'vitest';
import { demoMeasureId } from '../../src/demo/demo-measures.js';
import { demoId } from '../../src/demo/demo-organisations.js';
import type { IsolationContext, IsolationModule } from './context.js';

const uecFlow = demoId('programme/uec-flow');
const fourHour = demoMeasureId('AE-4HR');
const guys = demoId('guys-st-thomas');
let runId = '';
let caseVersions: Record<string, string> = {};

/**
 * Outlier cases: the attacker (an administrator of Guy's, enrolled in the national body's
 * programme) sees only its own cases, if any; other trusts' cases are 404 to it, and it can open
 * or move none of them.
 */
export const outlierCasesIsolation: IsolationModule = {
  async setup({ t, victim }) {
    const analyst = await t.token('national-quality-body', 'analyst');
    const created = await t.fetch('/v1/benchmark-runs', {
      token: analyst,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        programmeId: uecFlow,
        measureId: fourHour,
        period: { type: 'quarter', quarter: '2019-Q1' },
      }),
    });
    runId = ((await created.json()) as { id: string }).id;
    expect(
      (await t.fetch(`/v1/benchmark-runs/${runId}/publish`, { token: analyst, method: 'POST' })).status,
    ).toBe(200);
    const opened = (await (
      await t.fetch(`/v1/benchmark-runs/${runId}/outlier-cases`, { token: analyst, method: 'POST' })
    ).json()) as { items: { id: string; organisationId: string }[] };
    const foreign = opened.items.find((item) => item.organisationId !== guys);
    if (!foreign) throw new Error('the demo run has no outlier other than the attacker');
    victim.outlierCase = foreign.id;
    // Move it to where the provider would act, so only isolation stops the attacker.
    for (const action of ['data-checked', 'notify-provider']) {
      const current = await t.fetch(`/v1/outlier-cases/${foreign.id}`, { token: analyst });
      const response = await t.fetch(`/v1/outlier-cases/${foreign.id}/${action}`, {
        token: analyst,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'If-Match': current.headers.get('etag') ?? '' },
        body: '{}',
      });
      expect(response.status).toBe(200);
    }
    caseVersions = { [foreign.id]: '"3"' };
  },
  cases: ({ victim, call, expectNothingForeign }: IsolationContext) => {
    const ifMatch = { 'If-Match': '"3"' };
    const transition = (action: string, body: unknown, status: number) => async () => {
      await expectNothingForeign(
        await call('POST', `/v1/outlier-cases/${victim.outlierCase}/${action}`, body, ifMatch),
        status,
      );
    };
    return {
      openOutlierCases: async () => {
        // Guy's has no benchmarking:write; the run is not its own either.
        await expectNothingForeign(await call('POST', `/v1/benchmark-runs/${runId}/outlier-cases`), 403);
      },
      listOutlierCases: async () => {
        const page = await expectNothingForeign(
          await call('GET', `/v1/outlier-cases?programmeId=${uecFlow}`),
          200,
        );
        for (const item of page.items as { organisationId: string }[]) expect(item.organisationId).toBe(guys);
      },
      getOutlierCase: async () => {
        await expectNothingForeign(await call('GET', `/v1/outlier-cases/${victim.outlierCase}`), 404);
      },
      // The provider's steps pass the role check and find nothing.
      respondToOutlierCase: transition('respond', { explanation: 'Not ours', dataCorrected: true }, 404),
      acknowledgeOutlierCase: transition('acknowledge', {}, 404),
      // The owner's steps need benchmarking:write, which no trust role carries.
      checkOutlierCaseData: transition('data-checked', {}, 403),
      notifyOutlierProvider: transition('notify-provider', {}, 403),
      escalateOutlierCase: transition('escalate', {}, 403),
      reviewOutlierCase: transition('review', { outcome: 'no_case' }, 403),
      notifyConfirmedOutlier: transition('notify-confirmed', {}, 403),
      publishOutlierCase: transition('publish', {}, 403),
      rerunOutlierCase: transition('rerun', {}, 403),
    };
  },
  async verifyUntouched({ t, victim }) {
    const analyst = await t.token('national-quality-body', 'analyst');
    const response = await t.fetch(`/v1/outlier-cases/${victim.outlierCase}`, { token: analyst });
    const body = (await response.json()) as { stage: string; explanation: string | null; events: unknown[] };
    if (response.headers.get('etag') !== caseVersions[victim.outlierCase ?? '']) {
      throw new Error('victim outlier case changed');
    }
    if (body.stage !== 'provider_notified' || body.explanation !== null || body.events.length !== 3) {
      throw new Error('victim outlier case was moved');
    }
  },
};
