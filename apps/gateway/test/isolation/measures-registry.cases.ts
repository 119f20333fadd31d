import { expect } from 'vitest';
import { demoId } from '../../src/demo/demo-organisations.js';
import { demoUnitId } from '../../src/demo/seed.js';
import type { IsolationContext, IsolationModule } from './context.js';

const uecFlow = demoId('programme/uec-flow');
const bartsUnit = demoUnitId('barts-health', 'ed');

const definition = (code: string) => ({
  code,
  title: `Measure ${code}`,
  kind: 'process',
  valueType: 'proportion',
  multiplier: 100,
  numeratorDefinition: 'Patients seen in time',
  denominatorDefinition: 'All patients',
  periodicity: 'month',
  improvementDirection: 'increase',
});

interface Created {
  id: string;
  versions: { id: string; etag: string }[];
}

/**
 * The measure registry: measures and versions, publication to programmes, adoptions, measure
 * sets and golden-thread links. The attacker (Guy's and St Thomas') is enrolled in uec-flow, so
 * it legitimately sees what the national body publishes there, and nothing else.
 */
let shared = '';
let attackerMeasure = '';
let attackerSteward = '';

async function activate(context: IsolationContext, token: string, measure: Created) {
  const [version] = measure.versions;
  if (!version) throw new Error('no version');
  const response = await context.t.fetch(`/v1/measures/${measure.id}/versions/${version.id}/activate`, {
    method: 'POST',
    token,
    headers: { 'If-Match': version.etag },
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return version.id;
}

export const measuresRegistryIsolation: IsolationModule = {
  async setup(context) {
    const { t, victim, postAs } = context;
    const bartsSteward = await t.token('barts-health', 'measure_steward');
    const nationalSteward = await t.token('national-quality-body', 'measure_steward');
    const nationalAdmin = await t.token('national-quality-body', 'tenant_admin');
    attackerSteward = await t.token('guys-st-thomas', 'measure_steward');

    // Barts' own measure: an active version and a draft.
    const barts = (await postAs(
      bartsSteward,
      '/v1/measures',
      definition('BARTS-SECRET'),
    )) as unknown as Created;
    victim.bartsMeasure = barts.id;
    victim.bartsVersion = await activate(context, bartsSteward, barts);
    victim.bartsDraft = (
      await postAs(bartsSteward, `/v1/measures/${barts.id}/versions`, { title: 'Next' })
    ).id;

    // A national measure published only to a programme the attacker is not in.
    victim.secretProgramme = (
      await postAs(nationalAdmin, '/v1/programmes', { code: 'secret-review', name: 'Secret review' })
    ).id;
    const hidden = (await postAs(
      nationalSteward,
      '/v1/measures',
      definition('NAT-HIDDEN'),
    )) as unknown as Created;
    victim.nationalHidden = hidden.id;
    await activate(context, nationalSteward, hidden);
    await postAs(nationalSteward, `/v1/programmes/${victim.secretProgramme}/measures`, {
      measureId: hidden.id,
    });
    victim.nationalSet = (
      await postAs(nationalSteward, '/v1/measure-sets', {
        code: 'SECRET-SET',
        name: 'Secret set',
        programmeId: victim.secretProgramme,
        items: [{ measureId: hidden.id, uses: ['assurance'] }],
      })
    ).id;

    // A national measure shared through uec-flow: visible to both trusts, adopted and linked by Barts.
    const sharedMeasure = (await postAs(
      nationalSteward,
      '/v1/measures',
      definition('UEC-SHARED'),
    )) as unknown as Created;
    shared = sharedMeasure.id;
    await activate(context, nationalSteward, sharedMeasure);
    await postAs(nationalSteward, `/v1/programmes/${uecFlow}/measures`, { measureId: shared });
    victim.adoption = (
      await postAs(bartsSteward, '/v1/adoptions', {
        measureId: shared,
        ownerUnitId: bartsUnit,
        localTarget: 80,
      })
    ).id;
    victim.bartsSet = (
      await postAs(bartsSteward, '/v1/measure-sets', {
        code: 'BARTS-BOARD',
        name: 'Barts board',
        items: [{ measureId: victim.bartsMeasure, uses: ['quality_control', 'improvement'] }],
      })
    ).id;
    victim.link = (
      await postAs(bartsSteward, '/v1/measure-links', {
        fromMeasureId: victim.bartsMeasure,
        toMeasureId: shared,
        kind: 'contributes_to',
      })
    ).id;

    attackerMeasure = (await postAs(attackerSteward, '/v1/measures', definition('GUYS-OWN'))).id;
  },

  cases: ({ t, victim, call, expectNothingForeign }: IsolationContext) => {
    /** A write as the attacker's measure steward (its administrator lacks `measures:write`). */
    const write = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      t.fetch(path, {
        method,
        token: attackerSteward,
        headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    return {
      createMeasure: async () => {
        // Codes are unique per owner: the attacker may reuse Barts' code, and sees nothing of it.
        await expectNothingForeign(await write('POST', '/v1/measures', definition('BARTS-SECRET')), 201);
      },
      listMeasures: async () => {
        const page = await expectNothingForeign(await call('GET', '/v1/measures?limit=200'), 200);
        expect((page.items as { id: string }[]).map((item) => item.id)).toContain(shared);
        await expectNothingForeign(await call('GET', '/v1/measures?code=NAT-HIDDEN'), 200);
      },
      getMeasure: async () => {
        await expectNothingForeign(await call('GET', `/v1/measures/${victim.bartsMeasure}`), 404);
        await expectNothingForeign(await call('GET', `/v1/measures/${victim.nationalHidden}`), 404);
      },
      createMeasureVersion: async () => {
        await expectNothingForeign(
          await write('POST', `/v1/measures/${victim.bartsMeasure}/versions`, { title: 'Hijacked' }),
          404,
        );
        await expectNothingForeign(
          await write('POST', `/v1/measures/${shared}/versions`, { title: 'Hijacked' }),
          404,
        );
      },
      getMeasureVersion: async () => {
        await expectNothingForeign(
          await call('GET', `/v1/measures/${victim.bartsMeasure}/versions/${victim.bartsVersion}`),
          404,
        );
        // A visible measure does not open another measure's version.
        await expectNothingForeign(
          await call('GET', `/v1/measures/${shared}/versions/${victim.bartsVersion}`),
          404,
        );
      },
      updateMeasureVersion: async () => {
        await expectNothingForeign(
          await write(
            'PATCH',
            `/v1/measures/${victim.bartsMeasure}/versions/${victim.bartsDraft}`,
            { title: 'Hijacked' },
            { 'If-Match': '*' },
          ),
          404,
        );
      },
      activateMeasureVersion: async () => {
        await expectNothingForeign(
          await write(
            'POST',
            `/v1/measures/${victim.bartsMeasure}/versions/${victim.bartsDraft}/activate`,
            undefined,
            {
              'If-Match': '*',
            },
          ),
          404,
        );
      },
      retireMeasureVersion: async () => {
        await expectNothingForeign(
          await write(
            'POST',
            `/v1/measures/${victim.bartsMeasure}/versions/${victim.bartsVersion}/retire`,
            undefined,
            {
              'If-Match': '*',
            },
          ),
          404,
        );
      },
      publishProgrammeMeasure: async () => {
        await expectNothingForeign(
          await write('POST', `/v1/programmes/${victim.secretProgramme}/measures`, {
            measureId: attackerMeasure,
          }),
          404,
        );
        // A member of uec-flow is not its owner.
        await expectNothingForeign(
          await write('POST', `/v1/programmes/${uecFlow}/measures`, { measureId: attackerMeasure }),
          403,
        );
      },
      listProgrammeMeasures: async () => {
        await expectNothingForeign(
          await call('GET', `/v1/programmes/${victim.secretProgramme}/measures`),
          404,
        );
        await expectNothingForeign(
          await call('GET', `/v1/programmes/${uecFlow}/measures?includeWithdrawn=true`),
          200,
        );
      },
      getProgrammeMeasure: async () => {
        await expectNothingForeign(
          await call('GET', `/v1/programmes/${victim.secretProgramme}/measures/${victim.nationalHidden}`),
          404,
        );
        await expectNothingForeign(
          await call('GET', `/v1/programmes/${uecFlow}/measures/${victim.nationalHidden}`),
          404,
        );
      },
      withdrawProgrammeMeasure: async () => {
        await expectNothingForeign(
          await write(
            'POST',
            `/v1/programmes/${victim.secretProgramme}/measures/${victim.nationalHidden}/withdraw`,
          ),
          404,
        );
      },
      createAdoption: async () => {
        await expectNothingForeign(
          await write('POST', '/v1/adoptions', { measureId: victim.bartsMeasure }),
          404,
        );
        await expectNothingForeign(
          await write('POST', '/v1/adoptions', { measureId: victim.nationalHidden }),
          404,
        );
        await expectNothingForeign(
          await write('POST', '/v1/adoptions', { measureId: shared, ownerUnitId: bartsUnit }),
          422,
        );
      },
      listAdoptions: async () => {
        const page = await expectNothingForeign(await call('GET', `/v1/adoptions?measureId=${shared}`), 200);
        expect(page.items).toEqual([]);
      },
      getAdoption: async () => {
        await expectNothingForeign(await call('GET', `/v1/adoptions/${victim.adoption}`), 404);
      },
      updateAdoption: async () => {
        await expectNothingForeign(
          await write(
            'PATCH',
            `/v1/adoptions/${victim.adoption}`,
            { status: 'ended' },
            { 'If-Match': '"1"' },
          ),
          404,
        );
      },
      createMeasureSet: async () => {
        await expectNothingForeign(
          await write('POST', '/v1/measure-sets', {
            code: 'STOLEN',
            name: 'Stolen',
            items: [{ measureId: victim.bartsMeasure, uses: ['assurance'] }],
          }),
          422,
        );
        await expectNothingForeign(
          await write('POST', '/v1/measure-sets', {
            code: 'STOLEN',
            name: 'Stolen',
            programmeId: victim.secretProgramme,
            items: [],
          }),
          422,
        );
      },
      listMeasureSets: async () => {
        await expectNothingForeign(await call('GET', '/v1/measure-sets?limit=200'), 200);
        const page = await expectNothingForeign(
          await call('GET', `/v1/measure-sets?programmeId=${victim.secretProgramme}`),
          200,
        );
        expect(page.items).toEqual([]);
      },
      getMeasureSet: async () => {
        await expectNothingForeign(await call('GET', `/v1/measure-sets/${victim.bartsSet}`), 404);
        await expectNothingForeign(await call('GET', `/v1/measure-sets/${victim.nationalSet}`), 404);
      },
      updateMeasureSet: async () => {
        await expectNothingForeign(
          await write(
            'PATCH',
            `/v1/measure-sets/${victim.bartsSet}`,
            { name: 'Renamed' },
            { 'If-Match': '"1"' },
          ),
          404,
        );
      },
      createMeasureLink: async () => {
        await expectNothingForeign(
          await write('POST', '/v1/measure-links', {
            fromMeasureId: victim.bartsMeasure,
            toMeasureId: shared,
            kind: 'contributes_to',
          }),
          422,
        );
        await expectNothingForeign(
          await write('POST', '/v1/measure-links', {
            fromMeasureId: attackerMeasure,
            toMeasureId: victim.bartsMeasure,
            kind: 'balancing',
          }),
          422,
        );
      },
      listMeasureLinks: async () => {
        // Barts' link into the shared national measure is for Barts and the national body only.
        const page = await expectNothingForeign(
          await call('GET', `/v1/measure-links?measureId=${shared}`),
          200,
        );
        expect(page.items).toEqual([]);
      },
      getMeasureLink: async () => {
        await expectNothingForeign(await call('GET', `/v1/measure-links/${victim.link}`), 404);
      },
      deleteMeasureLink: async () => {
        await expectNothingForeign(await write('DELETE', `/v1/measure-links/${victim.link}`), 404);
      },
    };
  },

  async verifyUntouched({ t, victim }) {
    const bartsSteward = await t.token('barts-health', 'measure_steward');
    const read = async <T>(path: string, token = bartsSteward) => {
      const response = await t.fetch(path, { token });
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      return (await response.json()) as T;
    };
    const measure = await read<{
      active: { id: string; title: string } | null;
      draft: { id: string; title: string } | null;
    }>(`/v1/measures/${victim.bartsMeasure}`);
    if (measure.active?.id !== victim.bartsVersion) throw new Error('victim active version changed');
    if (measure.draft?.id !== victim.bartsDraft || measure.draft?.title !== 'Next')
      throw new Error('victim draft changed');
    const adoption = await read<{ status: string; localTarget: number }>(`/v1/adoptions/${victim.adoption}`);
    if (adoption.status !== 'active' || adoption.localTarget !== 80)
      throw new Error('victim adoption changed');
    const set = await read<{ name: string }>(`/v1/measure-sets/${victim.bartsSet}`);
    if (set.name !== 'Barts board') throw new Error('victim set renamed');
    await read(`/v1/measure-links/${victim.link}`);
    const nationalSteward = await t.token('national-quality-body', 'measure_steward');
    const publication = await read<{ status: string }>(
      `/v1/programmes/${victim.secretProgramme}/measures/${victim.nationalHidden}`,
      nationalSteward,
    );
    if (publication.status !== 'published') throw new Error('victim publication withdrawn');
  },
};
