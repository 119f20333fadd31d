import { auditLog, findings, frameworkNodes, queryRows } from '@qms/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FRAMEWORKS, demoFrameworkId, demoFrameworkVersionId } from '../src/demo/demo-frameworks.js';
import { demoMeasureId } from '../src/demo/demo-measures.js';
import { demoId } from '../src/demo/demo-organisations.js';
import { engines, startTestPlatform, type TestPlatform } from './harness.js';

const regulator = demoId('care-regulator');
const barts = demoId('barts-health');
const englishCode = 'demo-five-questions';
const scottishCode = 'demo-quality-indicators';

interface Inspection {
  id: string;
  stage: string;
  organisationId: string;
  fieldworkStartedAt: string | null;
  draftedAt: string | null;
  factualAccuracyAt: string | null;
  publishedAt: string | null;
  closedAt: string | null;
}

const document = {
  format: 'qms-framework/1',
  code: 'test-framework',
  name: 'Test framework',
  description: null,
  nodeKinds: [
    { key: 'theme', label: 'Theme' },
    { key: 'standard', label: 'Standard' },
  ],
  ratingScale: [
    { key: 'met', label: 'Met' },
    { key: 'partly_met', label: 'Partly met' },
    { key: 'not_met', label: 'Not met' },
  ],
  evidenceCategories: [{ key: 'document', label: 'Document' }],
  nodes: [
    { code: 'T1', parentCode: null, kind: 'theme', title: 'Theme one', description: null },
    { code: 'T1.S1', parentCode: 'T1', kind: 'standard', title: 'Standard one', description: 'Described' },
  ],
};

describe.each(engines)('assurance on %s', (engine) => {
  let t: TestPlatform;
  let inspector: string;
  let regulatorAdmin: string;
  let bartsAdmin: string;
  let guysAdmin: string;

  const send = (
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
  const etagOf = async (token: string, path: string) =>
    (await send(token, 'GET', path)).headers.get('etag') ?? '';
  /** A transition with the current ETag of `readAs`. */
  const move = async (token: string, id: string, action: string) =>
    send(token, 'POST', `/inspections/${id}/${action}`, undefined, {
      'If-Match': await etagOf(inspector, `/inspections/${id}`),
    });

  beforeAll(async () => {
    t = await startTestPlatform(engine);
    inspector = await t.token('care-regulator', 'inspector');
    regulatorAdmin = await t.token('care-regulator', 'tenant_admin');
    bartsAdmin = await t.token('barts-health', 'tenant_admin');
    guysAdmin = await t.token('guys-st-thomas', 'tenant_admin');
  });
  afterAll(() => t?.close());

  describe('frameworks', () => {
    it('seeds the regulator’s two demo frameworks, published, with their scales as data', async () => {
      const list = (await (await send(inspector, 'GET', '/frameworks')).json()) as {
        items: { code: string; versions: { status: string }[] }[];
      };
      expect(list.items.map((item) => item.code).sort()).toEqual([englishCode, scottishCode]);
      expect(list.items.every((item) => item.versions[0]?.status === 'published')).toBe(true);
      for (const [code, levels, kinds] of [
        [englishCode, 4, 2],
        [scottishCode, 6, 3],
      ] as const) {
        const path = `/frameworks/${demoFrameworkId(code)}/versions/${demoFrameworkVersionId(code)}`;
        const version = (await (await send(inspector, 'GET', path)).json()) as {
          ratingScale: { rank: number }[];
          nodeKinds: unknown[];
        };
        expect(version.ratingScale.map((level) => level.rank)).toEqual(
          Array.from({ length: levels }, (_, index) => index + 1),
        );
        expect(version.nodeKinds).toHaveLength(kinds);
        const exported = await (await send(inspector, 'GET', `${path}/export`)).json();
        expect(exported).toMatchObject({
          ...DEMO_FRAMEWORKS.find((framework) => framework.code === code),
          nodes: expect.any(Array),
        });
      }
      // Another organisation sees none of them.
      expect(
        ((await (await send(bartsAdmin, 'GET', '/frameworks')).json()) as { items: unknown[] }).items,
      ).toEqual([]);
    });

    it('imports, exports the same document, publishes once, freezes and retires a version', async () => {
      const imported = await send(inspector, 'POST', '/frameworks/import', document);
      expect(imported.status).toBe(201);
      const version = (await imported.json()) as {
        id: string;
        frameworkId: string;
        status: string;
        version: number;
      };
      expect(version).toMatchObject({ status: 'draft', version: 1 });
      const path = `/frameworks/${version.frameworkId}/versions/${version.id}`;
      expect(imported.headers.get('location')).toBe(`/v1${path}`);
      expect(await (await send(inspector, 'GET', `${path}/export`)).json()).toEqual(document);

      // Re-importing the same code makes version 2 of the same framework.
      const second = (await (await send(inspector, 'POST', '/frameworks/import', document)).json()) as {
        frameworkId: string;
        version: number;
      };
      expect(second).toMatchObject({ frameworkId: version.frameworkId, version: 2 });

      expect((await send(inspector, 'POST', `${path}/publish`)).status).toBe(428);
      expect(
        (await send(inspector, 'POST', `${path}/publish`, undefined, { 'If-Match': '"9"' })).status,
      ).toBe(412);
      expect((await send(inspector, 'POST', `${path}/retire`, undefined, { 'If-Match': '"1"' })).status).toBe(
        409,
      );
      const published = await send(inspector, 'POST', `${path}/publish`, undefined, { 'If-Match': '"1"' });
      expect(published.status).toBe(200);
      expect(published.headers.get('etag')).toBe('"2"');
      expect(
        (await send(inspector, 'POST', `${path}/publish`, undefined, { 'If-Match': '"2"' })).status,
      ).toBe(409);

      // The database itself refuses to change a published version's content.
      const { database } = t.platform.services;
      await expect(
        database.tenant({ tenantId: regulator }, (tx) =>
          tx
            .update(frameworkNodes)
            .set({ title: 'Rewritten' })
            .where(and(eq(frameworkNodes.tenantId, regulator), eq(frameworkNodes.versionId, version.id))),
        ),
      ).rejects.toThrow();
      await expect(
        database.tenant({ tenantId: regulator }, (tx) =>
          tx.execute(
            sql`update assurance.framework_versions set rating_scale = '[]'::jsonb where tenant_id = ${regulator} and id = ${version.id}`,
          ),
        ),
      ).rejects.toThrow();

      const retired = await send(inspector, 'POST', `${path}/retire`, undefined, { 'If-Match': '"2"' });
      expect(retired.status).toBe(200);
      expect(((await retired.json()) as { status: string }).status).toBe('retired');
    });

    it('declares its roll-up as data: worst_of by default, mean_of_ranks round-trips, unknown levels refused', async () => {
      const rollUp = {
        method: 'mean_of_ranks',
        thresholds: [
          { upTo: 1.5, level: 'met' },
          { upTo: 2.5, level: 'partly_met' },
        ],
      };
      const imported = await send(inspector, 'POST', '/frameworks/import', {
        ...document,
        code: 'averaged',
        rollUp,
      });
      expect(imported.status).toBe(201);
      const version = (await imported.json()) as { id: string; frameworkId: string; rollUp: unknown };
      expect(version.rollUp).toEqual(rollUp);
      const path = `/frameworks/${version.frameworkId}/versions/${version.id}`;
      expect(await (await send(inspector, 'GET', `${path}/export`)).json()).toEqual({
        ...document,
        code: 'averaged',
        rollUp,
      });
      const english = `/frameworks/${demoFrameworkId(englishCode)}/versions/${demoFrameworkVersionId(englishCode)}`;
      expect(((await (await send(inspector, 'GET', english)).json()) as { rollUp: unknown }).rollUp).toEqual({
        method: 'worst_of',
      });
      const unknown = await send(inspector, 'POST', '/frameworks/import', {
        ...document,
        code: 'unknown-level',
        rollUp: { method: 'mean_of_ranks', thresholds: [{ upTo: 2, level: 'excellent' }] },
      });
      expect(unknown.status).toBe(422);
      expect(JSON.stringify(await unknown.json())).toContain('/body/rollUp/thresholds/0/level');
      expect(
        (
          await send(inspector, 'POST', '/frameworks/import', {
            ...document,
            code: 'x',
            rollUp: { method: 'median' },
          })
        ).status,
      ).toBe(400);
    });

    it('refuses unsound documents, invisible measures, and organisations that are not regulators', async () => {
      const unsound = await send(inspector, 'POST', '/frameworks/import', {
        ...document,
        code: 'unsound',
        nodes: [{ code: 'X', kind: 'standard', title: 'A standard at the top' }],
      });
      expect(unsound.status).toBe(422);
      // The national body's measure is not visible to the regulator.
      const invisible = await send(inspector, 'POST', '/frameworks/import', {
        ...document,
        code: 'invisible',
        nodes: [{ code: 'T1', kind: 'theme', title: 'Theme', measureIds: [demoMeasureId('AE-4HR')] }],
      });
      expect(invisible.status).toBe(422);
      expect(JSON.stringify(await invisible.json())).toContain('/body/nodes/0/measureIds/0');
      expect((await send(bartsAdmin, 'POST', '/frameworks/import', document)).status).toBe(403);
    });
  });

  describe('inspections and findings', () => {
    const pinned = demoFrameworkVersionId(englishCode);
    let inspection: Inspection;
    let nodeId = '';

    const plan = (overrides: Record<string, unknown> = {}) =>
      send(inspector, 'POST', '/inspections', {
        organisationId: barts,
        frameworkVersionId: pinned,
        type: 'announced',
        title: 'Urgent and emergency care',
        team: ['inspector@care-regulator'],
        startsOn: '2026-03-02',
        endsOn: '2026-03-04',
        ...overrides,
      });
    const finding = (body: Record<string, unknown> = {}) =>
      send(inspector, 'POST', `/inspections/${inspection.id}/findings`, {
        type: 'requirement',
        severity: 'high',
        statement: 'Escalation of deteriorating patients must be recorded on every shift.',
        nodeIds: [nodeId],
        dueOn: '2026-09-30',
        ...body,
      });
    /**
     * What the inspected organisation sees of this inspection's findings through a query with no
     * tenant filter: only RLS decides (the demo's published inspection of Barts has its own).
     */
    const findingsSeenByBarts = () =>
      t.platform.services.database.tenant({ tenantId: barts }, (tx) =>
        tx.select().from(findings).where(eq(findings.inspectionId, inspection.id)),
      );
    const listedToBarts = async () =>
      (
        (await (await send(bartsAdmin, 'GET', `/inspections/${inspection.id}/findings`)).json()) as {
          items: unknown[];
        }
      ).items;

    beforeAll(async () => {
      const [node] = await t.platform.owner.db
        .select({ id: frameworkNodes.id })
        .from(frameworkNodes)
        .where(and(eq(frameworkNodes.versionId, pinned), eq(frameworkNodes.code, 'RESP.1')));
      nodeId = node?.id ?? '';
    });

    it('plans an inspection against a published version only', async () => {
      const draft = (await (
        await send(inspector, 'POST', '/frameworks/import', { ...document, code: 'draft-only' })
      ).json()) as {
        id: string;
      };
      expect((await plan({ frameworkVersionId: draft.id })).status).toBe(422);
      expect((await plan({ organisationId: '0193b6f2-0000-7000-8000-000000000000' })).status).toBe(422);
      expect((await plan({ endsOn: '2026-03-01' })).status).toBe(400);
      expect((await send(bartsAdmin, 'POST', '/inspections', {})).status).toBe(403);
      const planned = await plan();
      expect(planned.status).toBe(201);
      inspection = (await planned.json()) as Inspection;
      expect(inspection).toMatchObject({ stage: 'planned', organisationId: barts, fieldworkStartedAt: null });
      // The inspected organisation reads it; another trust does not.
      expect((await send(bartsAdmin, 'GET', `/inspections/${inspection.id}`)).status).toBe(200);
      expect((await send(guysAdmin, 'GET', `/inspections/${inspection.id}`)).status).toBe(404);
      const guysList = (await (await send(guysAdmin, 'GET', '/inspections')).json()) as { items: unknown[] };
      expect(guysList.items).toEqual([]);
    });

    it('keeps an unannounced inspection from the organisation until fieldwork starts', async () => {
      const surprise = (await (await plan({ type: 'unannounced' })).json()) as Inspection;
      expect((await send(bartsAdmin, 'GET', `/inspections/${surprise.id}`)).status).toBe(404);
      const listed = (await (await send(bartsAdmin, 'GET', '/inspections')).json()) as {
        items: { id: string }[];
      };
      expect(listed.items.map((item) => item.id)).not.toContain(surprise.id);
      expect((await move(inspector, surprise.id, 'start-fieldwork')).status).toBe(200);
      expect((await send(bartsAdmin, 'GET', `/inspections/${surprise.id}`)).status).toBe(200);
    });

    it('refuses the wrong role (403), the wrong stage (409) and stale or missing ETags (412, 428)', async () => {
      expect((await move(regulatorAdmin, inspection.id, 'start-fieldwork')).status).toBe(403);
      expect((await move(bartsAdmin, inspection.id, 'start-fieldwork')).status).toBe(403);
      expect((await move(inspector, inspection.id, 'publish')).status).toBe(403);
      expect((await move(regulatorAdmin, inspection.id, 'publish')).status).toBe(409);
      expect((await move(inspector, inspection.id, 'submit-draft')).status).toBe(409);
      expect((await move(guysAdmin, inspection.id, 'start-fieldwork')).status).toBe(404);
      const path = `/inspections/${inspection.id}/start-fieldwork`;
      expect((await send(inspector, 'POST', path)).status).toBe(428);
      expect((await send(inspector, 'POST', path, undefined, { 'If-Match': '"7"' })).status).toBe(412);
      // No finding before fieldwork.
      expect((await finding()).status).toBe(409);
    });

    it('hides findings from the inspected organisation until factual accuracy, by RLS', async () => {
      const started = await move(inspector, inspection.id, 'start-fieldwork');
      expect(started.status).toBe(200);
      expect(started.headers.get('etag')).toBe('"2"');
      expect((await move(inspector, inspection.id, 'start-fieldwork')).status).toBe(409);

      expect((await finding({ dueOn: undefined })).status).toBe(400);
      expect((await finding({ nodeIds: [demoId('not-a-node')] })).status).toBe(422);
      // Not bound to the pinned version (the demo binds it only in the Scottish framework) and not
      // visible to the regulator otherwise; the bound AE-4HR may be linked.
      expect((await finding({ measureIds: [demoMeasureId('AE-ADM')] })).status).toBe(422);
      const recorded = await finding({ measureIds: [demoMeasureId('AE-4HR')] });
      expect(recorded.status).toBe(201);
      const good = await finding({
        type: 'good_practice',
        severity: 'low',
        statement: 'Clear handovers.',
        dueOn: undefined,
      });
      expect(good.status).toBe(201);
      const findingId = ((await recorded.json()) as { id: string }).id;

      expect(await findingsSeenByBarts()).toEqual([]);
      expect(await listedToBarts()).toEqual([]);
      expect(
        (await send(bartsAdmin, 'GET', `/inspections/${inspection.id}/findings/${findingId}`)).status,
      ).toBe(404);
      expect(
        (await send(inspector, 'GET', `/inspections/${inspection.id}/findings/${findingId}`)).status,
      ).toBe(200);

      expect((await move(inspector, inspection.id, 'submit-draft')).status).toBe(200);
      expect(await findingsSeenByBarts()).toEqual([]);
      expect(await listedToBarts()).toEqual([]);

      expect((await move(regulatorAdmin, inspection.id, 'share-draft')).status).toBe(200);
      const seen = await findingsSeenByBarts();
      expect(seen.map((row) => row.inspectionId)).toEqual([inspection.id, inspection.id]);
      expect(await listedToBarts()).toHaveLength(2);
      expect(
        (await send(bartsAdmin, 'GET', `/inspections/${inspection.id}/findings/${findingId}`)).status,
      ).toBe(200);
      // Another trust still sees nothing.
      const guysSeen = await t.platform.services.database.tenant(
        { tenantId: demoId('guys-st-thomas') },
        (tx) => tx.select().from(findings),
      );
      expect(guysSeen).toEqual([]);
    });

    it('publishes (tenant administrator only), freezes the findings, closes, and audits every step', async () => {
      expect((await move(inspector, inspection.id, 'publish')).status).toBe(403);
      expect((await move(regulatorAdmin, inspection.id, 'publish')).status).toBe(200);
      expect((await finding()).status).toBe(409);
      await expect(
        t.platform.services.database.tenant({ tenantId: regulator }, (tx) =>
          tx.update(findings).set({ statement: 'Softened' }).where(eq(findings.inspectionId, inspection.id)),
        ),
      ).rejects.toThrow();
      expect(await listedToBarts()).toHaveLength(2);

      const closed = await move(inspector, inspection.id, 'close');
      expect(closed.status).toBe(200);
      const body = (await closed.json()) as Inspection;
      expect(body.stage).toBe('closed');
      for (const stamp of [
        'fieldworkStartedAt',
        'draftedAt',
        'factualAccuracyAt',
        'publishedAt',
        'closedAt',
      ] as const) {
        expect(body[stamp]).not.toBeNull();
      }
      expect((await move(regulatorAdmin, inspection.id, 'close')).status).toBe(409);

      const audited = await queryRows<{ action: string }>(
        t.platform.owner.db,
        sql`select action from ${auditLog} where target_id = ${inspection.id} order by occurred_at, id`,
      );
      expect(audited.map((row) => row.action)).toEqual([
        'inspection.planned',
        'inspection.fieldwork',
        'inspection.draft',
        'inspection.factual_accuracy',
        'inspection.published',
        'inspection.closed',
      ]);
    });
  });
});
