import {
  addWorkingDays,
  ENGLAND_AND_WALES_BANK_HOLIDAYS_2026_2027,
  workingDaysOverdue,
} from '@qms/benchmarking';
import { queryRows } from '@qms/db';
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMeasureId } from '../src/demo/demo-measures.js';
import { demoId } from '../src/demo/demo-organisations.js';
import { engines, json, startTestPlatform, type TestPlatform } from './harness.js';

const nationalBody = demoId('national-quality-body');
const programme = demoId('programme/uec-flow');
const fourHour = demoMeasureId('AE-4HR');
const trustSlugs = [
  'barking-havering-redbridge',
  'barts-health',
  'guys-st-thomas',
  'oxford-university-hospitals',
  'university-hospitals-birmingham',
];
const slugOf = new Map(trustSlugs.map((slug) => [demoId(slug), slug]));

interface OutlierCase {
  id: string;
  ownerOrganisationId: string;
  programmeId: string;
  measureId: string;
  runId: string;
  organisationId: string;
  band: string;
  side: string;
  stage: string;
  stageEnteredOn: string;
  stageDueOn: string | null;
  daysOverdue: number;
  awaiting: string | null;
  escalated: boolean;
  outcome: string | null;
  explanation: string | null;
  dataCorrected: boolean;
  regulatorNotified: boolean;
  rerunRunId: string | null;
  availableActions: string[];
  events?: { action: string; fromStage: string | null; toStage: string; actorOrganisationId: string }[];
}

const today = () => new Date().toISOString().slice(0, 10);

describe.each(engines)('outlier cases on %s', (engine) => {
  let t: TestPlatform;
  let analyst: string;
  let nationalAdmin: string;
  let nationalViewer: string;
  let regulatorAdmin: string;
  let runId = '';
  let theCase: OutlierCase;
  let provider = '';
  let providerAdmin = '';
  let providerSteward = '';
  let providerSubmitter = '';
  let otherTrustAdmin = '';
  const owner = () => t.platform.owner.db;

  const call = async <T = OutlierCase>(
    method: string,
    path: string,
    token: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const response = await t.fetch(path, {
      method,
      token,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      etag: response.headers.get('etag'),
      text,
      body: (text ? JSON.parse(text) : {}) as T,
    };
  };
  /** A transition with the case's current ETag. */
  const step = async (action: string, token: string, body: unknown = {}, caseId = theCase.id) => {
    const current = await call('GET', `/v1/outlier-cases/${caseId}`, analyst);
    return call('POST', `/v1/outlier-cases/${caseId}/${action}`, token, body, {
      'If-Match': current.etag ?? '',
    });
  };
  const publishedRun = async () => {
    const created = await t.fetch('/v1/benchmark-runs', {
      token: analyst,
      ...json({
        programmeId: programme,
        measureId: fourHour,
        period: { type: 'quarter', quarter: '2019-Q1' },
      }),
    });
    expect(created.status).toBe(201);
    const run = (await created.json()) as { id: string };
    const published = await t.fetch(`/v1/benchmark-runs/${run.id}/publish`, {
      token: analyst,
      method: 'POST',
    });
    expect(published.status).toBe(200);
    return run.id;
  };

  beforeAll(async () => {
    t = await startTestPlatform(engine);
    analyst = await t.token('national-quality-body', 'analyst');
    nationalAdmin = await t.token('national-quality-body', 'tenant_admin');
    nationalViewer = await t.token('national-quality-body', 'viewer');
    regulatorAdmin = await t.token('care-regulator', 'tenant_admin');
    runId = await publishedRun();
  }, 120_000);
  afterAll(() => t?.close());

  it('opens cases for the alarms and alerts of a published run, once, and never from a draft', async () => {
    const opened = await call<{ runId: string; opened: number; items: OutlierCase[] }>(
      'POST',
      `/v1/benchmark-runs/${runId}/outlier-cases`,
      analyst,
    );
    expect(opened.status, opened.text).toBe(200);
    expect(opened.body.opened).toBeGreaterThan(0);
    expect(opened.body.items).toHaveLength(opened.body.opened);
    const run = await call<{ results: { organisations: { organisationId: string; band: string }[] } }>(
      'GET',
      `/v1/benchmark-runs/${runId}`,
      analyst,
    );
    // The demo programme sets outlierAlerts: alerts and alarms both open cases.
    const outside = run.body.results.organisations.filter((o) => o.band !== 'within');
    expect(new Set(opened.body.items.map((c) => c.organisationId))).toEqual(
      new Set(outside.map((o) => o.organisationId)),
    );
    for (const item of opened.body.items) {
      expect(item.stage).toBe('detected');
      expect(item.awaiting).toBe('owner');
      expect(['good', 'bad']).toContain(item.side);
      expect(item.band).toBe(outside.find((o) => o.organisationId === item.organisationId)?.band);
      expect(item.stageDueOn).toBe(
        addWorkingDays(today(), 10, [...ENGLAND_AND_WALES_BANK_HOLIDAYS_2026_2027]),
      );
    }
    const again = await call<{ opened: number; items: OutlierCase[] }>(
      'POST',
      `/v1/benchmark-runs/${runId}/outlier-cases`,
      analyst,
    );
    expect(again.body.opened).toBe(0);
    expect(again.body.items.map((c) => c.id)).toEqual(opened.body.items.map((c) => c.id));

    const draft = await t.fetch('/v1/benchmark-runs', {
      token: analyst,
      ...json({
        programmeId: programme,
        measureId: fourHour,
        period: { type: 'quarter', quarter: '2019-Q1' },
      }),
    });
    const draftId = ((await draft.json()) as { id: string }).id;
    expect((await call('POST', `/v1/benchmark-runs/${draftId}/outlier-cases`, analyst)).status).toBe(409);
    expect((await call('POST', `/v1/benchmark-runs/${runId}/outlier-cases`, nationalViewer)).status).toBe(
      403,
    );

    theCase =
      opened.body.items.find((c) => c.band.startsWith('alarm')) ?? (opened.body.items[0] as OutlierCase);
    provider = theCase.organisationId;
    const slug = slugOf.get(provider) as string;
    providerAdmin = await t.token(slug, 'tenant_admin');
    providerSteward = await t.token(slug, 'measure_steward');
    providerSubmitter = await t.token(slug, 'submitter');
    const other = trustSlugs.find((candidate) => demoId(candidate) !== provider) as string;
    otherTrustAdmin = await t.token(other, 'tenant_admin');
  });

  it('shows a provider its own cases only; another trust and the regulator get 404', async () => {
    const mine = await call<{ items: OutlierCase[] }>('GET', '/v1/outlier-cases', providerAdmin);
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((c) => c.organisationId === provider)).toBe(true);
    const all = await call<{ items: OutlierCase[] }>(
      'GET',
      `/v1/outlier-cases?programmeId=${programme}`,
      analyst,
    );
    expect(all.body.items.length).toBeGreaterThanOrEqual(mine.body.items.length);
    const viewed = await call('GET', `/v1/outlier-cases/${theCase.id}`, providerAdmin);
    expect(viewed.status).toBe(200);
    expect(viewed.etag).toBe('"1"');
    expect(viewed.body.events?.map((e) => e.action)).toEqual(['open']);
    for (const token of [otherTrustAdmin, regulatorAdmin]) {
      expect((await call('GET', `/v1/outlier-cases/${theCase.id}`, token)).status).toBe(404);
      const listed = await call<{ items: OutlierCase[] }>('GET', '/v1/outlier-cases', token);
      expect(listed.body.items.map((c) => c.id)).not.toContain(theCase.id);
      // Even a well-formed provider step finds nothing.
      expect(
        (
          await call(
            'POST',
            `/v1/outlier-cases/${theCase.id}/respond`,
            token,
            { explanation: 'x' },
            { 'If-Match': '"1"' },
          )
        ).status,
      ).toBe(404);
    }
  });

  it('moves a case through every stage, refusing the wrong role, side and stage', async () => {
    const path = `/v1/outlier-cases/${theCase.id}`;
    // If-Match is required and must be current.
    expect((await call('POST', `${path}/data-checked`, analyst, {})).status).toBe(428);
    expect((await call('POST', `${path}/data-checked`, analyst, {}, { 'If-Match': '"7"' })).status).toBe(412);
    // Wrong role or side: 403 whatever the stage.
    expect((await step('data-checked', nationalViewer)).status).toBe(403);
    expect((await step('data-checked', providerAdmin)).status).toBe(403);
    expect((await step('respond', nationalAdmin, { explanation: 'x' })).status).toBe(403);
    expect((await step('respond', analyst, { explanation: 'x' })).status).toBe(403);
    // Wrong stage: 409.
    expect((await step('notify-provider', analyst)).status).toBe(409);
    expect((await step('publish', analyst)).status).toBe(409);

    const checked = await step('data-checked', analyst, { note: 'Data checked against SUS' });
    expect(checked.status, checked.text).toBe(200);
    expect(checked.etag).toBe('"2"');
    expect(checked.body.stage).toBe('data_checked');
    expect(checked.body.stageDueOn).toBe(
      addWorkingDays(today(), 5, [...ENGLAND_AND_WALES_BANK_HOLIDAYS_2026_2027]),
    );
    expect((await step('data-checked', analyst)).status).toBe(409);

    const notified = await step('notify-provider', analyst);
    expect(notified.body.stage).toBe('provider_notified');
    expect(notified.body.awaiting).toBe('provider');
    expect(notified.body.stageDueOn).toBe(
      addWorkingDays(today(), 20, [...ENGLAND_AND_WALES_BANK_HOLIDAYS_2026_2027]),
    );
    // Not overdue: no escalation, and no review without a response.
    expect((await step('escalate', analyst)).status).toBe(409);
    expect((await step('review', analyst, { outcome: 'confirmed' })).status).toBe(409);
    expect((await step('respond', providerSubmitter, { explanation: 'x' })).status).toBe(403);
    expect((await step('respond', providerAdmin, {})).status).toBe(400);

    // The response deadline passes: the case is listed as overdue, and may be escalated.
    await owner().execute(
      sql`update benchmarking.outlier_cases set stage_due_on = '2026-01-02' where id = ${theCase.id}`,
    );
    const overdue = await call<{ items: OutlierCase[] }>('GET', '/v1/outlier-cases?overdue=true', analyst);
    const listed = overdue.body.items.find((c) => c.id === theCase.id);
    expect(listed?.daysOverdue).toBe(
      workingDaysOverdue('2026-01-02', today(), [...ENGLAND_AND_WALES_BANK_HOLIDAYS_2026_2027]),
    );
    expect(overdue.body.items.every((c) => c.daysOverdue > 0)).toBe(true);
    const notOverdue = await call<{ items: OutlierCase[] }>(
      'GET',
      '/v1/outlier-cases?overdue=true&stage=detected',
      analyst,
    );
    expect(notOverdue.body.items).toEqual([]);
    const providerOverdue = await call<{ items: OutlierCase[] }>(
      'GET',
      '/v1/outlier-cases?overdue=true',
      providerAdmin,
    );
    expect(providerOverdue.body.items.map((c) => c.id)).toEqual([theCase.id]);
    expect(listed?.availableActions).toContain('escalate');
    expect((await step('escalate', providerAdmin)).status).toBe(403);
    const escalated = await step('escalate', analyst, { note: 'Chased by letter to the chief executive' });
    expect(escalated.status, escalated.text).toBe(200);
    expect(escalated.body.escalated).toBe(true);
    expect(escalated.body.stage).toBe('provider_notified');
    expect(escalated.body.stageDueOn).toBe(
      addWorkingDays(today(), 10, [...ENGLAND_AND_WALES_BANK_HOLIDAYS_2026_2027]),
    );
    expect((await step('escalate', analyst)).status).toBe(409);

    const responded = await step('respond', providerSteward, {
      explanation: 'Breaches from the urgent treatment centre were double counted; resubmitted.',
      dataCorrected: true,
    });
    expect(responded.status, responded.text).toBe(200);
    expect(responded.body.stage).toBe('provider_responded');
    expect(responded.body.dataCorrected).toBe(true);
    expect(responded.body.escalated).toBe(true);
    expect((await step('respond', providerAdmin, { explanation: 'again' })).status).toBe(409);

    // The data correction: the owner re-runs the benchmark, linked to the case.
    expect((await step('rerun', providerAdmin)).status).toBe(403);
    const rerun = await step('rerun', analyst);
    expect(rerun.status, rerun.text).toBe(200);
    expect(rerun.body.stage).toBe('provider_responded');
    expect(rerun.body.rerunRunId).toBeTruthy();
    expect(rerun.body.rerunRunId).not.toBe(runId);
    const original = await call<{ periodFrom: string; periodTo: string; method: unknown }>(
      'GET',
      `/v1/benchmark-runs/${runId}`,
      analyst,
    );
    const recomputed = await call<{
      programmeId: string;
      measureId: string;
      periodFrom: string;
      periodTo: string;
      status: string;
      method: unknown;
    }>('GET', `/v1/benchmark-runs/${rerun.body.rerunRunId}`, analyst);
    expect(recomputed.status).toBe(200);
    expect(recomputed.body).toMatchObject({
      programmeId: programme,
      measureId: fourHour,
      periodFrom: original.body.periodFrom,
      periodTo: original.body.periodTo,
      status: 'draft',
    });
    expect(recomputed.body.method).toEqual(original.body.method);
    expect((await step('rerun', analyst)).status).toBe(409);

    expect((await step('review', providerAdmin, { outcome: 'no_case' })).status).toBe(403);
    const reviewed = await step('review', analyst, { outcome: 'confirmed' });
    expect(reviewed.body).toMatchObject({ stage: 'confirmed', outcome: 'confirmed' });
    expect((await step('acknowledge', providerAdmin)).status).toBe(409);
    expect((await step('notify-confirmed', providerAdmin)).status).toBe(403);
    const told = await step('notify-confirmed', analyst);
    expect(told.body).toMatchObject({
      stage: 'confirmed_notified',
      regulatorNotified: false,
      awaiting: 'provider',
    });
    expect((await step('publish', analyst)).status).toBe(409);
    expect((await step('acknowledge', analyst)).status).toBe(403);
    expect((await step('acknowledge', otherTrustAdmin)).status).toBe(404);
    const acknowledged = await step('acknowledge', providerAdmin, { note: 'Board informed' });
    expect(acknowledged.body.stage).toBe('acknowledged');
    expect((await step('publish', providerAdmin)).status).toBe(403);
    const published = await step('publish', analyst);
    expect(published.body).toMatchObject({ stage: 'published', stageDueOn: null, availableActions: [] });
    for (const action of ['data-checked', 'review', 'publish', 'escalate']) {
      expect((await step(action, analyst, action === 'review' ? { outcome: 'no_case' } : {})).status).toBe(
        409,
      );
    }

    const history = await call('GET', `/v1/outlier-cases/${theCase.id}`, providerAdmin);
    expect(history.body.events?.map((e) => e.action)).toEqual([
      'open',
      'data-checked',
      'notify-provider',
      'escalate',
      'respond',
      'rerun',
      'review',
      'notify-confirmed',
      'acknowledge',
      'publish',
    ]);
    expect(history.body.events?.find((e) => e.action === 'respond')?.actorOrganisationId).toBe(provider);
    // Every step audited, in the acting organisation's own log.
    const ownerAudit = await queryRows<{ action: string }>(
      owner(),
      sql`select action from platform.audit_log where target_id = ${theCase.id} and tenant_id = ${nationalBody} order by occurred_at, id`,
    );
    expect(ownerAudit.map((row) => row.action)).toEqual([
      'outlier_case.opened',
      'outlier_case.data-checked',
      'outlier_case.notify-provider',
      'outlier_case.escalate',
      'outlier_case.rerun',
      'outlier_case.review',
      'outlier_case.notify-confirmed',
      'outlier_case.publish',
    ]);
    const providerAudit = await queryRows<{ action: string }>(
      owner(),
      sql`select action from platform.audit_log where target_id = ${theCase.id} and tenant_id = ${provider} order by occurred_at, id`,
    );
    expect(providerAudit.map((row) => row.action)).toEqual([
      'outlier_case.respond',
      'outlier_case.acknowledge',
    ]);
  });

  it('closes a case with no case to answer, with deadlines across the programme’s bank holidays', async () => {
    // The programme's calendar: the next weekday is a bank holiday; data checks get 3 working days.
    const holiday = addWorkingDays(today(), 1);
    await owner().execute(
      sql`update tenancy.programmes set settings = settings || ${JSON.stringify({
        bankHolidays: [holiday],
        outlierDeadlines: { detected: 3 },
        outlierNotifyRegulator: true,
      })}::jsonb where id = ${programme}`,
    );
    const second = await publishedRun();
    const opened = await call<{ items: OutlierCase[] }>(
      'POST',
      `/v1/benchmark-runs/${second}/outlier-cases`,
      analyst,
    );
    const next = opened.body.items.find((c) => c.organisationId === provider) as OutlierCase;
    expect(next.stageDueOn).toBe(addWorkingDays(today(), 3, [holiday]));
    expect(next.stageDueOn).not.toBe(addWorkingDays(today(), 3));
    expect((await step('data-checked', analyst, {}, next.id)).status).toBe(200);
    expect((await step('notify-provider', analyst, {}, next.id)).status).toBe(200);
    expect(
      (await step('respond', providerAdmin, { explanation: 'Case mix' }, next.id)).body.dataCorrected,
    ).toBe(false);
    expect((await step('rerun', analyst, {}, next.id)).status).toBe(409);
    const closed = await step(
      'review',
      analyst,
      { outcome: 'no_case', note: 'Explained by case mix' },
      next.id,
    );
    expect(closed.body).toMatchObject({
      stage: 'closed',
      outcome: 'no_case',
      stageDueOn: null,
      awaiting: null,
    });
    for (const action of ['notify-confirmed', 'publish']) {
      expect((await step(action, analyst, {}, next.id)).status).toBe(409);
    }
    expect((await step('acknowledge', providerAdmin, {}, next.id)).status).toBe(409);
  });

  it('holds the line in the database: provider updates are narrow, history is append-only', async () => {
    const { database } = t.platform.services;
    // The provider cannot set the outcome or move a case it does not hold the pen on.
    const changed = await database.tenant({ tenantId: provider }, (tx) =>
      queryRows<{ id: string }>(
        tx,
        sql`update benchmarking.outlier_cases set outcome = 'no_case' where id = ${theCase.id} returning id`,
      ),
    );
    expect(changed).toEqual([]);
    // On a case awaiting its response, only the response: no outcome, no skipping stages.
    const run = await publishedRun();
    const opened = await call<{ items: OutlierCase[] }>(
      'POST',
      `/v1/benchmark-runs/${run}/outlier-cases`,
      analyst,
    );
    const waiting = opened.body.items.find((c) => c.organisationId === provider) as OutlierCase;
    await step('data-checked', analyst, {}, waiting.id);
    await step('notify-provider', analyst, {}, waiting.id);
    const attempt = (statement: ReturnType<typeof sql>) =>
      database
        .tenant({ tenantId: provider }, (tx) => tx.execute(statement))
        .then(
          () => 'allowed',
          () => 'refused',
        );
    expect(
      await attempt(
        sql`update benchmarking.outlier_cases set stage = 'provider_responded', outcome = 'no_case' where id = ${waiting.id}`,
      ),
    ).toBe('refused');
    expect(
      await attempt(
        sql`update benchmarking.outlier_cases set stage = 'acknowledged' where id = ${waiting.id}`,
      ),
    ).toBe('refused');
    expect(
      await attempt(
        sql`insert into benchmarking.outlier_case_events (tenant_id, id, case_id, action, to_stage, actor, actor_tenant_id)
            values (${nationalBody}, ${uuidv7()}, ${waiting.id}, 'forged', 'published', 'x', ${nationalBody})`,
      ),
    ).toBe('refused');
    expect(
      await database
        .tenant({ tenantId: provider }, (tx) =>
          tx.execute(
            sql`insert into benchmarking.outlier_case_events (tenant_id, id, case_id, action, to_stage, actor, actor_tenant_id)
                values (${nationalBody}, ${uuidv7()}, ${waiting.id}, 'note', 'provider_notified', 'x', ${provider})`,
          ),
        )
        .then(() => 'allowed'),
    ).toBe('allowed');
    expect(
      await attempt(
        sql`update benchmarking.outlier_cases set stage = 'provider_responded', explanation = 'ok' where id = ${waiting.id}`,
      ),
    ).toBe('allowed');
    // Another trust sees no case and no history.
    const other = trustSlugs.map((slug) => demoId(slug)).find((id) => id !== provider) as string;
    const seen = await database.tenant({ tenantId: other }, (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`select (select count(*)::int from benchmarking.outlier_cases where organisation_id <> ${other})
                 + (select count(*)::int from benchmarking.outlier_case_events e
                      join benchmarking.outlier_cases c on c.id = e.case_id where c.organisation_id <> ${other}) as n`,
      ),
    );
    expect(seen[0]?.n).toBe(0);
    await expect(
      owner().execute(sql`update benchmarking.outlier_case_events set note = 'rewritten'`),
    ).rejects.toThrow();
    await expect(owner().execute(sql`delete from benchmarking.outlier_cases`)).rejects.toThrow();
  });
});
