import { readFileSync } from 'node:fs';
import { actions as actionsTable, auditLog, measures, measureVersions } from '@qms/db';
import { and, eq, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFrameworkVersionId } from '../src/demo/demo-frameworks.js';
import { demoMeasureId } from '../src/demo/demo-measures.js';
import { demoId } from '../src/demo/demo-organisations.js';
import { demoUnitId } from '../src/demo/seed.js';
import { engines, startTestPlatform, type TestPlatform } from './harness.js';

const barts = demoId('barts-health');
const fourHour = demoMeasureId('AE-4HR');
const versionId = demoFrameworkVersionId('demo-five-questions');

interface Action {
  id: string;
  status: string;
  overdue: boolean;
  verifiedBy: string | null;
  verificationAtCompletion: { source: string; evaluation: { met: boolean } } | null;
  [key: string]: unknown;
}
interface Evaluation {
  met: boolean;
  required: number;
  currentRun: number;
  since: string | null;
  metAt: string | null;
  latestAssessedPeriod: string | null;
  evidence: {
    period: string;
    classification: string;
    specialCauses: string[];
    assuranceIcon: string | null;
  }[];
  explanation: string;
}
interface Verification {
  source: string;
  measure: { id: string; code: string };
  evaluation: Evaluation;
}

/** Type 1 four-hour performance of one trust from the NHS England data in data/ae-attendances. */
function fourHourRows(ods: string) {
  const csv = readFileSync(
    new URL('../../../data/ae-attendances/ae_attendances.csv', import.meta.url),
    'utf8',
  );
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.replaceAll('"', '').split(','))
    .filter((cells) => cells[1] === ods && cells[2] === '1')
    .map((cells) => ({
      period: cells[0] ?? '',
      numerator: Number(cells[3]) - Number(cells[4]),
      denominator: Number(cells[3]),
    }));
}

describe.each(engines)('action plans on %s', (engine) => {
  let t: TestPlatform;
  let inspector: string;
  let regulatorAdmin: string;
  let bartsAdmin: string;
  let bartsViewer: string;
  let bartsSubmitter: string;
  let guysAdmin: string;
  let inspectionId: string;
  let requirementId: string;

  const call = async (
    token: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.fetch(path, {
      method,
      token,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const ok = async <T>(response: Response, status: number): Promise<T> => {
    const text = await response.text();
    expect(response.status, text).toBe(status);
    return JSON.parse(text) as T;
  };
  const problem = async (response: Response, status: number) => {
    const text = await response.text();
    expect(response.status, text).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    return JSON.parse(text) as { detail: string; errors?: { pointer: string }[] };
  };

  async function inspectionAt(stage: 'factual_accuracy' | 'published') {
    const inspection = await ok<{ id: string }>(
      await call(inspector, 'POST', '/v1/inspections', {
        organisationId: barts,
        frameworkVersionId: versionId,
        type: 'announced',
        title: 'Urgent and emergency care',
        team: ['inspector@care-regulator'],
        startsOn: '2019-02-04',
        endsOn: '2019-02-08',
      }),
      201,
    );
    const path = `/v1/inspections/${inspection.id}`;
    await ok(await call(inspector, 'POST', `${path}/start-fieldwork`, undefined, { 'If-Match': '"1"' }), 200);
    const finding = await ok<{ id: string }>(
      await call(inspector, 'POST', `${path}/findings`, {
        type: 'requirement',
        severity: 'high',
        statement: 'Patients wait too long in the emergency department',
        dueOn: '2019-09-30',
      }),
      201,
    );
    await ok(await call(inspector, 'POST', `${path}/submit-draft`, undefined, { 'If-Match': '"2"' }), 200);
    await ok(await call(inspector, 'POST', `${path}/share-draft`, undefined, { 'If-Match': '"3"' }), 200);
    if (stage === 'published') {
      await ok(await call(regulatorAdmin, 'POST', `${path}/publish`, undefined, { 'If-Match': '"4"' }), 200);
    }
    return { id: inspection.id, findingId: finding.id };
  }

  let planId: string;
  const actionPath = (id: string) => `/v1/action-plans/${planId}/actions/${id}`;
  const newAction = async (body: Record<string, unknown> = {}) =>
    ok<Action>(
      await call(bartsAdmin, 'POST', `/v1/action-plans/${planId}/actions`, {
        title: 'Escalate four-hour breaches to the site manager',
        owner: { kind: 'unit', unitId: demoUnitId('barts-health', 'ed') },
        dueOn: '2030-01-31',
        ...body,
      }),
      201,
    );
  const move = (token: string, id: string, transition: string, etag: string) =>
    call(token, 'POST', `${actionPath(id)}/${transition}`, undefined, { 'If-Match': etag });

  beforeAll(async () => {
    t = await startTestPlatform(engine);
    inspector = await t.token('care-regulator', 'inspector');
    regulatorAdmin = await t.token('care-regulator', 'tenant_admin');
    bartsAdmin = await t.token('barts-health', 'tenant_admin');
    bartsViewer = await t.token('barts-health', 'viewer');
    bartsSubmitter = await t.token('barts-health', 'submitter');
    guysAdmin = await t.token('guys-st-thomas', 'tenant_admin');
    const published = await inspectionAt('published');
    inspectionId = published.id;
    requirementId = published.findingId;
  });
  afterAll(() => t?.close());

  it('starts a plan only once the report is published, only for the inspected organisation, once', async () => {
    const early = await inspectionAt('factual_accuracy');
    const refused = await problem(
      await call(bartsAdmin, 'POST', `/v1/inspections/${early.id}/action-plan`, { summary: 'Too early' }),
      409,
    );
    expect(refused.detail).toContain('factual accuracy');
    await problem(await call(inspector, 'POST', `/v1/inspections/${inspectionId}/action-plan`, {}), 403);
    await problem(await call(regulatorAdmin, 'POST', `/v1/inspections/${inspectionId}/action-plan`, {}), 403);
    await problem(await call(guysAdmin, 'POST', `/v1/inspections/${inspectionId}/action-plan`, {}), 404);
    await problem(await call(bartsViewer, 'POST', `/v1/inspections/${inspectionId}/action-plan`, {}), 403);

    const response = await call(bartsAdmin, 'POST', `/v1/inspections/${inspectionId}/action-plan`, {
      summary: 'Our response to the urgent care report',
    });
    const plan = await ok<{
      id: string;
      organisationId: string;
      inspectingOrganisationId: string;
      counts: unknown;
    }>(response, 201);
    expect(response.headers.get('location')).toBe(`/v1/action-plans/${plan.id}`);
    expect(plan).toMatchObject({
      organisationId: barts,
      inspectingOrganisationId: demoId('care-regulator'),
      counts: { open: 0, in_progress: 0, completed: 0, verified: 0, overdue: 0 },
    });
    planId = plan.id;
    await problem(await call(bartsAdmin, 'POST', `/v1/inspections/${inspectionId}/action-plan`, {}), 409);

    // Both sides read it; another trust does not.
    for (const token of [bartsAdmin, bartsViewer, inspector]) {
      const read = await ok<{ id: string }>(
        await call(token, 'GET', `/v1/inspections/${inspectionId}/action-plan`),
        200,
      );
      expect(read.id).toBe(planId);
      await ok(await call(token, 'GET', `/v1/action-plans/${planId}`), 200);
      const list = await ok<{ items: { id: string }[] }>(await call(token, 'GET', '/v1/action-plans'), 200);
      expect(list.items.map((item) => item.id)).toContain(planId);
    }
    await problem(await call(guysAdmin, 'GET', `/v1/action-plans/${planId}`), 404);
    await problem(await call(guysAdmin, 'GET', `/v1/inspections/${inspectionId}/action-plan`), 404);
    const guysList = await ok<{ items: unknown[] }>(await call(guysAdmin, 'GET', '/v1/action-plans'), 200);
    expect(guysList.items).toEqual([]);
  });

  it('adds actions linked to findings and owned by a unit or a person, refusing bad input whole', async () => {
    const action = await newAction({ findingIds: [requirementId] });
    expect(action).toMatchObject({ status: 'open', overdue: false, findingIds: [requirementId] });

    const bad = await problem(
      await call(bartsAdmin, 'POST', `/v1/action-plans/${planId}/actions`, {
        title: 'x',
        owner: { kind: 'unit', unitId: demoUnitId('guys-st-thomas', 'ed') },
        dueOn: '2030-01-31',
      }),
      422,
    );
    expect(bad.errors?.[0]?.pointer).toBe('/body/owner/unitId');
    const badFinding = await problem(
      await call(bartsAdmin, 'POST', `/v1/action-plans/${planId}/actions`, {
        title: 'x',
        owner: { kind: 'person', subject: 'tenant-admin@barts-health' },
        dueOn: '2030-01-31',
        findingIds: [uuidv7()],
      }),
      422,
    );
    expect(badFinding.errors?.[0]?.pointer).toBe('/body/findingIds');
    await problem(
      await call(bartsAdmin, 'POST', `/v1/action-plans/${planId}/actions`, {
        title: 'x',
        owner: { kind: 'person', subject: 'tenant-admin@barts-health' },
        dueOn: 'next week',
      }),
      400,
    );
    await problem(
      await call(bartsAdmin, 'POST', `/v1/action-plans/${planId}/actions`, {
        title: 'x',
        owner: { kind: 'person', subject: 'a' },
        dueOn: '2030-01-31',
        verificationRule: { kind: 'assurance_icon', measureId: fourHour, periods: 3 },
      }),
      400,
    );
    // The inspecting organisation and another trust add nothing.
    await problem(
      await call(inspector, 'POST', `/v1/action-plans/${planId}/actions`, {
        title: 'x',
        owner: { kind: 'person', subject: 'a' },
        dueOn: '2030-01-31',
      }),
      403,
    );
    await problem(
      await call(regulatorAdmin, 'POST', `/v1/action-plans/${planId}/actions`, {
        title: 'x',
        owner: { kind: 'person', subject: 'a' },
        dueOn: '2030-01-31',
      }),
      403,
    );
    await problem(
      await call(guysAdmin, 'POST', `/v1/action-plans/${planId}/actions`, {
        title: 'x',
        owner: { kind: 'person', subject: 'a' },
        dueOn: '2030-01-31',
      }),
      404,
    );
    const list = await ok<{ items: Action[] }>(
      await call(bartsAdmin, 'GET', `/v1/action-plans/${planId}/actions`),
      200,
    );
    expect(list.items.map((item) => item.id)).toEqual([action.id]);
  });

  it('walks every transition, refusing the wrong side, role, status and ETag', async () => {
    const action = await newAction({ owner: { kind: 'person', subject: 'tenant-admin@barts-health' } });
    const id = action.id;
    // Wrong status from open: complete, reopen, verify.
    expect((await problem(await move(bartsAdmin, id, 'complete', '"1"'), 409)).detail).toBe(
      'An action that is open cannot be completed',
    );
    await problem(await move(bartsAdmin, id, 'reopen', '"1"'), 409);
    await problem(await move(inspector, id, 'verify', '"1"'), 409);
    // Wrong side or role whatever the status.
    await problem(await move(inspector, id, 'start', '"1"'), 403);
    await problem(await move(regulatorAdmin, id, 'start', '"1"'), 403);
    await problem(await move(bartsViewer, id, 'start', '"1"'), 403);
    await problem(await move(guysAdmin, id, 'start', '"1"'), 404);
    // ETag rules.
    await problem(await call(bartsAdmin, 'POST', `${actionPath(id)}/start`), 428);
    await problem(await move(bartsAdmin, id, 'start', '"7"'), 412);

    const started = await move(bartsAdmin, id, 'start', '"1"');
    expect((await ok<Action>(started, 200)).status).toBe('in_progress');
    expect(started.headers.get('etag')).toBe('"2"');
    await problem(await move(bartsAdmin, id, 'start', '"2"'), 409);
    await problem(await move(inspector, id, 'verify', '"2"'), 409);
    expect((await ok<Action>(await move(bartsAdmin, id, 'complete', '"2"'), 200)).status).toBe('completed');
    await problem(await move(bartsAdmin, id, 'verify', '"3"'), 403);
    expect((await ok<Action>(await move(bartsAdmin, id, 'reopen', '"3"'), 200)).status).toBe('in_progress');
    expect((await ok<Action>(await move(bartsAdmin, id, 'complete', '"4"'), 200)).status).toBe('completed');
    await problem(await move(regulatorAdmin, id, 'verify', '"5"'), 403);
    // Verifying needs the inspector role before anything is looked up.
    await problem(await move(guysAdmin, id, 'verify', '"5"'), 403);
    const verified = await ok<Action>(await move(inspector, id, 'verify', '"5"'), 200);
    expect(verified).toMatchObject({
      status: 'verified',
      verifiedBy: expect.stringContaining('inspector@care-regulator'),
    });
    for (const transition of ['start', 'complete', 'reopen']) {
      await problem(await move(bartsAdmin, id, transition, '"6"'), 409);
    }
    await problem(await move(inspector, id, 'verify', '"6"'), 409);
    // Verified is final: no more edits either.
    await problem(
      await call(bartsAdmin, 'PATCH', actionPath(id), { title: 'Changed' }, { 'If-Match': '"6"' }),
      409,
    );

    const audited = await t.platform.owner.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'action'), eq(auditLog.targetId, id)));
    expect(audited.map((row) => row.action).sort()).toEqual(
      [
        'action.created',
        'action.in_progress',
        'action.completed',
        'action.in_progress',
        'action.completed',
        'action.verified',
      ].sort(),
    );
  });

  it('updates with If-Match, and the database refuses what the API would refuse', async () => {
    const action = await newAction();
    await problem(await call(bartsAdmin, 'PATCH', actionPath(action.id), { title: 'New title' }), 428);
    await problem(
      await call(bartsAdmin, 'PATCH', actionPath(action.id), { title: 'New title' }, { 'If-Match': '"9"' }),
      412,
    );
    await problem(
      await call(
        inspector,
        'PATCH',
        actionPath(action.id),
        { title: 'Regulator wording' },
        { 'If-Match': '"1"' },
      ),
      403,
    );
    await problem(await call(bartsAdmin, 'PATCH', actionPath(action.id), {}, { 'If-Match': '"1"' }), 400);
    const response = await call(
      bartsAdmin,
      'PATCH',
      actionPath(action.id),
      { title: 'New title', dueOn: '2031-03-31' },
      { 'If-Match': '"1"' },
    );
    expect(await ok<Action>(response, 200)).toMatchObject({ title: 'New title', dueOn: '2031-03-31' });
    expect(response.headers.get('etag')).toBe('"2"');

    // Straight to the database with the inspecting tenant set: the trigger allows only verify.
    const db = t.platform.owner.db;
    const as = (tenant: string, statement: ReturnType<typeof sql>) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('app.tenant_id', ${tenant}, true)`);
        await tx.execute(statement);
      });
    await expect(
      as(
        demoId('care-regulator'),
        sql`update assurance.actions set title = 'Regulator wording' where id = ${action.id}`,
      ),
    ).rejects.toThrow();
    await expect(
      as(barts, sql`update assurance.actions set status = 'verified' where id = ${action.id}`),
    ).rejects.toThrow();
    await expect(as(barts, sql`delete from assurance.actions where id = ${action.id}`)).rejects.toThrow();
    const [row] = await db.select().from(actionsTable).where(eq(actionsTable.id, action.id));
    expect(row).toMatchObject({ title: 'New title', status: 'open' });
  });

  it('computes overdue from the due date and status, never stores it', async () => {
    const late = await newAction({ dueOn: '2020-01-31' });
    expect(late.overdue).toBe(true);
    const onTime = await newAction({ dueOn: '2099-01-31' });
    expect(onTime.overdue).toBe(false);
    const overdueList = await ok<{ items: Action[] }>(
      await call(inspector, 'GET', `/v1/action-plans/${planId}/actions?overdue=true`),
      200,
    );
    expect(overdueList.items.map((item) => item.id)).toContain(late.id);
    expect(overdueList.items.map((item) => item.id)).not.toContain(onTime.id);
    await ok(await move(bartsAdmin, late.id, 'start', '"1"'), 200);
    expect((await ok<Action>(await call(bartsAdmin, 'GET', actionPath(late.id)), 200)).overdue).toBe(true);
    const completed = await ok<Action>(await move(bartsAdmin, late.id, 'complete', '"2"'), 200);
    expect(completed.overdue).toBe(false);
    const plan = await ok<{ counts: Record<string, number> }>(
      await call(bartsAdmin, 'GET', `/v1/action-plans/${planId}`),
      200,
    );
    const actions = await ok<{ items: Action[] }>(
      await call(bartsAdmin, 'GET', `/v1/action-plans/${planId}/actions?limit=100`),
      200,
    );
    expect(plan.counts.overdue).toBe(actions.items.filter((item) => item.overdue).length);
  });

  it('keeps progress notes append-only, written by the organisation and read by both sides', async () => {
    const action = await newAction();
    const path = `${actionPath(action.id)}/notes`;
    const note = await ok<{ id: string; body: string }>(
      await call(bartsAdmin, 'POST', path, { body: 'Protocol agreed at the May board' }),
      201,
    );
    await ok(await call(bartsAdmin, 'POST', path, { body: 'Audit of the first month done' }), 201);
    await problem(await call(inspector, 'POST', path, { body: 'Regulator note' }), 403);
    await problem(await call(guysAdmin, 'POST', path, { body: 'Smuggled' }), 404);
    await problem(await call(bartsAdmin, 'POST', path, { body: '' }), 400);
    const seen = await ok<{ items: { id: string; body: string }[] }>(await call(inspector, 'GET', path), 200);
    expect(seen.items.map((item) => item.body)).toEqual([
      'Protocol agreed at the May board',
      'Audit of the first month done',
    ]);
    expect(seen.items[0]?.id).toBe(note.id);
    await problem(await call(guysAdmin, 'GET', path), 404);
    // The table refuses changes even to its owner's application role.
    await expect(
      t.platform.owner.db.execute(
        sql`update assurance.action_notes set body = 'rewritten' where id = ${note.id}`,
      ),
    ).rejects.toThrow();
  });

  it('verifies by a sustained change in a measure: not met on Barts’ four-hour performance', async () => {
    const action = await newAction({
      verificationRule: { kind: 'special_cause_improvement', measureId: fourHour, periods: 3 },
    });
    const live = await ok<Verification>(
      await call(bartsAdmin, 'GET', `${actionPath(action.id)}/verification`),
      200,
    );
    expect(live.source).toBe('live');
    expect(live.measure.code).toBe('AE-4HR');
    // Barts' latest four-hour months fall below the lower process limit: special-cause concern.
    expect(live.evaluation).toMatchObject({
      met: false,
      currentRun: 0,
      since: null,
      latestAssessedPeriod: '2019-03-01',
    });
    const spc = await ok<{ points: { period: string; classification: string }[] }>(
      await call(bartsAdmin, 'GET', `/v1/measures/${fourHour}/spc`),
      200,
    );
    expect(spc.points.at(-1)?.classification).toBe('concern');

    // The same data consistently fails the 95% standard in each of the last 12 months.
    const failing = await newAction({
      verificationRule: {
        kind: 'assurance_icon',
        icon: 'consistentlyFailing',
        measureId: fourHour,
        periods: 12,
      },
    });
    const evaluation = (
      await ok<Verification>(await call(bartsViewer, 'GET', `${actionPath(failing.id)}/verification`), 200)
    ).evaluation;
    expect(evaluation.met).toBe(true);
    expect(evaluation.evidence.length).toBeGreaterThanOrEqual(12);
    for (const point of evaluation.evidence) expect(point.assuranceIcon).toBe('consistentlyFailing');

    // An action without a rule has nothing to evaluate; another trust sees nothing.
    const plain = await newAction();
    await problem(await call(bartsAdmin, 'GET', `${actionPath(plain.id)}/verification`), 409);
    await problem(await call(guysAdmin, 'GET', `${actionPath(action.id)}/verification`), 404);
    // The inspector cannot read Barts' data after publication: before completion there is nothing.
    await problem(await call(inspector, 'GET', `${actionPath(action.id)}/verification`), 409);
  });

  it('verifies by a sustained change: met on a series ending in a shift, stored at completion for the inspector', async () => {
    // Barts' own local measure, fed with a trust's published series whose last months sit in a
    // long run above the mean (RJE, NHS England A&E data).
    const measureId = uuidv7();
    const db = t.platform.owner.db;
    await db.insert(measures).values({ tenantId: barts, id: measureId, code: 'LOCAL-4HR' });
    await db.insert(measureVersions).values({
      tenantId: barts,
      id: uuidv7(),
      measureId,
      version: 1,
      status: 'active',
      title: 'Local four-hour performance',
      kind: 'outcome',
      valueType: 'proportion',
      periodicity: 'month',
      improvementDirection: 'increase',
      targets: [{ from: '2016-04-01', value: 0.95 }],
    });
    const rows = fourHourRows('RJE').map((row) => ({ measureId, ...row, status: 'final' }));
    const submitted = await t.fetch('/v1/submissions', {
      method: 'POST',
      token: bartsSubmitter,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rows }),
    });
    expect(submitted.status, await submitted.clone().text()).toBe(201);

    const action = await newAction({
      verificationRule: { kind: 'special_cause_improvement', measureId, periods: 6 },
    });
    const live = await ok<Verification>(
      await call(bartsAdmin, 'GET', `${actionPath(action.id)}/verification`),
      200,
    );
    const spc = await ok<{
      points: { period: string; value: number; centre: number; classification: string }[];
    }>(await call(bartsAdmin, 'GET', `/v1/measures/${measureId}/spc`), 200);
    // The rule's definition on the service's own SPC: the trailing improvement points.
    let start = spc.points.length;
    while (start > 0 && spc.points[start - 1]?.classification === 'improvement') start--;
    const run = spc.points.slice(start);
    expect(run.length).toBeGreaterThanOrEqual(7);
    expect(live.evaluation).toMatchObject({
      met: true,
      currentRun: run.length,
      since: run[0]?.period,
      metAt: run[5]?.period,
      latestAssessedPeriod: '2019-03-01',
    });
    expect(live.evaluation.evidence.map((p) => p.period)).toEqual(run.map((p) => p.period));
    // A run of points above the mean is the documented shift rule.
    expect(run.slice(-7).every((p) => p.value > p.centre)).toBe(true);
    expect(live.evaluation.evidence.at(-1)?.specialCauses).toContain('shift');

    await ok(await move(bartsAdmin, action.id, 'start', '"1"'), 200);
    const completed = await ok<Action>(await move(bartsAdmin, action.id, 'complete', '"2"'), 200);
    expect(completed.verificationAtCompletion).toMatchObject({
      source: 'at_completion',
      evaluation: { met: true },
    });
    // The inspector reads what the platform evaluated at completion, then verifies.
    const forInspector = await ok<Verification>(
      await call(inspector, 'GET', `${actionPath(action.id)}/verification`),
      200,
    );
    expect(forInspector.source).toBe('at_completion');
    expect(forInspector.evaluation.since).toBe(live.evaluation.since);
    expect((await ok<Action>(await move(inspector, action.id, 'verify', '"3"'), 200)).status).toBe(
      'verified',
    );

    // A measure neither bound, nor Barts' own, nor reported by Barts is refused.
    const foreign = uuidv7();
    await db.insert(measures).values({ tenantId: demoId('guys-st-thomas'), id: foreign, code: 'GUYS-LOCAL' });
    const refused = await problem(
      await call(bartsAdmin, 'POST', `/v1/action-plans/${planId}/actions`, {
        title: 'x',
        owner: { kind: 'person', subject: 'a' },
        dueOn: '2030-01-31',
        verificationRule: { kind: 'special_cause_improvement', measureId: foreign, periods: 3 },
      }),
      422,
    );
    expect(refused.errors?.[0]?.pointer).toBe('/body/verificationRule/measureId');
  });
});
