import { demoFrameworkVersionId } from '../../src/demo/demo-frameworks.js';
import { DEMO_PROGRAMME, demoId } from '../../src/demo/demo-organisations.js';
import type { IsolationContext, IsolationModule } from './context.js';

const barts = demoId('barts-health');
const programmeId = demoId(`programme/${DEMO_PROGRAMME.code}`);

/**
 * Action plans and the alignment report: the attacker (an administrator of Guy's, enrolled in
 * the same programme) sees nothing of Barts' action plan for the regulator's inspection, can add,
 * change, move or note nothing in it, and reads neither Barts' alignment nor the programme's.
 */
export const assuranceAlignmentIsolation: IsolationModule = {
  async setup({ t, victim }) {
    const as = (token: string) => async (method: string, path: string, body?: unknown, etag?: string) => {
      const response = await t.fetch(path, {
        token,
        method,
        headers: {
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(etag ? { 'If-Match': etag } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (response.status >= 300)
        throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as { id: string };
    };
    const inspector = as(await t.token('care-regulator', 'inspector'));
    const regulatorAdmin = as(await t.token('care-regulator', 'tenant_admin'));
    const bartsAdmin = as(await t.token('barts-health', 'tenant_admin'));
    const inspection = await inspector('POST', '/v1/inspections', {
      organisationId: barts,
      frameworkVersionId: demoFrameworkVersionId('demo-five-questions'),
      type: 'announced',
      title: 'Action plan isolation victim',
      team: ['inspector@care-regulator'],
      startsOn: '2026-05-01',
      endsOn: '2026-05-02',
    });
    const path = `/v1/inspections/${inspection.id}`;
    await inspector('POST', `${path}/start-fieldwork`, undefined, '"1"');
    await inspector('POST', `${path}/submit-draft`, undefined, '"2"');
    await inspector('POST', `${path}/share-draft`, undefined, '"3"');
    await regulatorAdmin('POST', `${path}/publish`, undefined, '"4"');
    victim.planInspection = inspection.id;
    const plan = await bartsAdmin('POST', `${path}/action-plan`, { summary: 'Victim plan' });
    victim.plan = plan.id;
    const action = await bartsAdmin('POST', `/v1/action-plans/${plan.id}/actions`, {
      title: 'Victim action',
      owner: { kind: 'person', subject: 'tenant-admin@barts-health' },
      dueOn: '2030-01-31',
      verificationRule: {
        kind: 'special_cause_improvement',
        measureId: demoId('measure/AE-4HR'),
        periods: 3,
      },
    });
    victim.action = action.id;
    const note = await bartsAdmin('POST', `/v1/action-plans/${plan.id}/actions/${action.id}/notes`, {
      body: 'Victim note',
    });
    victim.note = note.id;
  },
  cases: ({ victim, call, expectNothingForeign }: IsolationContext) => {
    const plan = `/v1/action-plans/${victim.plan}`;
    const action = `${plan}/actions/${victim.action}`;
    const transition =
      (name: string, status = 404) =>
      async () => {
        await expectNothingForeign(
          await call('POST', `${action}/${name}`, undefined, { 'If-Match': '"1"' }),
          status,
        );
      };
    return {
      createActionPlan: async () => {
        await expectNothingForeign(
          await call('POST', `/v1/inspections/${victim.planInspection}/action-plan`, { summary: 'Smuggled' }),
          404,
        );
      },
      getInspectionActionPlan: async () => {
        await expectNothingForeign(
          await call('GET', `/v1/inspections/${victim.planInspection}/action-plan`),
          404,
        );
      },
      listActionPlans: async () => {
        const page = await expectNothingForeign(await call('GET', '/v1/action-plans'), 200);
        if ((page.items as unknown[]).length !== 0) throw new Error('the attacker listed action plans');
      },
      getActionPlan: async () => {
        await expectNothingForeign(await call('GET', plan), 404);
      },
      createAction: async () => {
        await expectNothingForeign(
          await call('POST', `${plan}/actions`, {
            title: 'Smuggled',
            owner: { kind: 'person', subject: 'x' },
            dueOn: '2030-01-31',
          }),
          404,
        );
      },
      listActions: async () => {
        await expectNothingForeign(await call('GET', `${plan}/actions`), 404);
      },
      getAction: async () => {
        await expectNothingForeign(await call('GET', action), 404);
      },
      updateAction: async () => {
        await expectNothingForeign(
          await call('PATCH', action, { title: 'Hijacked' }, { 'If-Match': '"1"' }),
          404,
        );
      },
      startAction: transition('start'),
      completeAction: transition('complete'),
      reopenAction: transition('reopen'),
      // Only an inspector may verify: a trust administrator is refused before any lookup.
      verifyAction: transition('verify', 403),
      createActionNote: async () => {
        await expectNothingForeign(await call('POST', `${action}/notes`, { body: 'Smuggled' }), 404);
      },
      listActionNotes: async () => {
        await expectNothingForeign(await call('GET', `${action}/notes`), 404);
      },
      getActionVerification: async () => {
        await expectNothingForeign(await call('GET', `${action}/verification`), 404);
      },
      getOrganisationAlignment: async () => {
        await expectNothingForeign(await call('GET', `/v1/organisations/${barts}/alignment`), 404);
      },
      getProgrammeAlignment: async () => {
        // Guy's is enrolled in the programme but does not own it.
        await expectNothingForeign(await call('GET', `/v1/programmes/${programmeId}/alignment`), 404);
      },
    };
  },
  async verifyUntouched({ t, victim }) {
    const admin = await t.token('barts-health', 'tenant_admin');
    const read = await t.fetch(`/v1/action-plans/${victim.plan}/actions/${victim.action}`, { token: admin });
    const body = (await read.json()) as { status: string; title: string };
    if (read.headers.get('etag') !== '"1"' || body.status !== 'open' || body.title !== 'Victim action') {
      throw new Error('victim action changed');
    }
    const actions = (await (
      await t.fetch(`/v1/action-plans/${victim.plan}/actions`, { token: admin })
    ).json()) as { items: { id: string }[] };
    if (actions.items.map((item) => item.id).join() !== victim.action)
      throw new Error('victim actions changed');
    const notes = (await (
      await t.fetch(`/v1/action-plans/${victim.plan}/actions/${victim.action}/notes`, { token: admin })
    ).json()) as { items: { id: string }[] };
    if (notes.items.map((item) => item.id).join() !== victim.note) throw new Error('victim notes changed');
  },
};
