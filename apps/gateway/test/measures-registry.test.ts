import { measureVersions } from '@qms/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MEASURE_SET, DEMO_MEASURES, demoMeasureId } from '../src/demo/demo-measures.js';
import { demoId } from '../src/demo/demo-organisations.js';
import { demoUnitId } from '../src/demo/seed.js';
import { engines, startTestPlatform, type TestPlatform } from './harness.js';

/** The demo seed publishes its own measures and set to uec-flow; these tests look past them. */
const demoRecords = new Set([
  ...DEMO_MEASURES.map((measure) => demoMeasureId(measure.code)),
  demoId(`measure-set/${DEMO_MEASURE_SET.code}`),
]);
const isDemo = (id: string) => demoRecords.has(id);

const nationalBody = demoId('national-quality-body');
const uecFlow = demoId('programme/uec-flow');

interface Problem {
  type: string;
  status: number;
  detail: string;
  errors?: { pointer: string; detail: string }[];
}
interface VersionSummary {
  id: string;
  version: number;
  status: string;
  etag: string;
}
interface Version extends VersionSummary {
  title: string;
  targets: { from: string; to?: string; value: number }[];
}
interface Measure {
  id: string;
  code: string;
  ownerOrganisationId: string;
  versions: VersionSummary[];
  active: Version | null;
  draft: Version | null;
}

/** A complete, consistent definition of a proportion measure. */
const definition = (code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  title: 'Patients in A&E under 4 hours',
  description: 'Share of A&E attendances completed within 4 hours.',
  rationale: 'Long waits in A&E harm patients.',
  kind: 'outcome',
  valueType: 'proportion',
  multiplier: 100,
  numeratorDefinition: 'Attendances completed within 4 hours',
  denominatorDefinition: 'All A&E attendances',
  unit: '%',
  periodicity: 'month',
  improvementDirection: 'increase',
  targets: [{ from: '2024-04-01', value: 76 }],
  defaultChart: 'xmr',
  ruleFamily: 'mdc',
  dataQualityRules: {
    plausibleMin: 0,
    plausibleMax: 100,
    denominatorRequired: true,
    submissionDeadlineDays: 15,
  },
  domains: ['timely'],
  owner: 'Director of Urgent Care',
  benchmarking: { dataType: 'proportion', limitMethod: 'exact', overdispersion: { adjustment: 'additive' } },
  ...overrides,
});

describe.each(engines)('measures registry on %s', (engine) => {
  let t: TestPlatform;
  let nationalSteward: string;
  let bartsSteward: string;
  let guysSteward: string;
  let cornwallSteward: string;
  let regulatorAdmin: string;
  /** The national 4-hour measure, active and published to uec-flow. */
  let fourHours: Measure;
  /** A national measure left as a draft. */
  let draftOnly: Measure;

  const send = (
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
  const ok = async <T>(response: Response, status = 200): Promise<T> => {
    const text = await response.text();
    expect(response.status, text).toBe(status);
    return (text ? JSON.parse(text) : {}) as T;
  };
  const problem = async (response: Response, status: number): Promise<Problem> => {
    const text = await response.text();
    expect(response.status, text).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    return JSON.parse(text) as Problem;
  };
  const pointers = (p: Problem) => (p.errors ?? []).map((error) => error.pointer);
  const createMeasure = async (token: string, body: Record<string, unknown>) =>
    ok<Measure>(await send(token, 'POST', '/v1/measures', body), 201);
  /** Activates a version; the result carries the new ETag (from the header) like a summary does. */
  const activate = async (token: string, measure: Measure, version: VersionSummary): Promise<Version> => {
    const response = await send(
      token,
      'POST',
      `/v1/measures/${measure.id}/versions/${version.id}/activate`,
      undefined,
      {
        'If-Match': version.etag,
      },
    );
    const body = await ok<Version>(response);
    return { ...body, etag: response.headers.get('etag') ?? '' };
  };

  beforeAll(async () => {
    t = await startTestPlatform(engine);
    nationalSteward = await t.token('national-quality-body', 'measure_steward');
    bartsSteward = await t.token('barts-health', 'measure_steward');
    guysSteward = await t.token('guys-st-thomas', 'measure_steward');
    cornwallSteward = await t.token('royal-cornwall', 'measure_steward');
    regulatorAdmin = await t.token('care-regulator', 'tenant_admin');
  });
  afterAll(() => t?.close());

  it('creates a measure as a draft, activates it, and retires it when a second version is activated', async () => {
    const response = await send(nationalSteward, 'POST', '/v1/measures', definition('ED-4H'));
    const created = await ok<Measure>(response, 201);
    expect(response.headers.get('location')).toBe(`/v1/measures/${created.id}`);
    expect(created).toMatchObject({ code: 'ED-4H', ownerOrganisationId: nationalBody, active: null });
    expect(created.versions).toHaveLength(1);
    expect(created.draft).toMatchObject({
      version: 1,
      status: 'draft',
      multiplier: 100,
      domains: ['timely'],
    });
    const read = await send(nationalSteward, 'GET', `/v1/measures/${created.id}`);
    expect(read.headers.get('etag')).toBe(response.headers.get('etag'));

    const [v1] = created.versions;
    if (!v1) throw new Error('no first version');
    // If-Match: required, and must be current.
    await problem(
      await send(nationalSteward, 'POST', `/v1/measures/${created.id}/versions/${v1.id}/activate`),
      428,
    );
    await problem(
      await send(
        nationalSteward,
        'POST',
        `/v1/measures/${created.id}/versions/${v1.id}/activate`,
        undefined,
        {
          'If-Match': '"stale"',
        },
      ),
      412,
    );
    const active1 = await activate(nationalSteward, created, v1);
    expect(active1).toMatchObject({ status: 'active', version: 1 });

    // A second version copies the first and applies the change; one draft at a time.
    const draftResponse = await send(nationalSteward, 'POST', `/v1/measures/${created.id}/versions`, {
      targets: [
        { from: '2024-04-01', to: '2025-03-31', value: 76 },
        { from: '2025-04-01', value: 78 },
      ],
    });
    const v2 = await ok<Version>(draftResponse, 201);
    expect(draftResponse.headers.get('location')).toBe(`/v1/measures/${created.id}/versions/${v2.id}`);
    expect(v2).toMatchObject({ version: 2, status: 'draft', title: active1.title });
    expect(v2.targets).toHaveLength(2);
    const second = await problem(
      await send(nationalSteward, 'POST', `/v1/measures/${created.id}/versions`, { title: 'Another' }),
      409,
    );
    expect(second.detail).toMatch(/still a draft/);

    // Editing the draft: If-Match with the version's ETag; a stale one is refused.
    const draftEtag = draftResponse.headers.get('etag') ?? '';
    const edited = await send(
      nationalSteward,
      'PATCH',
      `/v1/measures/${created.id}/versions/${v2.id}`,
      { title: 'Patients in A&E for under 4 hours' },
      { 'If-Match': draftEtag },
    );
    const v2edited = await ok<Version>(edited);
    expect(v2edited.title).toBe('Patients in A&E for under 4 hours');
    await problem(
      await send(
        nationalSteward,
        'PATCH',
        `/v1/measures/${created.id}/versions/${v2.id}`,
        { title: 'Lost update' },
        { 'If-Match': draftEtag },
      ),
      412,
    );

    const active2 = await activate(nationalSteward, created, {
      ...v2,
      etag: edited.headers.get('etag') ?? '',
    });
    expect(active2).toMatchObject({ status: 'active', version: 2 });
    const measure = await ok<Measure>(await send(nationalSteward, 'GET', `/v1/measures/${created.id}`));
    expect(measure.versions.map((version) => [version.version, version.status])).toEqual([
      [1, 'retired'],
      [2, 'active'],
    ]);
    expect(measure.active?.id).toBe(v2.id);
    expect(measure.draft).toBeNull();
    fourHours = measure;
  });

  it('refuses to change an active version, in the API and in the database', async () => {
    const active = fourHours.versions.find((version) => version.status === 'active');
    if (!active) throw new Error('no active version');
    const refused = await problem(
      await send(
        nationalSteward,
        'PATCH',
        `/v1/measures/${fourHours.id}/versions/${active.id}`,
        { title: 'Quietly changed' },
        { 'If-Match': active.etag },
      ),
      409,
    );
    expect(refused.detail).toBe('An active version is immutable; create a new version');
    const retired = fourHours.versions.find((version) => version.status === 'retired');
    if (!retired) throw new Error('no retired version');
    await problem(
      await send(
        nationalSteward,
        'POST',
        `/v1/measures/${fourHours.id}/versions/${retired.id}/activate`,
        undefined,
        {
          'If-Match': retired.etag,
        },
      ),
      409,
    );

    // The trigger refuses the same even to a handler that forgot the rule.
    const database = t.platform.services.database;
    const update = (versionId: string) =>
      database.tenant({ tenantId: nationalBody }, (tx) =>
        tx
          .update(measureVersions)
          .set({ title: 'Changed behind the API' })
          .where(and(eq(measureVersions.tenantId, nationalBody), eq(measureVersions.id, versionId))),
      );
    await expect(update(active.id)).rejects.toThrow();
    await expect(update(retired.id)).rejects.toThrow();
    const after = await ok<Version>(
      await send(nationalSteward, 'GET', `/v1/measures/${fourHours.id}/versions/${active.id}`),
    );
    expect(after.title).toBe(fourHours.active?.title);
  });

  it('retires an active version, after which the measure has none', async () => {
    const measure = await createMeasure(nationalSteward, definition('ED-12H', { title: '12-hour waits' }));
    const [v1] = measure.versions;
    if (!v1) throw new Error('no version');
    const active = await activate(nationalSteward, measure, v1);
    const retiring = await send(
      nationalSteward,
      'POST',
      `/v1/measures/${measure.id}/versions/${v1.id}/retire`,
      undefined,
      {
        'If-Match': active.etag,
      },
    );
    const retired = await ok<Version>(retiring);
    expect(retired.status).toBe('retired');
    await problem(
      await send(nationalSteward, 'POST', `/v1/measures/${measure.id}/versions/${v1.id}/retire`, undefined, {
        'If-Match': retiring.headers.get('etag') ?? '',
      }),
      409,
    );
    const page = await ok<{ items: { id: string; current: { status: string } }[] }>(
      await send(nationalSteward, 'GET', '/v1/measures?status=retired&owner=self'),
    );
    expect(page.items.map((item) => item.id)).toEqual([measure.id]);
  });

  it('answers bad definitions with problems that point at the fields', async () => {
    const badCode = await problem(
      await send(nationalSteward, 'POST', '/v1/measures', definition('lower-case')),
      400,
    );
    expect(pointers(badCode)).toContain('/body/code');
    const unknown = await problem(
      await send(nationalSteward, 'POST', '/v1/measures', definition('X-UNKNOWN', { colour: 'red' })),
      400,
    );
    expect(unknown.type).toBe('/problems/validation-error');
    const badBenchmarking = await problem(
      await send(
        nationalSteward,
        'POST',
        '/v1/measures',
        definition('X-BENCH', { benchmarking: { method: 'exact' } }),
      ),
      400,
    );
    expect(badBenchmarking.errors?.[0]?.pointer).toMatch(/^\/body\/benchmarking/);
    const longTitle = await problem(
      await send(nationalSteward, 'POST', '/v1/measures', definition('X-LONG', { title: 'x'.repeat(201) })),
      400,
    );
    expect(pointers(longTitle)).toEqual(['/body/title']);

    const chart = await problem(
      await send(
        nationalSteward,
        'POST',
        '/v1/measures',
        definition('X-CHART', { defaultChart: 'c', ruleFamily: 'anhoej' }),
      ),
      422,
    );
    expect(pointers(chart)).toEqual(['/body/defaultChart']);
    const mdcChart = await problem(
      await send(nationalSteward, 'POST', '/v1/measures', definition('X-MDC', { defaultChart: 'p' })),
      422,
    );
    expect(pointers(mdcChart)).toEqual(['/body/defaultChart']);
    const overlapping = await problem(
      await send(
        nationalSteward,
        'POST',
        '/v1/measures',
        definition('X-TARGETS', {
          targets: [
            { from: '2024-04-01', value: 76 },
            { from: '2025-04-01', value: 78 },
          ],
        }),
      ),
      422,
    );
    expect(pointers(overlapping)).toEqual(['/body/targets/1/from']);
    const countBenchmark = await problem(
      await send(
        nationalSteward,
        'POST',
        '/v1/measures',
        definition('X-COUNT', {
          valueType: 'count',
          multiplier: 1,
          defaultChart: 'xmr',
          benchmarking: { dataType: 'rate' },
        }),
      ),
      422,
    );
    expect(pointers(countBenchmark)).toEqual(['/body/benchmarking/dataType']);

    const duplicate = await problem(
      await send(nationalSteward, 'POST', '/v1/measures', definition('ED-4H')),
      409,
    );
    expect(pointers(duplicate)).toEqual(['/body/code']);

    // A draft must say what it counts before it can be activated.
    draftOnly = await createMeasure(
      nationalSteward,
      definition('ED-CONVEYANCE', {
        title: 'Ambulance conveyances',
        numeratorDefinition: '',
        denominatorDefinition: '',
      }),
    );
    const [draft] = draftOnly.versions;
    if (!draft) throw new Error('no draft');
    const unready = await problem(
      await send(
        nationalSteward,
        'POST',
        `/v1/measures/${draftOnly.id}/versions/${draft.id}/activate`,
        undefined,
        {
          'If-Match': draft.etag,
        },
      ),
      422,
    );
    expect(pointers(unready)).toEqual(['/numeratorDefinition', '/denominatorDefinition']);
    // A trust's steward cannot write the national body's measures; a viewer cannot write at all.
    await problem(
      await send(bartsSteward, 'POST', `/v1/measures/${fourHours.id}/versions`, { title: 'Mine' }),
      404,
    );
    const viewer = await t.token('national-quality-body', 'viewer');
    await problem(await send(viewer, 'POST', '/v1/measures', definition('X-VIEWER')), 403);
  });

  it('replays an idempotent create instead of writing twice', async () => {
    const headers = { 'Idempotency-Key': `measure-${engine}-1` };
    const first = await send(nationalSteward, 'POST', '/v1/measures', definition('ED-DTA'), headers);
    const second = await send(nationalSteward, 'POST', '/v1/measures', definition('ED-DTA'), headers);
    const a = await ok<Measure>(first, 201);
    const b = await ok<Measure>(second, 201);
    expect(b.id).toBe(a.id);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    const page = await ok<{ items: unknown[] }>(
      await send(nationalSteward, 'GET', '/v1/measures?code=ED-DTA'),
    );
    expect(page.items).toHaveLength(1);
  });

  it('publishes a measure to a programme, for its members only', async () => {
    const path = `/v1/programmes/${uecFlow}/measures`;
    await problem(await send(nationalSteward, 'POST', path, { measureId: draftOnly.id }), 422);
    await problem(await send(bartsSteward, 'POST', path, { measureId: fourHours.id }), 403);
    const response = await send(nationalSteward, 'POST', path, { measureId: fourHours.id });
    const published = await ok<{ status: string; active: { id: string } }>(response, 201);
    expect(response.headers.get('location')).toBe(`${path}/${fourHours.id}`);
    expect(published).toMatchObject({ status: 'published', active: { id: fourHours.active?.id } });
    await problem(await send(nationalSteward, 'POST', path, { measureId: fourHours.id }), 409);

    // An enrolled trust sees the publication and the definition.
    const bartsList = await ok<{ items: { measureId: string; active: { version: number } }[] }>(
      await send(bartsSteward, 'GET', path),
    );
    expect(
      bartsList.items
        .filter((item) => !isDemo(item.measureId))
        .map((item) => [item.measureId, item.active.version]),
    ).toEqual([[fourHours.id, 2]]);
    const bartsMeasure = await ok<Measure>(await send(bartsSteward, 'GET', `/v1/measures/${fourHours.id}`));
    expect(bartsMeasure.active?.id).toBe(fourHours.active?.id);
    const bartsMeasures = await ok<{ items: { id: string }[] }>(
      await send(bartsSteward, 'GET', '/v1/measures?limit=200'),
    );
    expect(bartsMeasures.items.map((item) => item.id).filter((id) => !isDemo(id))).toEqual([fourHours.id]);
    const own = await ok<{ items: unknown[] }>(await send(bartsSteward, 'GET', '/v1/measures?owner=self'));
    expect(own.items).toEqual([]);

    // Invited only: sees the definition.
    const cornwall = await ok<{ items: { measureId: string }[] }>(await send(cornwallSteward, 'GET', path));
    expect(cornwall.items.map((item) => item.measureId).filter((id) => !isDemo(id))).toEqual([fourHours.id]);
    await ok(await send(cornwallSteward, 'GET', `/v1/measures/${fourHours.id}`));

    // Not a member: sees nothing.
    await problem(await send(regulatorAdmin, 'GET', path), 404);
    await problem(await send(regulatorAdmin, 'GET', `/v1/measures/${fourHours.id}`), 404);
    const regulatorList = await ok<{ items: unknown[] }>(await send(regulatorAdmin, 'GET', '/v1/measures'));
    expect(regulatorList.items).toEqual([]);
    // Nor does the national body see the draft-only measure through anyone else.
    await problem(await send(bartsSteward, 'GET', `/v1/measures/${draftOnly.id}`), 404);
  });

  it('withdraws and republishes a measure', async () => {
    const measure = await createMeasure(
      nationalSteward,
      definition('ED-AMB', { title: 'Ambulance handovers' }),
    );
    const [v1] = measure.versions;
    if (!v1) throw new Error('no version');
    await activate(nationalSteward, measure, v1);
    const path = `/v1/programmes/${uecFlow}/measures`;
    await ok(await send(nationalSteward, 'POST', path, { measureId: measure.id }), 201);
    await ok(await send(bartsSteward, 'GET', `/v1/measures/${measure.id}`));
    await problem(await send(bartsSteward, 'POST', `${path}/${measure.id}/withdraw`), 403);
    const withdrawn = await ok<{ status: string }>(
      await send(nationalSteward, 'POST', `${path}/${measure.id}/withdraw`),
    );
    expect(withdrawn.status).toBe('withdrawn');
    await problem(await send(nationalSteward, 'POST', `${path}/${measure.id}/withdraw`), 409);
    await problem(await send(bartsSteward, 'GET', `/v1/measures/${measure.id}`), 404);
    const all = await ok<{ items: { measureId: string; status: string }[] }>(
      await send(nationalSteward, 'GET', `${path}?includeWithdrawn=true`),
    );
    expect(all.items.find((item) => item.measureId === measure.id)?.status).toBe('withdrawn');
    await ok(await send(nationalSteward, 'POST', path, { measureId: measure.id }), 201);
    await ok(await send(bartsSteward, 'GET', `/v1/measures/${measure.id}`));
  });

  it('lets an enrolled trust adopt a programme measure', async () => {
    const bartsEd = demoUnitId('barts-health', 'ed');
    await problem(
      await send(guysSteward, 'POST', '/v1/adoptions', { measureId: fourHours.id, ownerUnitId: bartsEd }),
      422,
    );
    await problem(await send(cornwallSteward, 'POST', '/v1/adoptions', { measureId: fourHours.id }), 404);
    await problem(await send(bartsSteward, 'POST', '/v1/adoptions', { measureId: draftOnly.id }), 404);
    await problem(await send(nationalSteward, 'POST', '/v1/adoptions', { measureId: fourHours.id }), 422);

    const response = await send(bartsSteward, 'POST', '/v1/adoptions', {
      measureId: fourHours.id,
      ownerUnitId: bartsEd,
      localOwner: 'ED clinical lead',
      localTarget: 80,
    });
    const adoption = await ok<{ id: string; status: string; measureOwnerOrganisationId: string }>(
      response,
      201,
    );
    expect(adoption).toMatchObject({ status: 'active', measureOwnerOrganisationId: nationalBody });
    expect(response.headers.get('etag')).toBe('"1"');
    await problem(await send(bartsSteward, 'POST', '/v1/adoptions', { measureId: fourHours.id }), 409);

    // The measure's owner sees who adopted it; another trust does not.
    const national = await ok<{ items: { id: string }[] }>(
      await send(nationalSteward, 'GET', `/v1/adoptions?measureId=${fourHours.id}`),
    );
    expect(national.items.map((item) => item.id)).toEqual([adoption.id]);
    await problem(await send(guysSteward, 'GET', `/v1/adoptions/${adoption.id}`), 404);

    await problem(
      await send(bartsSteward, 'PATCH', `/v1/adoptions/${adoption.id}`, { localTarget: 82 }),
      428,
    );
    await problem(
      await send(
        nationalSteward,
        'PATCH',
        `/v1/adoptions/${adoption.id}`,
        { localTarget: 1 },
        { 'If-Match': '"1"' },
      ),
      404,
    );
    const changed = await send(
      bartsSteward,
      'PATCH',
      `/v1/adoptions/${adoption.id}`,
      { localTarget: 82 },
      { 'If-Match': '"1"' },
    );
    expect((await ok<{ localTarget: number }>(changed)).localTarget).toBe(82);
    expect(changed.headers.get('etag')).toBe('"2"');
    await problem(
      await send(
        bartsSteward,
        'PATCH',
        `/v1/adoptions/${adoption.id}`,
        { localTarget: 1 },
        { 'If-Match': '"1"' },
      ),
      412,
    );
    const ended = await ok<{ status: string }>(
      await send(
        bartsSteward,
        'PATCH',
        `/v1/adoptions/${adoption.id}`,
        { status: 'ended' },
        { 'If-Match': '"2"' },
      ),
    );
    expect(ended.status).toBe('ended');
    await problem(
      await send(
        bartsSteward,
        'PATCH',
        `/v1/adoptions/${adoption.id}`,
        { localTarget: 1 },
        { 'If-Match': '"3"' },
      ),
      409,
    );
  });

  it('keeps measure sets with their uses and alignment, visible to programme members', async () => {
    const bartsMeasure = await createMeasure(
      bartsSteward,
      definition('RF4-FALLS', {
        title: 'Inpatient falls',
        valueType: 'count',
        multiplier: 1,
        benchmarking: {},
      }),
    );
    const invisible = await problem(
      await send(nationalSteward, 'POST', '/v1/measure-sets', {
        code: 'UEC-BOARD',
        name: 'UEC board',
        items: [{ measureId: bartsMeasure.id, uses: ['quality_control'] }],
      }),
      422,
    );
    expect(pointers(invisible)).toEqual(['/body/items/0/measureId']);
    const notOwnProgramme = await problem(
      await send(bartsSteward, 'POST', '/v1/measure-sets', {
        code: 'BARTS-SET',
        name: 'Barts set',
        programmeId: uecFlow,
        items: [],
      }),
      422,
    );
    expect(pointers(notOwnProgramme)).toEqual(['/body/programmeId']);
    const noUses = await problem(
      await send(nationalSteward, 'POST', '/v1/measure-sets', {
        code: 'UEC-BOARD',
        name: 'UEC board',
        items: [{ measureId: fourHours.id, uses: [] }],
      }),
      400,
    );
    expect(pointers(noUses)).toEqual(['/body/items/0/uses']);

    const response = await send(nationalSteward, 'POST', '/v1/measure-sets', {
      code: 'UEC-BOARD',
      name: 'UEC board',
      programmeId: uecFlow,
      items: [
        { measureId: fourHours.id, uses: ['quality_control', 'assurance', 'improvement'] },
        { measureId: draftOnly.id, uses: ['quality_control'] },
      ],
    });
    const set = await ok<{
      id: string;
      alignment: Record<string, unknown>;
      items: { measureId: string; position: number; measure: { code: string } | null }[];
    }>(response, 201);
    expect(set.alignment).toEqual({
      measures: 2,
      byUse: { quality_control: 2, assurance: 1, improvement: 1 },
      multiUse: 1,
      multiUseShare: 0.5,
      allUses: 1,
    });
    expect(set.items.map((item) => [item.position, item.measure?.code])).toEqual([
      [0, 'ED-4H'],
      [1, 'ED-CONVEYANCE'],
    ]);

    // A member sees the set, and the summary only of measures published to it.
    const bartsSets = await ok<{ items: { id: string }[] }>(
      await send(bartsSteward, 'GET', '/v1/measure-sets'),
    );
    expect(bartsSets.items.map((item) => item.id).filter((id) => !isDemo(id))).toEqual([set.id]);
    const bartsSet = await ok<typeof set>(await send(bartsSteward, 'GET', `/v1/measure-sets/${set.id}`));
    expect(bartsSet.items.map((item) => item.measure?.code ?? null)).toEqual(['ED-4H', null]);
    await problem(await send(regulatorAdmin, 'GET', `/v1/measure-sets/${set.id}`), 404);

    const etag = response.headers.get('etag') ?? '';
    await problem(
      await send(bartsSteward, 'PATCH', `/v1/measure-sets/${set.id}`, { name: 'Mine' }, { 'If-Match': etag }),
      404,
    );
    const replaced = await send(
      nationalSteward,
      'PATCH',
      `/v1/measure-sets/${set.id}`,
      { items: [{ measureId: fourHours.id, uses: ['assurance', 'quality_control'] }] },
      { 'If-Match': etag },
    );
    const updated = await ok<typeof set>(replaced);
    expect(updated.alignment).toMatchObject({ measures: 1, multiUse: 1, multiUseShare: 1 });
    expect(replaced.headers.get('etag')).toBe('"2"');
    await problem(
      await send(
        nationalSteward,
        'PATCH',
        `/v1/measure-sets/${set.id}`,
        { name: 'Stale' },
        { 'If-Match': etag },
      ),
      412,
    );
  });

  it('keeps the golden thread free of loops', async () => {
    const ward = await createMeasure(
      bartsSteward,
      definition('RF4-AMU-4H', { title: 'AMU patients under 4 hours', benchmarking: {} }),
    );
    const team = await createMeasure(
      bartsSteward,
      definition('RF4-TRIAGE', { title: 'Triage within 15 minutes', benchmarking: {} }),
    );
    // Trust measures feed the national outcome.
    const toNational = await ok<{ id: string; toMeasureOwnerOrganisationId: string }>(
      await send(bartsSteward, 'POST', '/v1/measure-links', {
        fromMeasureId: ward.id,
        toMeasureId: fourHours.id,
        kind: 'contributes_to',
      }),
      201,
    );
    expect(toNational.toMeasureOwnerOrganisationId).toBe(nationalBody);
    await ok(
      await send(bartsSteward, 'POST', '/v1/measure-links', {
        fromMeasureId: team.id,
        toMeasureId: ward.id,
        kind: 'contributes_to',
      }),
      201,
    );
    const loop = await problem(
      await send(bartsSteward, 'POST', '/v1/measure-links', {
        fromMeasureId: ward.id,
        toMeasureId: team.id,
        kind: 'contributes_to',
      }),
      422,
    );
    expect(pointers(loop)).toEqual(['/body/toMeasureId']);
    expect(loop.detail).toContain('loop');
    // A balancing link is no part of the thread's direction.
    await ok(
      await send(bartsSteward, 'POST', '/v1/measure-links', {
        fromMeasureId: ward.id,
        toMeasureId: team.id,
        kind: 'balancing',
      }),
      201,
    );
    await problem(
      await send(bartsSteward, 'POST', '/v1/measure-links', {
        fromMeasureId: ward.id,
        toMeasureId: team.id,
        kind: 'balancing',
      }),
      409,
    );
    const notOwn = await problem(
      await send(bartsSteward, 'POST', '/v1/measure-links', {
        fromMeasureId: fourHours.id,
        toMeasureId: ward.id,
        kind: 'contributes_to',
      }),
      422,
    );
    expect(pointers(notOwn)).toEqual(['/body/fromMeasureId']);
    const hidden = await problem(
      await send(nationalSteward, 'POST', '/v1/measure-links', {
        fromMeasureId: fourHours.id,
        toMeasureId: ward.id,
        kind: 'contributes_to',
      }),
      422,
    );
    expect(pointers(hidden)).toEqual(['/body/toMeasureId']);

    // The national body sees the trust's link into its measure (the trust is enrolled).
    const national = await ok<{ items: { id: string }[] }>(
      await send(nationalSteward, 'GET', `/v1/measure-links?measureId=${fourHours.id}`),
    );
    expect(national.items.map((item) => item.id)).toEqual([toNational.id]);
    const guys = await ok<{ items: unknown[] }>(
      await send(guysSteward, 'GET', `/v1/measure-links?measureId=${fourHours.id}`),
    );
    expect(guys.items).toEqual([]);

    await problem(await send(nationalSteward, 'DELETE', `/v1/measure-links/${toNational.id}`), 404);
    const removed = await send(bartsSteward, 'DELETE', `/v1/measure-links/${toNational.id}`);
    expect(removed.status).toBe(204);
    await problem(await send(bartsSteward, 'GET', `/v1/measure-links/${toNational.id}`), 404);
    const audit = await ok<{ items: { action: string }[] }>(
      await send(
        await t.token('barts-health', 'tenant_admin'),
        'GET',
        `/v1/audit-events?targetId=${toNational.id}`,
      ),
    );
    expect(audit.items.map((item) => item.action).sort()).toEqual([
      'measure_link.created',
      'measure_link.deleted',
    ]);
  });
});
