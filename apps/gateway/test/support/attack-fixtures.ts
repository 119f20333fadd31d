import { randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '@qms/db';
import { roles } from '@qms/db';
import { SigningKeys } from '@qms/platform';
import { DEMO_PROGRAMME, demoId } from '../../src/demo/demo-organisations.js';
import { demoUnitId } from '../../src/demo/seed.js';
import type { TestPlatform } from '../harness.js';

/**
 * Callers and records for the attack tests (authorisation matrix, fuzzing), built once per
 * engine through the API.
 *
 * Every role calls from the national body, which owns the demo programme, so the three tenant
 * relations are the same for all of them:
 * - `own`: the national body's own records;
 * - `programme`: Barts Health, actively enrolled in the national body's programme;
 * - `unrelated`: an organisation created here, with no link to anyone.
 * The platform administrator calls from the platform organisation.
 */

export const ALL_ROLES = roles as readonly Role[];
export type Relation = 'own' | 'programme' | 'unrelated';
export const RELATIONS: Relation[] = ['own', 'programme', 'unrelated'];

export const NATIONAL_BODY = demoId('national-quality-body');
export const BARTS = demoId('barts-health');
export const PLATFORM = demoId('qms-platform');
const UEC_FLOW = demoId(`programme/${DEMO_PROGRAMME.code}`);

/** Records of one tenant by path-parameter name; `<first path segment>:<name>` disambiguates. */
export type TenantRecords = Record<string, string>;

export interface AttackFixtures {
  /** A token per role (national body; platform organisation for platform_admin). */
  tokens: Record<Role, string>;
  /** The caller's home organisation per role. */
  home: Record<Role, string>;
  records: Record<Relation, TenantRecords>;
  /** The platform organisation's records, the platform administrator's "own". */
  platformRecords: TenantRecords;
  unrelated: { id: string; name: string; slug: string };
  /** Ids and names of the unrelated organisation that no other organisation may ever see. */
  unrelatedSecrets: string[];
  /** Mints a token for a person of an organisation (their roles come from stored grants). */
  mint(subject: string, tenantId: string): Promise<string>;
}

async function postJson(
  t: TestPlatform,
  token: string,
  path: string,
  body: unknown,
): Promise<Record<string, unknown>> {
  const response = await t.fetch(path, {
    method: 'POST',
    token,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`fixture POST ${path} answered ${response.status}: ${text}`);
  }
  return JSON.parse(text) as Record<string, unknown>;
}

async function getJson(t: TestPlatform, token: string, path: string): Promise<Record<string, unknown>> {
  const response = await t.fetch(path, { token });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`fixture GET ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

const idOf = (value: Record<string, unknown>) => value.id as string;
const itemsOf = (page: Record<string, unknown>) => page.items as Record<string, unknown>[];

/** A measure body from the document's example, with a fresh code. */
const measureBody = (code: string) => ({
  code,
  title: `Matrix measure ${code}`,
  kind: 'outcome',
  valueType: 'proportion',
  periodicity: 'month',
  improvementDirection: 'increase',
});

export async function buildAttackFixtures(t: TestPlatform): Promise<AttackFixtures> {
  const keys = SigningKeys.fromJson(JSON.stringify(t.secrets));
  const mint = (subject: string, tenantId: string) =>
    keys.sign(
      { sub: subject, tid: tenantId },
      { issuer: t.config.QMS_ISSUER, audience: t.config.QMS_AUDIENCE, ttlSeconds: 3600 },
    );
  const suffix = randomBytes(3).toString('hex');

  // Callers: the national body holds four roles in the demo; grant it the other two.
  const nationalAdmin = await t.token('national-quality-body', 'tenant_admin');
  for (const role of ['submitter', 'inspector'] as const) {
    await postJson(t, nationalAdmin, '/v1/role-grants', {
      subject: `matrix-${role}@national-quality-body`,
      role,
    });
  }
  const tokens = {} as Record<Role, string>;
  const home = {} as Record<Role, string>;
  for (const role of ALL_ROLES) {
    if (role === 'platform_admin') {
      tokens[role] = await t.token('qms-platform', 'platform_admin');
      home[role] = PLATFORM;
    } else if (role === 'submitter' || role === 'inspector') {
      tokens[role] = await mint(`matrix-${role}@national-quality-body`, NATIONAL_BODY);
      home[role] = NATIONAL_BODY;
    } else {
      tokens[role] = await t.token('national-quality-body', role);
      home[role] = NATIONAL_BODY;
    }
  }
  const nationalSteward = tokens.measure_steward;
  const nationalAnalyst = tokens.analyst;

  // Own: the national body.
  const own: TenantRecords = { organisationId: NATIONAL_BODY, programmeId: UEC_FLOW };
  own.unitId = idOf(
    await postJson(t, nationalAdmin, '/v1/units', {
      kind: 'site',
      name: 'Matrix head office',
      code: 'MATRIX-HQ',
    }),
  );
  own.grantId = idOf(
    await postJson(t, nationalAdmin, '/v1/role-grants', {
      subject: 'matrix-target@nqb.example',
      role: 'viewer',
    }),
  );
  own.apiClientId = idOf(
    await postJson(t, nationalAdmin, '/v1/api-clients', { name: 'Matrix target client', roles: ['viewer'] }),
  );
  own.enrolmentId = demoId(`enrolment/${DEMO_PROGRAMME.code}/barts-health`);
  const nationalMeasures = itemsOf(await getJson(t, nationalAdmin, '/v1/measures?limit=50')).filter(
    (measure) => measure.ownerOrganisationId === NATIONAL_BODY,
  );
  const [firstMeasure, secondMeasure] = nationalMeasures;
  if (!firstMeasure || !secondMeasure) throw new Error('fixture: the demo national body has no measures');
  own.measureId = idOf(firstMeasure);
  own['measures:versionId'] = (firstMeasure.current as { id: string }).id;
  const nationalSets = itemsOf(await getJson(t, nationalAdmin, '/v1/measure-sets?limit=50')).filter(
    (set) => set.ownerOrganisationId === NATIONAL_BODY,
  );
  if (nationalSets[0]) own.setId = idOf(nationalSets[0]);
  own.linkId = idOf(
    await postJson(t, nationalSteward, '/v1/measure-links', {
      fromMeasureId: idOf(secondMeasure),
      toMeasureId: idOf(firstMeasure),
      kind: 'balancing',
    }),
  );
  // A benchmark run and its outlier cases, where the demo data allows one.
  for (const measure of nationalMeasures) {
    const response = await t.fetch('/v1/benchmark-runs', {
      method: 'POST',
      token: nationalAnalyst,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        programmeId: UEC_FLOW,
        measureId: idOf(measure),
        period: { type: 'rolling', end: '2024-03-01', length: 12 },
      }),
    });
    if (response.status !== 201) continue;
    own.runId = idOf((await response.json()) as Record<string, unknown>);
    break;
  }
  if (own.runId) {
    const opened = await t.fetch(`/v1/benchmark-runs/${own.runId}/outlier-cases`, {
      method: 'POST',
      token: nationalAnalyst,
    });
    if (opened.status === 201 || opened.status === 200) {
      const cases = ((await opened.json()) as { items?: { id: string }[]; cases?: { id: string }[] }) ?? {};
      const first = (cases.items ?? cases.cases ?? [])[0];
      if (first) own.caseId = first.id;
    }
  }

  // Programme: Barts Health, enrolled in the national body's programme.
  const bartsAdmin = await t.token('barts-health', 'tenant_admin');
  const bartsSteward = await t.token('barts-health', 'measure_steward');
  const programme: TenantRecords = {
    organisationId: BARTS,
    unitId: demoUnitId('barts-health', 'ed'),
  };
  programme.grantId = idOf(
    await postJson(t, bartsAdmin, '/v1/role-grants', {
      subject: 'matrix-target@barts.example',
      role: 'viewer',
    }),
  );
  programme.apiClientId = idOf(
    await postJson(t, bartsAdmin, '/v1/api-clients', { name: 'Barts matrix client', roles: ['viewer'] }),
  );
  const bartsSubmissions = itemsOf(await getJson(t, bartsAdmin, '/v1/submissions?limit=5'));
  if (bartsSubmissions[0]) programme.submissionId = idOf(bartsSubmissions[0]);
  const bartsMeasure = await postJson(t, bartsSteward, '/v1/measures', measureBody('MATRIX-BARTS'));
  programme.measureId = idOf(bartsMeasure);
  programme['measures:versionId'] = (
    (bartsMeasure.draft ?? bartsMeasure.current ?? (bartsMeasure.versions as { id: string }[])[0]) as {
      id: string;
    }
  ).id;
  programme.setId = idOf(
    await postJson(t, bartsSteward, '/v1/measure-sets', {
      code: 'MATRIX-BARTS-SET',
      name: 'Barts matrix set',
      items: [{ measureId: programme.measureId, uses: ['quality_control'] }],
    }),
  );
  programme.linkId = idOf(
    await postJson(t, bartsSteward, '/v1/measure-links', {
      fromMeasureId: programme.measureId,
      toMeasureId: own.measureId,
      kind: 'contributes_to',
    }),
  );
  programme.adoptionId = idOf(
    await postJson(t, bartsSteward, '/v1/adoptions', {
      measureId: own.measureId,
      ownerUnitId: programme.unitId,
      localOwner: 'Barts matrix owner',
    }),
  );

  // Unrelated: a new organisation with its own records, linked to nobody.
  const platformAdmin = tokens.platform_admin;
  const unrelatedName = `Matrix Unrelated Authority ${suffix}`;
  const unrelatedSlug = `matrix-unrelated-${suffix}`;
  const unrelatedAdminSubject = `admin@${unrelatedSlug}.example`;
  const created = await postJson(t, platformAdmin, '/v1/organisations', {
    slug: unrelatedSlug,
    name: unrelatedName,
    kind: 'national_body',
    admins: [{ subject: unrelatedAdminSubject }],
  });
  const unrelatedId = idOf(created);
  const unrelatedAdmin = await mint(unrelatedAdminSubject, unrelatedId);
  const unrelated: TenantRecords = { organisationId: unrelatedId };
  const secretNames = [unrelatedName, unrelatedSlug, unrelatedAdminSubject];
  unrelated.unitId = idOf(
    await postJson(t, unrelatedAdmin, '/v1/units', {
      kind: 'site',
      name: `Unrelated site ${suffix}`,
      code: `UNREL-${suffix}`,
    }),
  );
  secretNames.push(`Unrelated site ${suffix}`);
  unrelated.grantId = idOf(
    await postJson(t, unrelatedAdmin, '/v1/role-grants', {
      subject: `viewer-${suffix}@unrelated.example`,
      role: 'viewer',
    }),
  );
  secretNames.push(`viewer-${suffix}@unrelated.example`);
  unrelated.apiClientId = idOf(
    await postJson(t, unrelatedAdmin, '/v1/api-clients', {
      name: `Unrelated client ${suffix}`,
      roles: ['viewer'],
    }),
  );
  secretNames.push(`Unrelated client ${suffix}`);
  unrelated.programmeId = idOf(
    await postJson(t, unrelatedAdmin, '/v1/programmes', {
      code: `unrelated-${suffix}`,
      name: `Unrelated programme ${suffix}`,
    }),
  );
  secretNames.push(`Unrelated programme ${suffix}`);
  unrelated.enrolmentId = idOf(
    await postJson(t, unrelatedAdmin, `/v1/programmes/${unrelated.programmeId}/enrolments`, {
      organisationId: demoId('royal-cornwall'),
    }),
  );
  const unrelatedMeasure = await postJson(
    t,
    unrelatedAdmin,
    '/v1/measures',
    measureBody(`UNREL-${suffix.toUpperCase()}`),
  );
  unrelated.measureId = idOf(unrelatedMeasure);
  unrelated['measures:versionId'] = (
    (unrelatedMeasure.draft ??
      unrelatedMeasure.current ??
      (unrelatedMeasure.versions as { id: string }[])[0]) as { id: string }
  ).id;
  secretNames.push(`Matrix measure UNREL-${suffix.toUpperCase()}`);
  const unrelatedSecond = await postJson(
    t,
    unrelatedAdmin,
    '/v1/measures',
    measureBody(`UNREL2-${suffix.toUpperCase()}`),
  );
  unrelated.linkId = idOf(
    await postJson(t, unrelatedAdmin, '/v1/measure-links', {
      fromMeasureId: idOf(unrelatedSecond),
      toMeasureId: unrelated.measureId,
      kind: 'balancing',
    }),
  );
  unrelated.setId = idOf(
    await postJson(t, unrelatedAdmin, '/v1/measure-sets', {
      code: `UNREL-SET-${suffix}`,
      name: `Unrelated set ${suffix}`,
      items: [{ measureId: unrelated.measureId, uses: ['quality_control'] }],
    }),
  );
  secretNames.push(`Unrelated set ${suffix}`);

  const unrelatedSecrets = [...new Set([...Object.values(unrelated), idOf(unrelatedSecond), ...secretNames])];
  return {
    tokens,
    home,
    records: { own, programme, unrelated },
    platformRecords: { organisationId: PLATFORM },
    unrelated: { id: unrelatedId, name: unrelatedName, slug: unrelatedSlug },
    unrelatedSecrets,
    mint,
  };
}

/** The record for a parameter in a tenant, or undefined when the tenant has none. */
export function recordFor(records: TenantRecords, path: string, name: string): string | undefined {
  const segment = path.split('/')[2] ?? '';
  return records[`${segment}:${name}`] ?? records[name];
}

/** Query and body properties that name records: `measureSetId` is a set, and so on. */
export function recordForProperty(records: TenantRecords, name: string): string | undefined {
  const aliases: Record<string, string> = {
    measureSetId: 'setId',
    fromMeasureId: 'measureId',
    toMeasureId: 'measureId',
    ownerUnitId: 'unitId',
    parentId: 'unitId',
  };
  return (
    records[name] ??
    records[aliases[name] ?? ''] ??
    (name === 'versionId' ? records['measures:versionId'] : undefined)
  );
}

export const randomId = () => randomUUID();
