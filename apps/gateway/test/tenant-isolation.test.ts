import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '../src/demo/demo-organisations.js';
import { demoUnitId } from '../src/demo/seed.js';
import { engines, json, startTestPlatform, type TestPlatform } from './harness.js';

/**
 * Every operation in the OpenAPI document has a case here: an attacker in one organisation
 * uses another organisation's ids and must get 404 (or nothing), and no foreign data may
 * appear in any response. A new route without a case fails the first test.
 */
const document = JSON.parse(
  readFileSync(new URL('../../../openapi/openapi.json', import.meta.url), 'utf8'),
) as {
  paths: Record<string, Record<string, { operationId: string }>>;
};
const operationIds = Object.values(document.paths).flatMap((operations) =>
  Object.values(operations).map((operation) => operation.operationId),
);

/** Operations that hold no tenant data at all, and why. */
const TENANT_FREE: Record<string, string> = {
  getHealth: 'process liveness only',
  getReadiness: 'database reachability only',
  getJwks: 'public keys only',
  analyseSpc: 'stateless computation on the request body',
  analyseFunnel: 'stateless computation on the request body',
};

const barts = demoId('barts-health');
const bartsUnit = demoUnitId('barts-health', 'ed');
const guysUnit = demoUnitId('guys-st-thomas', 'ed');
const uecFlow = demoId('programme/uec-flow');
const bartsUecEnrolment = demoId('enrolment/uec-flow/barts-health');

describe.each(engines)('tenant isolation on %s', (engine) => {
  let t: TestPlatform;
  /** The attacker: an administrator of another trust in the same programme. */
  let attacker: string;
  const victim: Record<string, string> = {};

  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    t.fetch(path, {
      method,
      token: attacker,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  /** Asserts the status, and that nothing in the body mentions the victim's ids. */
  async function expectNothingForeign(response: Response, status: number) {
    expect(response.status).toBe(status);
    const text = await response.text();
    for (const id of Object.values(victim)) expect(text).not.toContain(id);
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }

  beforeAll(async () => {
    t = await startTestPlatform(engine);
    attacker = await t.token('guys-st-thomas', 'tenant_admin');
    const bartsAdmin = await t.token('barts-health', 'tenant_admin');
    const regulatorAdmin = await t.token('care-regulator', 'tenant_admin');
    const post = async (token: string, path: string, body: unknown) => {
      const response = await t.fetch(path, { token, ...json(body) });
      expect(response.status, await response.clone().text()).toBe(201);
      return (await response.json()) as { id: string };
    };
    victim.organisation = barts;
    victim.unit = bartsUnit;
    victim.grant = (
      await post(bartsAdmin, '/v1/role-grants', { subject: 'secret-person@barts.example', role: 'viewer' })
    ).id;
    victim.client = (
      await post(bartsAdmin, '/v1/api-clients', { name: 'Barts feed', roles: ['submitter'] })
    ).id;
    victim.programme = (
      await post(regulatorAdmin, '/v1/programmes', { code: 'maternity-review', name: 'Maternity review' })
    ).id;
    victim.enrolment = (
      await post(regulatorAdmin, `/v1/programmes/${victim.programme}/enrolments`, { organisationId: barts })
    ).id;
    victim.uecEnrolment = bartsUecEnrolment;
  });
  afterAll(() => t?.close());

  const cases: Record<string, () => Promise<void>> = {
    getMe: async () => {
      const me = await expectNothingForeign(await call('GET', '/v1/me'), 200);
      expect((me.organisation as { id: string }).id).toBe(demoId('guys-st-thomas'));
    },
    issueToken: async () => {
      const response = await t.fetch('/oauth/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: victim.client ?? '',
          client_secret: 'guess',
        }),
      });
      await expectNothingForeign(response, 401);
    },
    createOrganisation: async () => {
      await expectNothingForeign(
        await call('POST', '/v1/organisations', { slug: 'takeover', name: 'Takeover', kind: 'trust' }),
        403,
      );
    },
    listOrganisations: async () => {
      await expectNothingForeign(await call('GET', '/v1/organisations?limit=200'), 200);
    },
    getOrganisation: async () => {
      await expectNothingForeign(await call('GET', `/v1/organisations/${barts}`), 404);
    },
    updateOrganisation: async () => {
      await expectNothingForeign(
        await call('PATCH', `/v1/organisations/${barts}`, { name: 'Renamed' }, { 'If-Match': '"1"' }),
        404,
      );
    },
    createUnit: async () => {
      await expectNothingForeign(
        await call('POST', '/v1/units', { kind: 'ward', name: 'Planted', parentId: bartsUnit }),
        422,
      );
    },
    listUnits: async () => {
      await expectNothingForeign(await call('GET', '/v1/units?limit=200'), 200);
      const foreign = await expectNothingForeign(await call('GET', `/v1/units?organisationId=${barts}`), 200);
      expect(foreign.items).toEqual([]);
    },
    getUnit: async () => {
      await expectNothingForeign(await call('GET', `/v1/units/${bartsUnit}`), 404);
    },
    getUnitTree: async () => {
      await expectNothingForeign(await call('GET', `/v1/units/${bartsUnit}/tree`), 404);
    },
    updateUnit: async () => {
      await expectNothingForeign(
        await call('PATCH', `/v1/units/${bartsUnit}`, { name: 'Renamed' }, { 'If-Match': '"1"' }),
        404,
      );
      // Nor can the attacker hang its own unit under the victim's.
      const own = await t.fetch(`/v1/units/${guysUnit}`, { token: attacker });
      await expectNothingForeign(
        await call(
          'PATCH',
          `/v1/units/${guysUnit}`,
          { parentId: bartsUnit },
          { 'If-Match': own.headers.get('etag') ?? '' },
        ),
        422,
      );
    },
    createProgramme: async () => {
      await expectNothingForeign(await call('POST', '/v1/programmes', { code: 'rogue', name: 'Rogue' }), 403);
    },
    listProgrammes: async () => {
      const page = await expectNothingForeign(await call('GET', '/v1/programmes'), 200);
      expect((page.items as { id: string }[]).map((item) => item.id)).toContain(uecFlow);
    },
    getProgramme: async () => {
      await expectNothingForeign(await call('GET', `/v1/programmes/${victim.programme}`), 404);
    },
    updateProgramme: async () => {
      await expectNothingForeign(
        await call('PATCH', `/v1/programmes/${victim.programme}`, { name: 'Mine' }, { 'If-Match': '"1"' }),
        404,
      );
    },
    createEnrolment: async () => {
      await expectNothingForeign(
        await call('POST', `/v1/programmes/${victim.programme}/enrolments`, {
          organisationId: demoId('guys-st-thomas'),
        }),
        404,
      );
    },
    listEnrolments: async () => {
      await expectNothingForeign(await call('GET', `/v1/programmes/${victim.programme}/enrolments`), 404);
      // In a shared programme a trust sees its own enrolment, not its peers'.
      const shared = await expectNothingForeign(
        await call('GET', `/v1/programmes/${uecFlow}/enrolments`),
        200,
      );
      expect((shared.items as unknown[]).length).toBe(1);
    },
    getEnrolment: async () => {
      await expectNothingForeign(
        await call('GET', `/v1/programmes/${uecFlow}/enrolments/${bartsUecEnrolment}`),
        404,
      );
      await expectNothingForeign(
        await call('GET', `/v1/programmes/${victim.programme}/enrolments/${victim.enrolment}`),
        404,
      );
    },
    acceptEnrolment: async () => {
      await expectNothingForeign(
        await call(
          'POST',
          `/v1/programmes/${victim.programme}/enrolments/${victim.enrolment}/accept`,
          { dataSharingAgreementRef: 'DSA-FAKE' },
          { 'If-Match': '"1"' },
        ),
        404,
      );
    },
    withdrawEnrolment: async () => {
      await expectNothingForeign(
        await call(
          'POST',
          `/v1/programmes/${uecFlow}/enrolments/${bartsUecEnrolment}/withdraw`,
          { reason: 'sabotage' },
          { 'If-Match': '"1"' },
        ),
        404,
      );
    },
    createRoleGrant: async () => {
      const created = await expectNothingForeign(
        await call('POST', '/v1/role-grants', { subject: 'mole@guys.example', role: 'viewer' }),
        201,
      );
      const bartsView = await t.fetch(`/v1/role-grants?subject=mole@guys.example`, {
        token: await t.token('barts-health', 'tenant_admin'),
      });
      expect(((await bartsView.json()) as { items: unknown[] }).items).toEqual([]);
      expect(created.id).toBeDefined();
    },
    listRoleGrants: async () => {
      await expectNothingForeign(await call('GET', '/v1/role-grants?limit=200&includeRevoked=true'), 200);
    },
    getRoleGrant: async () => {
      await expectNothingForeign(await call('GET', `/v1/role-grants/${victim.grant}`), 404);
    },
    revokeRoleGrant: async () => {
      await expectNothingForeign(await call('POST', `/v1/role-grants/${victim.grant}/revoke`), 404);
    },
    createApiClient: async () => {
      await expectNothingForeign(
        await call('POST', '/v1/api-clients', { name: 'Guys feed', roles: ['viewer'] }),
        201,
      );
    },
    listApiClients: async () => {
      await expectNothingForeign(await call('GET', '/v1/api-clients?limit=200'), 200);
    },
    getApiClient: async () => {
      await expectNothingForeign(await call('GET', `/v1/api-clients/${victim.client}`), 404);
    },
    rotateApiClientSecret: async () => {
      await expectNothingForeign(await call('POST', `/v1/api-clients/${victim.client}/rotate-secret`), 404);
    },
    revokeApiClient: async () => {
      await expectNothingForeign(await call('POST', `/v1/api-clients/${victim.client}/revoke`), 404);
    },
    listAuditEvents: async () => {
      const page = await expectNothingForeign(
        await call('GET', `/v1/audit-events?targetId=${victim.grant}`),
        200,
      );
      expect(page.items).toEqual([]);
    },
  };

  it('has an isolation case for every operation in the OpenAPI document', () => {
    const missing = operationIds.filter((id) => !(id in cases) && !(id in TENANT_FREE));
    expect(missing).toEqual([]);
    const stale = Object.keys(cases).filter((id) => !operationIds.includes(id));
    expect(stale).toEqual([]);
  });

  it.each(operationIds.filter((id) => id in cases))(
    '%s: another organisation’s ids get 404 and no data',
    async (id) => {
      await cases[id]?.();
    },
  );

  it('left the victim’s records untouched', async () => {
    const bartsAdmin = await t.token('barts-health', 'tenant_admin');
    const grant = (await (
      await t.fetch(`/v1/role-grants/${victim.grant}`, { token: bartsAdmin })
    ).json()) as { revokedAt: unknown };
    expect(grant.revokedAt).toBeNull();
    const client = (await (
      await t.fetch(`/v1/api-clients/${victim.client}`, { token: bartsAdmin })
    ).json()) as { status: string };
    expect(client.status).toBe('active');
    const unit = (await (await t.fetch(`/v1/units/${bartsUnit}`, { token: bartsAdmin })).json()) as {
      name: string;
    };
    expect(unit.name).toBe('Emergency Department');
    const enrolment = (await (
      await t.fetch(`/v1/programmes/${uecFlow}/enrolments/${bartsUecEnrolment}`, { token: bartsAdmin })
    ).json()) as { status: string };
    expect(enrolment.status).toBe('active');
  });
});
