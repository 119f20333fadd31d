import { readFileSync } from 'node:fs';
import {
  enrolments,
  observations,
  organisations,
  programmeMeasures,
  programmes,
  queryRows,
  submissions,
} from '@qms/db';
import { analyseFunnel } from '@qms/statistics';
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoMeasureId } from '../src/demo/demo-measures.js';
import { demoId } from '../src/demo/demo-organisations.js';
import { engines, json, startTestPlatform, type TestPlatform } from './harness.js';

const nationalBody = demoId('national-quality-body');
const programme = demoId('programme/uec-flow');
const fourHour = demoMeasureId('AE-4HR');
const attendances = demoMeasureId('AE-ATT');
const barts = demoId('barts-health');
const guys = demoId('guys-st-thomas');
const cornwall = demoId('royal-cornwall');
const trusts = [
  'barking-havering-redbridge',
  'barts-health',
  'guys-st-thomas',
  'oxford-university-hospitals',
  'university-hospitals-birmingham',
].map((slug) => demoId(slug));

interface RunBody {
  id: string;
  status: string;
  inputCount: number;
  organisationCount: number;
  inputsHash: string;
  resultsHash: string;
  engineVersion: string;
  method: { dataType: string; options: Record<string, unknown> };
  results: {
    funnel: { organisations: { id: string; band: string }[]; target: number; engineVersion: string };
    organisations: {
      organisationId: string;
      name: string;
      value: number;
      numerator: number;
      denominator: number;
      interval: { lower: number; upper: number; method: string; level: number };
      band: string;
      rank: number;
      periods: number;
    }[];
  };
}

describe.each(engines)('benchmarking on %s', (engine) => {
  let t: TestPlatform;
  let analyst: string;
  let nationalViewer: string;
  let guysAdmin: string;
  const owner = () => t.platform.owner.db;

  const createRun = async (body: Record<string, unknown>, token = analyst) => {
    const response = await t.fetch('/v1/benchmark-runs', { token, ...json(body) });
    return { response, body: (await response.json()) as RunBody & Record<string, unknown> };
  };
  const quarterRun = (extra: Record<string, unknown> = {}) =>
    createRun({
      programmeId: programme,
      measureId: fourHour,
      period: { type: 'quarter', quarter: '2019-Q1' },
      ...extra,
    });
  const get = async <T>(path: string, token = analyst) => {
    const response = await t.fetch(path, { token });
    const text = await response.text();
    return { status: response.status, text, body: (text ? JSON.parse(text) : {}) as T };
  };

  beforeAll(async () => {
    t = await startTestPlatform(engine);
    analyst = await t.token('national-quality-body', 'analyst');
    nationalViewer = await t.token('national-quality-body', 'viewer');
    guysAdmin = await t.token('guys-st-thomas', 'tenant_admin');
  }, 120_000);
  afterAll(() => t?.close());

  it('computes a run from the enrolled organisations’ latest revisions, with its exact inputs', async () => {
    const { response, body } = await quarterRun();
    expect(response.status, JSON.stringify(body)).toBe(201);
    expect(response.headers.get('location')).toBe(`/v1/benchmark-runs/${body.id}`);
    expect(body.status).toBe('draft');
    expect(body.method.dataType).toBe('proportion');
    expect(body.engineVersion).toBe('1.0.0');
    expect(body.organisationCount).toBe(5);
    expect(body.inputCount).toBe(15);
    const ids = body.results.organisations.map((organisation) => organisation.organisationId);
    expect(new Set(ids)).toEqual(new Set(trusts));
    expect(ids).not.toContain(cornwall);
    // Ranked best first, never bare: each value with its Wilson interval and band.
    const values = body.results.organisations.map((organisation) => organisation.value);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    for (const organisation of body.results.organisations) {
      expect(organisation.periods).toBe(3);
      expect(organisation.interval.method).toBe('wilson');
      expect(organisation.interval.lower).toBeLessThan(organisation.value);
      expect(organisation.interval.upper).toBeGreaterThan(organisation.value);
      expect(organisation.value).toBeCloseTo(organisation.numerator / organisation.denominator, 12);
    }
    // The recorded inputs are the current revisions, ids and values.
    const inputs = await get<{ items: { observationId: string; numerator: number; denominator: number }[] }>(
      `/v1/benchmark-runs/${body.id}/inputs`,
    );
    expect(inputs.status).toBe(200);
    expect(inputs.body.items).toHaveLength(15);
    const stored = await owner()
      .select()
      .from(observations)
      .where(sql`${observations.id} in ${inputs.body.items.map((item) => item.observationId)}`);
    expect(stored.every((row) => row.isCurrent && row.measureId === fourHour)).toBe(true);
    const audit = await queryRows<{ action: string }>(
      owner(),
      sql`select action from platform.audit_log where target_id = ${body.id} and tenant_id = ${nationalBody}`,
    );
    expect(audit.map((row) => row.action)).toEqual(['benchmark_run.created']);
  });

  it('matches the stateless funnel engine and computes rolling windows and single periods', async () => {
    const rolling = await createRun({
      programmeId: programme,
      measureId: fourHour,
      period: { type: 'rolling', end: '2019-03-01', length: 12 },
      options: { overdispersion: { adjustment: 'multiplicative' } },
    });
    expect(rolling.response.status).toBe(201);
    expect(rolling.body.inputCount).toBe(60);
    const inputs = await get<{ items: { organisationId: string; numerator: number; denominator: number }[] }>(
      `/v1/benchmark-runs/${rolling.body.id}/inputs`,
    );
    const direct = analyseFunnel({
      dataType: 'proportion',
      rows: inputs.body.items.map((item) => ({ id: item.organisationId, ...item })),
      options: {
        overdispersion: { adjustment: 'multiplicative' },
        improvementDirection: 'increase',
        multiplier: 1,
      },
    });
    expect(rolling.body.results.funnel.target).toBe(direct.target);
    expect(rolling.body.results.funnel.organisations.map((o) => o.band)).toEqual(
      direct.organisations.map((o) => o.band),
    );
    const single = await createRun({
      programmeId: programme,
      measureId: fourHour,
      period: { type: 'period', period: '2019-03-01' },
    });
    expect(single.body.inputCount).toBe(5);
  });

  it('refuses bad input with problem pointers, never a 500', async () => {
    const counts = await createRun({
      programmeId: programme,
      measureId: attendances,
      period: { type: 'period', period: '2019-03-01' },
    });
    expect(counts.response.status).toBe(422);
    expect(JSON.stringify(counts.body)).toContain('/body/dataType');
    const badPeriod = await createRun({
      programmeId: programme,
      measureId: fourHour,
      period: { type: 'quarter', quarter: '2019-Q5' },
    });
    expect(badPeriod.response.status).toBe(400);
    expect(badPeriod.response.headers.get('content-type')).toContain('application/problem+json');
    const noData = await createRun({
      programmeId: programme,
      measureId: fourHour,
      period: { type: 'period', period: '2030-01-01' },
    });
    expect(noData.response.status).toBe(422);
    expect(JSON.stringify(noData.body)).toContain('/body/period');
    const notMine = await createRun({
      programmeId: demoId('programme/nope'),
      measureId: fourHour,
      period: { type: 'period', period: '2019-03-01' },
    });
    expect(notMine.response.status).toBe(422);
    expect(JSON.stringify(notMine.body)).toContain('/body/programmeId');
    const badOptions = await quarterRun({ options: { limitMethod: 'nonsense' } });
    expect(badOptions.response.status).toBe(400);
    const raw = await t.fetch('/v1/benchmark-runs', {
      token: analyst,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(raw.status).toBe(400);
  });

  it('lets only the owner’s analysts write', async () => {
    expect((await quarterRun()).response.status).toBe(201);
    expect(
      (
        await createRun(
          { programmeId: programme, measureId: fourHour, period: { type: 'quarter', quarter: '2019-Q1' } },
          nationalViewer,
        )
      ).response.status,
    ).toBe(403);
    expect(
      (
        await createRun(
          { programmeId: programme, measureId: fourHour, period: { type: 'quarter', quarter: '2019-Q1' } },
          guysAdmin,
        )
      ).response.status,
    ).toBe(403);
    const list = await get<{ items: { id: string }[] }>(
      `/v1/benchmark-runs?programmeId=${programme}`,
      nationalViewer,
    );
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
  });

  it('publishes immutable, reproducible runs; a data correction makes a new run, never a silent change', async () => {
    const { body: run } = await quarterRun();
    const verify = await get<{ reproducible: boolean; dataChanged: boolean }>(
      `/v1/benchmark-runs/${run.id}/verification`,
    );
    expect(verify.body).toMatchObject({ reproducible: true, dataChanged: false });
    const published = await t.fetch(`/v1/benchmark-runs/${run.id}/publish`, {
      token: analyst,
      method: 'POST',
    });
    expect(published.status).toBe(200);
    expect(((await published.json()) as RunBody).status).toBe('published');
    const again = await t.fetch(`/v1/benchmark-runs/${run.id}/publish`, { token: analyst, method: 'POST' });
    expect(again.status).toBe(409);
    // Immutable in the database, for the application role and for the owner alike.
    const { database } = t.platform.services;
    await expect(
      database.tenant({ tenantId: nationalBody }, (tx) =>
        tx.execute(sql`update benchmarking.benchmark_runs set results = '{}'::jsonb where id = ${run.id}`),
      ),
    ).rejects.toThrow();
    await expect(
      owner().execute(sql`update benchmarking.benchmark_runs set status = 'draft' where id = ${run.id}`),
    ).rejects.toThrow();
    await expect(
      owner().execute(sql`delete from benchmarking.benchmark_runs where id = ${run.id}`),
    ).rejects.toThrow();
    // Drafts cannot have their inputs rewritten either.
    const { body: draft } = await quarterRun();
    await expect(
      owner().execute(
        sql`update benchmarking.benchmark_runs set inputs = '{"format":1,"organisations":[],"rows":[]}' where id = ${draft.id}`,
      ),
    ).rejects.toThrow();

    // A later correction of Barts' March 2019 figures: a new revision.
    const [old] = await owner()
      .select()
      .from(observations)
      .where(
        sql`${observations.tenantId} = ${barts} and ${observations.measureId} = ${fourHour} and ${observations.periodStart} = '2019-03-01' and ${observations.isCurrent}`,
      );
    if (!old) throw new Error('no Barts observation');
    await owner().execute(
      sql`update measures.observations set is_current = false where tenant_id = ${barts} and id = ${old.id}`,
    );
    await owner()
      .insert(observations)
      .values({
        ...old,
        id: uuidv7(),
        revision: old.revision + 1,
        isCurrent: true,
        numerator: (old.numerator ?? 0) - 500,
        submittedAt: new Date(),
      });
    const after = await get<{ reproducible: boolean; dataChanged: boolean; changedObservations: number }>(
      `/v1/benchmark-runs/${run.id}/verification`,
    );
    expect(after.body).toMatchObject({ reproducible: true, dataChanged: true, changedObservations: 2 });
    const stillSame = await get<RunBody>(`/v1/benchmark-runs/${run.id}`);
    expect(stillSame.body.resultsHash).toBe(run.resultsHash);
    expect(stillSame.body.results.organisations).toEqual(run.results.organisations);
    const { body: corrected } = await quarterRun();
    expect(corrected.inputsHash).not.toBe(run.inputsHash);
    const bartsBefore = run.results.organisations.find((o) => o.organisationId === barts);
    const bartsAfter = corrected.results.organisations.find((o) => o.organisationId === barts);
    expect(bartsAfter?.numerator).toBe((bartsBefore?.numerator ?? 0) - 500);
  });

  it('shows an enrolled organisation only its anonymised peer view of published runs', async () => {
    const { body: draft } = await quarterRun();
    const { body: run } = await quarterRun();
    await t.fetch(`/v1/benchmark-runs/${run.id}/publish`, { token: analyst, method: 'POST' });
    // Not the run itself, nor its inputs, nor drafts.
    expect((await get(`/v1/benchmark-runs/${run.id}`, guysAdmin)).status).toBe(404);
    expect((await get(`/v1/benchmark-runs/${run.id}/inputs`, guysAdmin)).status).toBe(404);
    expect((await get(`/v1/benchmark-runs/${run.id}/verification`, guysAdmin)).status).toBe(404);
    expect((await get(`/v1/benchmark-runs/${draft.id}/peer-view`, guysAdmin)).status).toBe(404);
    // It can find the programme's published runs (to open their peer views), never drafts.
    const list = await get<{ items: { id: string; status: string }[] }>(
      '/v1/benchmark-runs?limit=200',
      guysAdmin,
    );
    expect(list.body.items.map((item) => item.id)).toContain(run.id);
    expect(list.body.items.map((item) => item.id)).not.toContain(draft.id);
    expect(list.body.items.every((item) => item.status === 'published')).toBe(true);
    const outsider = await get<{ items: unknown[] }>(
      '/v1/benchmark-runs',
      await t.token('care-regulator', 'tenant_admin'),
    );
    expect(outsider.body.items).toEqual([]);

    const view = await get<{
      own: { organisationId: string; band: string; rank: number } | null;
      peers: { label: string; band: string }[];
      named: boolean;
    }>(`/v1/benchmark-runs/${run.id}/peer-view`, guysAdmin);
    expect(view.status).toBe(200);
    expect(view.body.named).toBe(false);
    expect(view.body.own?.organisationId).toBe(guys);
    expect(view.body.peers).toHaveLength(4);
    for (const peer of view.body.peers) expect(peer.label).toMatch(/^Peer [1-5]$/);
    for (const id of trusts.filter((id) => id !== guys)) expect(view.text).not.toContain(id);
    expect(view.text).not.toContain('Barts');
    // Stable pseudonyms per run; another run gives others.
    const again = await get<{ peers: { label: string }[] }>(
      `/v1/benchmark-runs/${run.id}/peer-view`,
      guysAdmin,
    );
    expect(again.body.peers.map((peer) => peer.label)).toEqual(view.body.peers.map((peer) => peer.label));
    const bartsView = await get<{ peers: { label: string }[]; own: unknown }>(
      `/v1/benchmark-runs/${run.id}/peer-view`,
      await t.token('barts-health', 'viewer'),
    );
    expect(bartsView.status).toBe(200);
    expect(bartsView.body.own).not.toBeNull();

    // The SVG: own organisation highlighted and named, peers unnamed.
    const svg = await t.fetch(`/v1/benchmark-runs/${run.id}/funnel.svg`, { token: guysAdmin });
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    const text = await svg.text();
    expect(text.startsWith('<svg')).toBe(true);
    expect(text.match(/class="organisation highlighted"/g)).toHaveLength(1);
    expect(text).toContain('Guy&apos;s and St Thomas');
    expect(text).not.toContain('Barts');
    expect(text).toContain('class="limits-95"');
    expect(text).toContain('class="limits-998"');
    expect(text).toContain('class="target"');
    const ownerSvg = await (
      await t.fetch(`/v1/benchmark-runs/${run.id}/funnel.svg?highlight=${barts}`, { token: nationalViewer })
    ).text();
    expect(ownerSvg).toContain('Barts Health');

    // An invited organisation sees nothing.
    expect(
      (await get(`/v1/benchmark-runs/${run.id}/peer-view`, await t.token('royal-cornwall', 'tenant_admin')))
        .status,
    ).toBe(404);
    // Named comparison when the programme allows it.
    await owner().execute(
      sql`update tenancy.programmes set settings = settings || '{"namedComparison": true}'::jsonb where tenant_id = ${nationalBody} and id = ${programme}`,
    );
    const named = await get<{ named: boolean; peers: { label: string }[] }>(
      `/v1/benchmark-runs/${run.id}/peer-view`,
      guysAdmin,
    );
    expect(named.body.named).toBe(true);
    expect(named.body.peers.map((peer) => peer.label)).toContain('Barts Health NHS Trust');
    await owner().execute(
      sql`update tenancy.programmes set settings = settings || '{"namedComparison": false}'::jsonb where tenant_id = ${nationalBody} and id = ${programme}`,
    );
  });

  it('compares within peer groups the programme defines', async () => {
    const none = await quarterRun({ peerGroup: { region: 'London' } });
    expect(none.response.status).toBe(422);
    expect(JSON.stringify(none.body)).toContain('/body/peerGroup/region');
    await owner().execute(
      sql`update tenancy.programmes set settings = settings || '{"peerGroupAttributes": ["region", "kind"]}'::jsonb where tenant_id = ${nationalBody} and id = ${programme}`,
    );
    const groups = await get<{
      attributes: string[];
      groups: { attribute: string; value: string; organisations: number }[];
    }>(`/v1/programmes/${programme}/peer-groups`);
    expect(groups.status).toBe(200);
    expect(groups.body.attributes).toEqual(['region', 'kind']);
    expect(groups.body.groups).toContainEqual({ attribute: 'region', value: 'London', organisations: 3 });
    expect(groups.body.groups).toContainEqual({ attribute: 'kind', value: 'trust', organisations: 5 });
    const london = await quarterRun({ peerGroup: { region: 'London' } });
    expect(london.response.status).toBe(201);
    expect(london.body.organisationCount).toBe(3);
    expect((await get(`/v1/programmes/${programme}/peer-groups`, guysAdmin)).status).toBe(404);
  });

  it('draws the national trend as an SPC chart with each organisation’s series', async () => {
    const trend = await get<{
      aggregate: { period: string; organisations: number; value: number }[];
      spc: { points: unknown[]; engine: { name: string } };
      organisations: { organisationId: string; points: unknown[] }[];
      aggregation: string;
    }>(`/v1/programmes/${programme}/measures/${fourHour}/national-trend?from=2016-04-01&to=2019-03-01`);
    expect(trend.status, trend.text).toBe(200);
    expect(trend.body.aggregation).toBe('ratio_of_sums');
    expect(trend.body.aggregate).toHaveLength(36);
    expect(trend.body.aggregate.every((point) => point.organisations === 5)).toBe(true);
    expect(trend.body.spc.engine.name).toBe('qms-spc');
    expect(trend.body.spc.points).toHaveLength(36);
    expect(trend.body.organisations.map((o) => o.organisationId).sort()).toEqual([...trusts].sort());
    const counts = await get<{ aggregation: string }>(
      `/v1/programmes/${programme}/measures/${attendances}/national-trend`,
    );
    expect(counts.body.aggregation).toBe('sum');
    expect(
      (await get(`/v1/programmes/${programme}/measures/${fourHour}/national-trend`, guysAdmin)).status,
    ).toBe(404);
  });

  it('benchmarks the 134 type-1 trusts of March 2019 (NHS England) like the stateless engine', async () => {
    const db = owner();
    const rows = readFileSync(
      new URL(
        '../../../packages/statistics/test/fixtures/funnel/nhse_ae_type1_2019_03_breaches.csv',
        import.meta.url,
      ),
      'utf8',
    )
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.replaceAll('"', '').split(','))
      .map(([code, att, breaches]) => ({
        code: code ?? '',
        attendances: Number(att),
        breaches: Number(breaches),
      }));
    expect(rows).toHaveLength(134);
    const national = uuidv7();
    await db
      .insert(programmes)
      .values({ tenantId: nationalBody, id: national, code: 'ae-2019-03', name: 'A&E March 2019' });
    await db
      .insert(programmeMeasures)
      .values({ tenantId: nationalBody, programmeId: national, measureId: fourHour });
    const [version] = await queryRows<{ id: string }>(
      db,
      sql`select id from measures.measure_versions where tenant_id = ${nationalBody} and measure_id = ${fourHour} and status = 'active'`,
    );
    const versionId = version?.id ?? '';
    const ids = new Map<string, string>();
    for (const row of rows) ids.set(row.code, uuidv7());
    await db.insert(organisations).values(
      rows.map((row) => ({
        tenantId: ids.get(row.code) as string,
        slug: `nhse-${row.code.toLowerCase()}`,
        name: `Trust ${row.code}`,
        kind: 'trust' as const,
      })),
    );
    // One trust withdrawn: never included.
    await db.insert(enrolments).values(
      rows.map((row, index) => ({
        tenantId: nationalBody,
        programmeId: national,
        organisationId: ids.get(row.code) as string,
        status: index === 0 ? ('withdrawn' as const) : ('active' as const),
      })),
    );
    const submissionIds = new Map<string, string>();
    await db.insert(submissions).values(
      rows.map((row) => {
        const id = uuidv7();
        submissionIds.set(row.code, id);
        return {
          tenantId: ids.get(row.code) as string,
          id,
          format: 'json' as const,
          mode: 'partial' as const,
          outcome: 'accepted' as const,
          received: 1,
          created: 1,
          revised: 0,
          unchanged: 0,
          rejected: 0,
          summary: {},
          contentType: 'application/json',
          submittedBy: 'test|fixture',
          requestId: 'fixture',
        };
      }),
    );
    await db.insert(observations).values(
      rows.map((row) => ({
        tenantId: ids.get(row.code) as string,
        measureTenantId: nationalBody,
        measureId: fourHour,
        measureVersionId: versionId,
        periodStart: '2019-03-01',
        revision: 1,
        numerator: row.attendances - row.breaches,
        denominator: row.attendances,
        submissionId: submissionIds.get(row.code) as string,
      })),
    );
    const { response, body } = await createRun({
      programmeId: national,
      measureId: fourHour,
      period: { type: 'period', period: '2019-03-01' },
      options: { overdispersion: { adjustment: 'additive' } },
    });
    expect(response.status, JSON.stringify(body)).toBe(201);
    expect(body.organisationCount).toBe(133);
    expect(body.results.organisations.map((o) => o.organisationId)).not.toContain(
      ids.get(rows[0]?.code ?? ''),
    );
    const direct = analyseFunnel({
      dataType: 'proportion',
      rows: rows.slice(1).map((row) => ({
        id: ids.get(row.code) as string,
        numerator: row.attendances - row.breaches,
        denominator: row.attendances,
      })),
      options: {
        overdispersion: { adjustment: 'additive' },
        improvementDirection: 'increase',
        multiplier: 1,
      },
    });
    const bandOf = new Map(direct.organisations.map((o) => [o.id, o.band]));
    for (const organisation of body.results.organisations) {
      expect(organisation.band).toBe(bandOf.get(organisation.organisationId));
    }
    expect(body.results.funnel.target).toBeCloseTo(direct.target, 12);
    const verify = await get<{ reproducible: boolean }>(`/v1/benchmark-runs/${body.id}/verification`);
    expect(verify.body.reproducible).toBe(true);
  });

  it('never includes an organisation once withdrawn, and withdraws its peer view', async () => {
    const { body: run } = await quarterRun();
    await t.fetch(`/v1/benchmark-runs/${run.id}/publish`, { token: analyst, method: 'POST' });
    await owner().execute(
      sql`update tenancy.enrolments set status = 'withdrawn', withdrawn_at = now() where tenant_id = ${nationalBody} and programme_id = ${programme} and organisation_id = ${barts}`,
    );
    const { body: after } = await quarterRun();
    expect(after.organisationCount).toBe(4);
    expect(after.results.organisations.map((o) => o.organisationId)).not.toContain(barts);
    expect(
      (await get(`/v1/benchmark-runs/${run.id}/peer-view`, await t.token('barts-health', 'viewer'))).status,
    ).toBe(404);
    const trend = await get<{ organisations: { organisationId: string }[] }>(
      `/v1/programmes/${programme}/measures/${fourHour}/national-trend`,
    );
    expect(trend.body.organisations.map((o) => o.organisationId)).not.toContain(barts);
  });
});
