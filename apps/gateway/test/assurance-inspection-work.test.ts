import { evidence, judgements, measures, observations, reportVersions } from '@qms/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFrameworkId, demoFrameworkVersionId } from '../src/demo/demo-frameworks.js';
import { DEMO_INSPECTION } from '../src/demo/demo-inspections.js';
import { demoMeasureId } from '../src/demo/demo-measures.js';
import { demoId } from '../src/demo/demo-organisations.js';
import { demoUnitId } from '../src/demo/seed.js';
import { engines, startTestPlatform, type TestPlatform } from './harness.js';

/**
 * Evidence with frozen measure snapshots, the inspection crossing into measure data, judgements
 * with their roll-up and concurrent edits, findings updates, publication into report versions and
 * amendments, crosswalks — end to end through the gateway.
 */

const regulator = demoId('care-regulator');
const barts = demoId('barts-health');
const guys = demoId('guys-st-thomas');
const english = 'demo-five-questions';
const scottish = 'demo-quality-indicators';
const performance = demoMeasureId('AE-4HR');
const attendances = demoMeasureId('AE-ATT');
/** Bound in the Scottish framework only: unbound for an inspection against the English one. */
const admissions = demoMeasureId('AE-ADM');

interface Snapshot {
  measureId: string;
  measureVersion: number;
  organisationId: string;
  periodStart: string;
  value: number;
  centre: number | null;
  lowerProcessLimit: number | null;
  upperProcessLimit: number | null;
  variationIcon: string | null;
  assuranceIcon: string | null;
  target: number | null;
  dataQuality: { revision: number | null; revised: boolean };
  observations: { periodStart: string; revision: number }[];
}
interface Evidence {
  id: string;
  nodeIds: string[];
  measureSnapshot: Snapshot | null;
  reportedAgainst: { nodeId: string; code: string; relation: string }[];
}
interface Judgement {
  nodeId: string;
  code: string;
  rating: string | null;
  computedRating: string | null;
  judgedRating: string | null;
  overridden: boolean;
  overrideReason: string | null;
  version: number;
}
interface Report {
  number: number;
  kind: string;
  reason: string | null;
  latest: boolean;
  report: {
    inspection: { stage: string };
    judgements: Judgement[];
    findings: { id: string; statement: string }[];
    evidence: Evidence[];
  };
}

describe.each(engines)('assurance inspection work on %s', (engine) => {
  let t: TestPlatform;
  let inspector: string;
  let inspector2: string;
  let regulatorAdmin: string;
  let bartsAdmin: string;
  let bartsSubmitter: string;
  let guysAdmin: string;
  let inspectionId = '';
  let etag = '';
  const node = new Map<string, string>();
  const scottishNode = new Map<string, string>();

  const send = async (
    token: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.fetch(`/v1${path}`, {
      token,
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const json = async <T>(response: Response | Promise<Response>) => (await (await response).json()) as T;
  const move = async (token: string, action: string) => {
    const response = await send(token, 'POST', `/inspections/${inspectionId}/${action}`, undefined, {
      'If-Match': etag,
    });
    expect(response.status).toBe(200);
    etag = response.headers.get('etag') ?? '';
  };
  const inspection = (suffix = '') => `/inspections/${inspectionId}${suffix}`;
  /** Rows of a table as a tenant sees them with no filter of its own: only RLS decides. */
  const asTenant = <T>(
    tenantId: string,
    read: Parameters<TestPlatform['platform']['services']['database']['tenant']>[1],
  ) => t.platform.services.database.tenant({ tenantId }, read) as Promise<T>;
  const regulatorSees = (organisationId: string, measureId: string) =>
    asTenant<unknown[]>(regulator, (tx) =>
      tx
        .select({ id: observations.id })
        .from(observations)
        .where(and(eq(observations.tenantId, organisationId), eq(observations.measureId, measureId))),
    );
  const capture = (body: Record<string, unknown>, token = inspector) =>
    send(token, 'POST', inspection('/evidence'), {
      category: 'measure',
      source: 'measure',
      nodeIds: [node.get('RESP.1')],
      description: 'Four-hour performance at capture',
      measureId: performance,
      ...body,
    });
  const judge = (code: string, body: Record<string, unknown>, ifMatch?: string, token = inspector) =>
    send(
      token,
      'PUT',
      inspection(`/judgements/${node.get(code)}`),
      { evidenceIds: [], ...body },
      ifMatch === undefined ? {} : { 'If-Match': ifMatch },
    );
  const judgementOf = async (token: string, code: string) => {
    const response = await send(token, 'GET', inspection(`/judgements/${node.get(code)}`));
    return {
      status: response.status,
      etag: response.headers.get('etag'),
      body: (await response.json()) as Judgement,
    };
  };

  beforeAll(async () => {
    t = await startTestPlatform(engine);
    inspector = await t.token('care-regulator', 'inspector');
    inspector2 = await t.token('care-regulator', 'inspector');
    regulatorAdmin = await t.token('care-regulator', 'tenant_admin');
    bartsAdmin = await t.token('barts-health', 'tenant_admin');
    bartsSubmitter = await t.token('barts-health', 'submitter');
    guysAdmin = await t.token('guys-st-thomas', 'tenant_admin');
    const planned = await send(inspector, 'POST', '/inspections', {
      organisationId: barts,
      frameworkVersionId: demoFrameworkVersionId(english),
      type: 'announced',
      title: 'Urgent care re-inspection',
      team: ['inspector@care-regulator'],
      unitIds: [demoUnitId('barts-health', 'ed'), demoUnitId('barts-health', 'amu')],
      startsOn: '2026-06-01',
      endsOn: '2026-06-02',
    });
    expect(planned.status).toBe(201);
    inspectionId = ((await planned.json()) as { id: string }).id;
    etag = planned.headers.get('etag') ?? '';
    const framework = await json<{ nodes: { id: string; code: string }[] }>(
      send(inspector, 'GET', inspection('/framework')),
    );
    for (const item of framework.nodes) node.set(item.code, item.id);
    const other = await json<{ items: { nodeId: string; code: string }[] }>(
      send(
        inspector,
        'GET',
        `/frameworks/${demoFrameworkId(english)}/versions/${demoFrameworkVersionId(english)}/nodes/${node.get('RESP.1')}/crosswalks`,
      ),
    );
    for (const item of other.items) scottishNode.set(item.code, item.nodeId);
  });
  afterAll(() => t?.close());

  it('covers units of the inspected organisation only', async () => {
    const seen = await json<{ unitIds: string[] }>(send(bartsAdmin, 'GET', inspection()));
    expect(seen.unitIds).toEqual([demoUnitId('barts-health', 'ed'), demoUnitId('barts-health', 'amu')]);
    const foreign = await send(inspector, 'POST', '/inspections', {
      organisationId: barts,
      frameworkVersionId: demoFrameworkVersionId(english),
      type: 'announced',
      title: 'Wrong units',
      team: ['inspector@care-regulator'],
      unitIds: [demoUnitId('guys-st-thomas', 'ed')],
      startsOn: '2026-06-01',
      endsOn: '2026-06-02',
    });
    expect(foreign.status).toBe(422);
    expect(JSON.stringify(await foreign.json())).toContain(demoUnitId('guys-st-thomas', 'ed'));
  });

  it('lets the inspected organisation read the pinned framework version, and nobody else', async () => {
    const seen = await json<{ nodes: unknown[]; ratingScale: unknown[]; rollUp: { method: string } }>(
      send(bartsAdmin, 'GET', inspection('/framework')),
    );
    expect(seen.nodes).toHaveLength(node.size);
    expect(seen.ratingScale).toHaveLength(4);
    expect(seen.rollUp).toEqual({ method: 'worst_of' });
    expect((await send(guysAdmin, 'GET', inspection('/framework'))).status).toBe(404);
    // Reading the pinned version does not open the regulator's framework catalogue.
    expect((await json<{ items: unknown[] }>(send(bartsAdmin, 'GET', '/frameworks'))).items).toEqual([]);
  });

  it('opens no measure data to the inspector before fieldwork, and nothing can be captured or judged', async () => {
    expect(await regulatorSees(barts, performance)).toEqual([]);
    expect(
      await asTenant<unknown[]>(regulator, (tx) =>
        tx.select().from(measures).where(eq(measures.id, performance)),
      ),
    ).toEqual([]);
    expect((await capture({})).status).toBe(409);
    expect((await judge('SAFE.1', { rating: 'good' }, '"0"')).status).toBe(409);
  });

  it('opens only bound measures of the inspected organisation during fieldwork, by RLS', async () => {
    await move(inspector, 'start-fieldwork');
    expect((await regulatorSees(barts, performance)).length).toBeGreaterThan(30);
    expect((await regulatorSees(barts, attendances)).length).toBeGreaterThan(30);
    // Unbound in the pinned version, and another organisation's data: still closed.
    expect(await regulatorSees(barts, admissions)).toEqual([]);
    expect(await regulatorSees(guys, performance)).toEqual([]);
    // The trust's own view of its data is unchanged, and another trust sees none of it.
    expect(
      await asTenant<unknown[]>(guys, (tx) =>
        tx.select().from(observations).where(eq(observations.tenantId, barts)),
      ),
    ).toEqual([]);
  });

  describe('evidence', () => {
    let first: Evidence;

    it('refuses unknown categories, foreign nodes, unbound measures and the wrong party', async () => {
      expect((await capture({ category: 'rumour' })).status).toBe(422);
      expect((await capture({ nodeIds: [demoId('not-a-node')] })).status).toBe(422);
      expect((await capture({ measureId: admissions })).status).toBe(422);
      expect((await capture({ measureId: undefined })).status).toBe(400);
      expect((await capture({ source: 'document' })).status).toBe(400);
      expect((await capture({ nodeIds: [] })).status).toBe(400);
      expect((await capture({}, bartsAdmin)).status).toBe(403);
      expect((await send(guysAdmin, 'GET', inspection('/evidence'))).status).toBe(404);
    });

    it('captures measure evidence with a snapshot of the trust’s SPC, reported against crosswalked nodes', async () => {
      const response = await capture({});
      expect(response.status).toBe(201);
      first = (await response.json()) as Evidence;
      const snapshot = first.measureSnapshot;
      expect(snapshot).toMatchObject({
        measureId: performance,
        organisationId: barts,
        measureVersion: 1,
        target: 0.95,
      });
      expect(snapshot?.observations.length).toBeGreaterThan(30);
      expect(snapshot?.observations.every((point) => point.revision === 1)).toBe(true);
      expect(snapshot?.value).toBeGreaterThan(0);
      expect(snapshot?.value).toBeLessThan(1);
      expect(snapshot?.centre).not.toBeNull();
      expect(snapshot?.lowerProcessLimit).not.toBeNull();
      expect(snapshot?.upperProcessLimit).not.toBeNull();
      expect(snapshot?.variationIcon).not.toBeNull();
      expect(snapshot?.assuranceIcon).not.toBeNull();
      // The snapshot's latest point is the trust's latest observation.
      const latest = await t.platform.owner.db
        .select({
          periodStart: observations.periodStart,
          numerator: observations.numerator,
          denominator: observations.denominator,
        })
        .from(observations)
        .where(
          and(
            eq(observations.tenantId, barts),
            eq(observations.measureId, performance),
            eq(observations.isCurrent, true),
          ),
        );
      const last = latest.sort((a, b) => a.periodStart.localeCompare(b.periodStart)).at(-1);
      expect(snapshot?.periodStart).toBe(last?.periodStart);
      expect(snapshot?.value).toBeCloseTo((last?.numerator ?? 0) / (last?.denominator ?? 1), 10);
      // RESP.1 is crosswalked (demo seed) to the Scottish framework's urgent-care indicator.
      expect(first.reportedAgainst.map((item) => [item.code, item.relation])).toEqual([
        ['KFA1.D1.QI1', 'equivalent'],
      ]);

      const plain = await capture({
        source: 'document',
        category: 'document',
        measureId: undefined,
        nodeIds: [node.get('SAFE.2')],
      });
      expect(plain.status).toBe(201);
      expect(((await plain.json()) as Evidence).measureSnapshot).toBeNull();
    });

    it('keeps the snapshot frozen when the trust revises its data; new evidence sees the revision', async () => {
      const period = first.measureSnapshot?.periodStart ?? '';
      const revised = await send(bartsSubmitter, 'POST', '/submissions', {
        rows: [{ measureId: performance, period, numerator: 100, denominator: 1000, status: 'final' }],
      });
      expect([200, 201]).toContain(revised.status);
      const again = await json<Evidence>(send(inspector, 'GET', inspection(`/evidence/${first.id}`)));
      expect(again.measureSnapshot).toEqual(first.measureSnapshot);
      const stored = await t.platform.owner.db.select().from(evidence).where(eq(evidence.id, first.id));
      expect(stored[0]?.measureSnapshot?.value).toBe(first.measureSnapshot?.value);

      const fresh = await json<Evidence>(capture({ description: 'After the revision' }));
      expect(fresh.measureSnapshot?.value).toBeCloseTo(0.1, 10);
      expect(fresh.measureSnapshot?.dataQuality).toMatchObject({ revision: 2, revised: true });
      expect(fresh.measureSnapshot?.observations.at(-1)).toEqual({ periodStart: period, revision: 2 });
    });

    it('lists by node, by source and by a crosswalked node of another framework', async () => {
      const byNode = await json<{ items: Evidence[] }>(
        send(inspector, 'GET', inspection(`/evidence?nodeId=${node.get('SAFE.2')}`)),
      );
      expect(byNode.items).toHaveLength(1);
      const bySource = await json<{ items: Evidence[] }>(
        send(inspector, 'GET', inspection('/evidence?source=measure')),
      );
      expect(bySource.items).toHaveLength(2);
      const serving = await json<{ items: Evidence[] }>(
        send(inspector, 'GET', inspection(`/evidence?servesNodeId=${scottishNode.get('KFA1.D1.QI1')}`)),
      );
      expect(serving.items.map((item) => item.id)).toContain(first.id);
      expect(serving.items).toHaveLength(2);
      const paged = await json<{ items: Evidence[]; nextCursor: string | null }>(
        send(inspector, 'GET', inspection('/evidence?limit=2')),
      );
      expect(paged.items).toHaveLength(2);
      expect(paged.nextCursor).not.toBeNull();
    });

    it('never changes evidence, even in the database', async () => {
      await expect(
        asTenant(regulator, (tx) =>
          tx.update(evidence).set({ description: 'Rewritten' }).where(eq(evidence.id, first.id)),
        ),
      ).rejects.toThrow();
    });
  });

  describe('judgements', () => {
    it('rates a leaf with If-Match "0" first, then refuses missing and stale ETags', async () => {
      const blank = await judgementOf(inspector, 'SAFE.1');
      expect(blank.status).toBe(200);
      expect(blank.etag).toBe('"0"');
      expect(blank.body).toMatchObject({ rating: null, version: 0 });
      expect((await judge('SAFE.1', { rating: 'good' })).status).toBe(428);
      expect((await judge('SAFE.1', { rating: 'good' }, '"3"')).status).toBe(412);
      const rated = await judge('SAFE.1', { rating: 'good', rationale: 'Learning is shared.' }, '"0"');
      expect(rated.status).toBe(200);
      expect(rated.headers.get('etag')).toBe('"1"');
      expect((await judge('SAFE.1', { rating: 'outstanding' }, '"0"')).status).toBe(412);
    });

    it('lets one of two concurrent edits win; the other gets 412', async () => {
      const [a, b] = await Promise.all([
        judge('SAFE.1', { rating: 'outstanding' }, '"1"'),
        judge('SAFE.1', { rating: 'requires_improvement' }, '"1"', inspector2),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 412]);
      const winner = a.status === 200 ? 'outstanding' : 'requires_improvement';
      const now = await judgementOf(inspector, 'SAFE.1');
      expect(now.etag).toBe('"2"');
      expect(now.body.rating).toBe(winner);
      // Two first judgements of the same node at once: one creates it, the other is stale.
      const [c, d] = await Promise.all([
        judge('EFF.1', { rating: 'good' }, '"0"'),
        judge('EFF.1', { rating: 'inadequate' }, '"0"', inspector2),
      ]);
      expect([c.status, d.status].sort()).toEqual([200, 412]);
    });

    it('validates levels, overrides and evidence; rolls parents up and keeps the computed value beside an override', async () => {
      await judge('SAFE.1', { rating: 'good' }, '"2"');
      expect((await judge('SAFE.2', { rating: 'excellent' }, '"0"')).status).toBe(422);
      expect(
        (await judge('SAFE.2', { rating: 'good', overrideReason: 'Leaves are not overridden' }, '"0"'))
          .status,
      ).toBe(422);
      expect(
        (await judge('SAFE.2', { rating: 'good', evidenceIds: [demoId('no-evidence')] }, '"0"')).status,
      ).toBe(422);
      const evidenceList = await json<{ items: Evidence[] }>(send(inspector, 'GET', inspection('/evidence')));
      const ids = evidenceList.items.map((item) => item.id);
      expect(
        (await judge('SAFE.2', { rating: 'requires_improvement', evidenceIds: ids.slice(0, 2) }, '"0"'))
          .status,
      ).toBe(200);

      let safe = await judgementOf(inspector, 'SAFE');
      expect(safe.body).toMatchObject({
        computedRating: 'requires_improvement',
        rating: 'requires_improvement',
        overridden: false,
      });
      expect(safe.etag).toBe('"0"');
      expect((await judge('SAFE', { rating: 'inadequate' }, '"0"')).status).toBe(422);
      expect(
        (await judge('SAFE', { rating: null, overrideReason: 'Nothing to override' }, '"0"')).status,
      ).toBe(422);
      expect(
        (await judge('SAFE', { rating: 'inadequate', overrideReason: 'A never event in the period' }, '"0"'))
          .status,
      ).toBe(200);
      safe = await judgementOf(inspector, 'SAFE');
      expect(safe.body).toMatchObject({
        computedRating: 'requires_improvement',
        judgedRating: 'inadequate',
        rating: 'inadequate',
        overridden: true,
        overrideReason: 'A never event in the period',
      });
      const tree = await json<{ items: Judgement[] }>(send(inspector, 'GET', inspection('/judgements')));
      expect(tree.items).toHaveLength(node.size);
      expect((await send(inspector, 'GET', inspection(`/judgements/${demoId('not-a-node')}`))).status).toBe(
        404,
      );
    });

    it('refuses the inspected organisation and hides judgements from it until factual accuracy', async () => {
      expect((await judge('SAFE.1', { rating: 'good' }, '"3"', bartsAdmin)).status).toBe(403);
      expect((await send(guysAdmin, 'GET', inspection('/judgements'))).status).toBe(404);
      const early = await json<{ items: Judgement[] }>(send(bartsAdmin, 'GET', inspection('/judgements')));
      expect(early.items.every((item) => item.rating === null && item.version === 0)).toBe(true);
      expect(
        await asTenant<unknown[]>(barts, (tx) =>
          tx.select().from(judgements).where(eq(judgements.inspectionId, inspectionId)),
        ),
      ).toEqual([]);
      await move(inspector, 'submit-draft');
      expect(
        (await json<{ items: unknown[] }>(send(bartsAdmin, 'GET', inspection('/evidence')))).items,
      ).toEqual([]);
      await move(regulatorAdmin, 'share-draft');
      const shown = await json<{ items: Judgement[] }>(send(bartsAdmin, 'GET', inspection('/judgements')));
      expect(shown.items.find((item) => item.code === 'SAFE')?.rating).toBe('inadequate');
      expect(
        (await json<{ items: unknown[] }>(send(bartsAdmin, 'GET', inspection('/evidence')))).items,
      ).toHaveLength(3);
      // Still writable in factual accuracy.
      expect((await judge('CAR.1', { rating: 'good' }, '"0"')).status).toBe(200);
    });
  });

  describe('findings', () => {
    let findingId = '';

    it('changes a finding with If-Match, validating links, and filters the list', async () => {
      const created = await send(inspector, 'POST', inspection('/findings'), {
        type: 'concern',
        severity: 'medium',
        statement: 'Corridor care.',
        nodeIds: [node.get('RESP.1')],
      });
      expect(created.status).toBe(201);
      findingId = ((await created.json()) as { id: string }).id;
      const path = inspection(`/findings/${findingId}`);
      expect((await send(inspector, 'PATCH', path, { severity: 'high' })).status).toBe(428);
      expect((await send(inspector, 'PATCH', path, { severity: 'high' }, { 'If-Match': '"9"' })).status).toBe(
        412,
      );
      expect(
        (await send(inspector, 'PATCH', path, { nodeIds: [demoId('nope')] }, { 'If-Match': '"1"' })).status,
      ).toBe(422);
      expect(
        (await send(inspector, 'PATCH', path, { measureIds: [admissions] }, { 'If-Match': '"1"' })).status,
      ).toBe(422);
      expect(
        (await send(inspector, 'PATCH', path, { type: 'requirement' }, { 'If-Match': '"1"' })).status,
      ).toBe(422);
      expect((await send(inspector, 'PATCH', path, {}, { 'If-Match': '"1"' })).status).toBe(400);
      expect((await send(bartsAdmin, 'PATCH', path, { severity: 'low' }, { 'If-Match': '"1"' })).status).toBe(
        403,
      );
      const changed = await send(
        inspector,
        'PATCH',
        path,
        { type: 'requirement', dueOn: '2026-12-01', severity: 'high', measureIds: [performance] },
        { 'If-Match': '"1"' },
      );
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).toBe('"2"');
      expect(await changed.json()).toMatchObject({
        type: 'requirement',
        severity: 'high',
        measureIds: [performance],
      });

      await send(inspector, 'POST', inspection('/findings'), {
        type: 'good_practice',
        severity: 'low',
        statement: 'Kind staff.',
        nodeIds: [node.get('CAR.1')],
      });
      const byType = await json<{ items: { id: string }[] }>(
        send(inspector, 'GET', inspection('/findings?type=requirement')),
      );
      expect(byType.items.map((item) => item.id)).toEqual([findingId]);
      const bySeverity = await json<{ items: unknown[] }>(
        send(inspector, 'GET', inspection('/findings?severity=low')),
      );
      expect(bySeverity.items).toHaveLength(1);
      const byNode = await json<{ items: { id: string }[] }>(
        send(inspector, 'GET', inspection(`/findings?nodeId=${node.get('RESP.1')}`)),
      );
      expect(byNode.items.map((item) => item.id)).toEqual([findingId]);
      expect((await send(guysAdmin, 'PATCH', path, { severity: 'low' }, { 'If-Match': '"2"' })).status).toBe(
        403,
      );
    });

    describe('publication and amendments', () => {
      it('has no report before publication; publishing freezes everything into version 1', async () => {
        expect((await send(inspector, 'GET', inspection('/report'))).status).toBe(404);
        expect(
          (
            await send(
              regulatorAdmin,
              'POST',
              inspection('/report/amendments'),
              { reason: 'x', ratings: [] },
              { 'If-Match': '"1"' },
            )
          ).status,
        ).toBe(400);
        expect(
          (
            await send(
              regulatorAdmin,
              'POST',
              inspection('/report/amendments'),
              { reason: 'Too early', findings: [{ id: findingId, severity: 'low' }] },
              { 'If-Match': '"1"' },
            )
          ).status,
        ).toBe(409);
        await move(regulatorAdmin, 'publish');
        const published = await send(bartsAdmin, 'GET', inspection('/report'));
        expect(published.status).toBe(200);
        expect(published.headers.get('etag')).toBe('"1"');
        const report = (await published.json()) as Report;
        expect(report).toMatchObject({ number: 1, kind: 'publication', reason: null, latest: true });
        expect(report.report.inspection.stage).toBe('published');
        expect(report.report.findings).toHaveLength(2);
        expect(report.report.evidence).toHaveLength(3);
        expect(report.report.judgements.find((item) => item.code === 'SAFE')).toMatchObject({
          rating: 'inadequate',
          computedRating: 'requires_improvement',
          overridden: true,
        });
        expect((await send(guysAdmin, 'GET', inspection('/report'))).status).toBe(404);

        // Nothing more is written, through the API or past it.
        expect((await capture({})).status).toBe(409);
        expect((await judge('LED.1', { rating: 'good' }, '"0"')).status).toBe(409);
        expect(
          (
            await send(
              inspector,
              'PATCH',
              inspection(`/findings/${findingId}`),
              { severity: 'low' },
              { 'If-Match': '"2"' },
            )
          ).status,
        ).toBe(409);
        await expect(
          asTenant(regulator, (tx) =>
            tx.update(judgements).set({ rating: 'good' }).where(eq(judgements.inspectionId, inspectionId)),
          ),
        ).rejects.toThrow();
        await expect(
          asTenant(regulator, (tx) =>
            tx
              .update(reportVersions)
              .set({ reason: 'Rewritten' })
              .where(eq(reportVersions.inspectionId, inspectionId)),
          ),
        ).rejects.toThrow();
        // The crossing into the trust's data is closed again.
        expect(await regulatorSees(barts, performance)).toEqual([]);
      });

      it('amends into a new version with a reason; earlier versions stay readable', async () => {
        const amend = (body: unknown, ifMatch: string | undefined, token = regulatorAdmin) =>
          send(token, 'POST', inspection('/report/amendments'), body, ifMatch ? { 'If-Match': ifMatch } : {});
        const body = {
          reason: 'The trust showed the never event was reported in error',
          ratings: [{ nodeId: node.get('SAFE'), rating: null }],
          findings: [{ id: findingId, statement: 'Corridor care on both days of the inspection.' }],
        };
        expect((await amend(body, undefined)).status).toBe(428);
        expect((await amend(body, '"1"', inspector)).status).toBe(403);
        expect((await amend(body, '"1"', bartsAdmin)).status).toBe(403);
        expect(
          (await amend({ ...body, ratings: [{ nodeId: demoId('nope'), rating: 'good' }] }, '"1"')).status,
        ).toBe(422);
        expect(
          (await amend({ ...body, ratings: [{ nodeId: node.get('SAFE'), rating: 'inadequate' }] }, '"1"'))
            .status,
        ).toBe(422);
        expect(
          (await amend({ reason: 'x', findings: [{ id: demoId('nope'), severity: 'low' }] }, '"1"')).status,
        ).toBe(422);
        const amended = await amend(body, '"1"');
        expect(amended.status).toBe(201);
        const second = (await amended.json()) as Report;
        expect(second).toMatchObject({ number: 2, kind: 'amendment', reason: body.reason, latest: true });
        expect(second.report.judgements.find((item) => item.code === 'SAFE')).toMatchObject({
          rating: 'requires_improvement',
          overridden: false,
        });
        expect(second.report.findings.find((item) => item.id === findingId)?.statement).toBe(
          'Corridor care on both days of the inspection.',
        );
        expect((await amend(body, '"1"')).status).toBe(412);

        const first = await json<Report>(send(bartsAdmin, 'GET', inspection('/report?version=1')));
        expect(first).toMatchObject({ number: 1, latest: false });
        expect(first.report.judgements.find((item) => item.code === 'SAFE')?.rating).toBe('inadequate');
        expect(first.report.findings.find((item) => item.id === findingId)?.statement).toBe('Corridor care.');
        expect((await json<Report>(send(bartsAdmin, 'GET', inspection('/report')))).number).toBe(2);
        expect((await send(inspector, 'GET', inspection('/report?version=3'))).status).toBe(404);
        const versions = await json<{ items: { number: number; reason: string | null }[] }>(
          send(bartsAdmin, 'GET', inspection('/report-versions')),
        );
        expect(versions.items.map((item) => [item.number, item.reason])).toEqual([
          [1, null],
          [2, body.reason],
        ]);
        expect((await send(guysAdmin, 'GET', inspection('/report-versions'))).status).toBe(404);
      });
    });
  });

  describe('crosswalks', () => {
    const nodesPath = (code: string) =>
      `/frameworks/${demoFrameworkId(english)}/versions/${demoFrameworkVersionId(english)}/nodes/${node.get(code)}/crosswalks`;

    it('links nodes of two of the owner’s frameworks, listed from either side', async () => {
      const to = scottishNode.get('KFA1.D1.QI1') ?? '';
      expect(
        (
          await send(inspector, 'POST', nodesPath('SAFE.2'), {
            toNodeId: node.get('SAFE.1'),
            relation: 'equivalent',
          })
        ).status,
      ).toBe(422);
      expect(
        (
          await send(inspector, 'POST', nodesPath('SAFE.2'), {
            toNodeId: demoId('nope'),
            relation: 'equivalent',
          })
        ).status,
      ).toBe(422);
      const created = await send(inspector, 'POST', nodesPath('SAFE.2'), {
        toNodeId: to,
        relation: 'partially_covers',
      });
      expect(created.status).toBe(201);
      expect(
        (await send(inspector, 'POST', nodesPath('SAFE.2'), { toNodeId: to, relation: 'partially_covers' }))
          .status,
      ).toBe(409);
      const listed = await json<{ items: { code: string; direction: string; evidenceServes: boolean }[] }>(
        send(inspector, 'GET', nodesPath('SAFE.2')),
      );
      expect(listed.items).toEqual([
        expect.objectContaining({ code: 'KFA1.D1.QI1', direction: 'outgoing', evidenceServes: true }),
      ]);
      const reverse = await json<{
        items: { code: string; direction: string; relation: string; evidenceServes: boolean }[];
      }>(
        send(
          inspector,
          'GET',
          `/frameworks/${demoFrameworkId(scottish)}/versions/${demoFrameworkVersionId(scottish)}/nodes/${to}/crosswalks`,
        ),
      );
      expect(reverse.items.map((item) => [item.code, item.relation, item.evidenceServes]).sort()).toEqual([
        ['RESP.1', 'equivalent', true],
        ['SAFE.2', 'partially_covers', false],
      ]);
      expect(
        (await send(bartsAdmin, 'POST', nodesPath('SAFE.2'), { toNodeId: to, relation: 'equivalent' }))
          .status,
      ).toBe(403);
      expect((await send(guysAdmin, 'GET', nodesPath('SAFE.2'))).status).toBe(404);
    });
  });

  it('seeds a published demo inspection with judgements, findings and measure evidence', async () => {
    const list = await json<{ items: { id: string; title: string; stage: string }[] }>(
      send(bartsAdmin, 'GET', '/inspections'),
    );
    const demo = list.items.find((item) => item.title === DEMO_INSPECTION.title);
    expect(demo?.stage).toBe('published');
    const report = await json<Report>(send(bartsAdmin, 'GET', `/inspections/${demo?.id}/report`));
    expect(report.report.judgements.find((item) => item.code === 'RESP')?.rating).toBe(
      'requires_improvement',
    );
    expect(report.report.findings).toHaveLength(3);
    const measured = report.report.evidence.filter((item) => item.measureSnapshot !== null);
    expect(measured.map((item) => item.measureSnapshot?.measureId).sort()).toEqual(
      [performance, attendances].sort(),
    );
  });
});
