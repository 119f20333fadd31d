import { expect } from 'vitest';
import { demoId } from '../../src/demo/demo-organisations.js';
import { demoUnitId } from '../../src/demo/seed.js';
import type { IsolationContext, IsolationModule } from './context.js';

const barts = demoId('barts-health');
const bartsUnit = demoUnitId('barts-health', 'ed');
const guysUnit = demoUnitId('guys-st-thomas', 'ed');
const uecFlow = demoId('programme/uec-flow');
const bartsUecEnrolment = demoId('enrolment/uec-flow/barts-health');

/** Tenancy: organisations, units, programmes, enrolments, access and audit. */
export const tenancyIsolation: IsolationModule = {
  async setup({ t, victim, postAs }) {
    const bartsAdmin = await t.token('barts-health', 'tenant_admin');
    const regulatorAdmin = await t.token('care-regulator', 'tenant_admin');
    victim.organisation = barts;
    victim.unit = bartsUnit;
    victim.grant = (
      await postAs(bartsAdmin, '/v1/role-grants', { subject: 'secret-person@barts.example', role: 'viewer' })
    ).id;
    victim.client = (
      await postAs(bartsAdmin, '/v1/api-clients', { name: 'Barts feed', roles: ['submitter'] })
    ).id;
    victim.programme = (
      await postAs(regulatorAdmin, '/v1/programmes', { code: 'maternity-review', name: 'Maternity review' })
    ).id;
    victim.enrolment = (
      await postAs(regulatorAdmin, `/v1/programmes/${victim.programme}/enrolments`, { organisationId: barts })
    ).id;
    victim.uecEnrolment = bartsUecEnrolment;
  },
  cases: ({ t, victim, call, expectNothingForeign, attacker }: IsolationContext) => ({
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
  }),
  async verifyUntouched({ t, victim }) {
    const bartsAdmin = await t.token('barts-health', 'tenant_admin');
    const grant = (await (
      await t.fetch(`/v1/role-grants/${victim.grant}`, { token: bartsAdmin })
    ).json()) as { revokedAt: unknown };
    if (grant.revokedAt !== null) throw new Error('victim grant was revoked');
    const client = (await (
      await t.fetch(`/v1/api-clients/${victim.client}`, { token: bartsAdmin })
    ).json()) as { status: string };
    if (client.status !== 'active') throw new Error('victim client was revoked');
    const unit = (await (await t.fetch(`/v1/units/${bartsUnit}`, { token: bartsAdmin })).json()) as {
      name: string;
    };
    if (unit.name !== 'Emergency Department') throw new Error('victim unit was renamed');
    const enrolment = (await (
      await t.fetch(`/v1/programmes/${uecFlow}/enrolments/${bartsUecEnrolment}`, { token: bartsAdmin })
    ).json()) as { status: string };
    if (enrolment.status !== 'active') throw new Error('victim enrolment changed');
  },
};
