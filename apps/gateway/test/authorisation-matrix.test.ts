import { randomUUID } from 'node:crypto';
import type { Role } from '@qms/db';
import { scopesOfRole } from '@qms/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestPlatform, type TestPlatform } from './harness.js';
import {
  ALL_ROLES,
  type AttackFixtures,
  buildAttackFixtures,
  RELATIONS,
  type Relation,
  recordFor,
  recordForProperty,
  type TenantRecords,
} from './support/attack-fixtures.js';
import {
  fillPath,
  loadOperations,
  type Operation,
  pathParameters,
  queryString,
  validValue,
} from './support/openapi-requests.js';

/**
 * Every operation of openapi/openapi.json × every role × the tenant relation of the records it
 * names (own / enrolled in the caller's programme / unrelated), over real HTTP through the gateway.
 *
 * The expected outcome comes from the operation's `x-qms-access` (roles and scope) and the
 * scopes each role carries, plus the short table of documented exceptions below — never from
 * what the platform answered. A new operation is covered as soon as it is in the document: path
 * parameters are filled from the fixtures by name (a random UUID, expected 404, when no fixture
 * has that name) and bodies are built from the operation's schema.
 */

const operations = loadOperations();
const authenticated = operations.filter((operation) => operation.access !== undefined);

/** Stale on purpose: conditional updates must be found and authorised, then refused, never applied. */
const STALE_ETAG = '"999999999"';

type Statuses = number[] | '2xx';
interface Expectation {
  statuses: Statuses;
  why: string;
}

const programmeOwnerRead: Expectation = {
  statuses: '2xx',
  why: 'documented programme-owner read of an actively enrolled organisation’s record',
};

/** The programme relation for a caller of the programme owner (not the platform organisation). */
const ownerRead = (role: Role, relation: Relation) =>
  relation === 'programme' && role !== 'platform_admin' ? programmeOwnerRead : undefined;

/**
 * Documented behaviour beyond `x-qms-access`, each with the sentence of the operation's
 * description (or of README/DESIGN) that states it. Keep it short: every entry weakens the matrix.
 */
const EXCEPTIONS: Record<string, (role: Role, relation: Relation) => Expectation | undefined> = {
  // "The caller’s own organisation, organisations enrolled in its programmes, and owners of
  // programmes it is enrolled in. A platform administrator sees all." (listOrganisations)
  getOrganisation: (role, relation) =>
    relation === 'programme' || role === 'platform_admin'
      ? {
          statuses: '2xx',
          why: 'organisations enrolled in the caller’s programmes are visible; a platform administrator sees all',
        }
      : undefined,
  // Programme-owner reads of enrolled organisations' records, as the list operations document:
  // "or with organisationId those of an organisation actively enrolled in one of the caller’s
  // programmes" (listUnits); "for a programme owner, also the adoptions of its measures by
  // organisations actively enrolled in its programmes" (listAdoptions); "those of organisations
  // enrolled in its programmes" (listMeasureLinks).
  getUnit: ownerRead,
  getUnitTree: ownerRead,
  getAdoption: ownerRead,
  getMeasureLink: ownerRead,
  // The national body reports no observations itself (its trusts do): the history of a period
  // of its own measure has nothing to show.
  getObservationHistory: (_role, relation) =>
    relation === 'own' ? { statuses: [404], why: 'no own observation for that period' } : undefined,
  // "only a platform administrator may suspend or reactivate one" — and may update any.
  updateOrganisation: (role) =>
    role === 'platform_admin'
      ? { statuses: [412], why: 'a platform administrator updates any organisation (stale If-Match → 412)' }
      : undefined,
  // "The owner gets 403" (acceptEnrolment): the national body owns the enrolment fixture.
  acceptEnrolment: (_role, relation) =>
    relation === 'own'
      ? { statuses: [403], why: 'the programme owner cannot accept for the invitee' }
      : undefined,
  // "The other side gets 403" (outlier-case steps of the provider): the national body is the owner side.
  respondToOutlierCase: (_role, relation) =>
    relation === 'own'
      ? { statuses: [403, 404], why: 'the provider’s step; the owner side gets 403' }
      : undefined,
  acknowledgeOutlierCase: (_role, relation) =>
    relation === 'own'
      ? { statuses: [403, 404], why: 'the provider’s step; the owner side gets 403' }
      : undefined,
  // "A tenant administrator of a national body or a regulator starts a programme … Other
  // organisations get 403" — the platform organisation is neither.
  createProgramme: (role) =>
    role === 'platform_admin'
      ? { statuses: [403], why: 'only national bodies and regulators run programmes' }
      : undefined,
  // "The platform organisation only holds platform administrators" (role grants): any other role → 422.
  createRoleGrant: (role) =>
    role === 'platform_admin'
      ? { statuses: [201, 422], why: 'the platform organisation only holds platform administrators' }
      : undefined,
  // "A regulator or national body imports a framework / plans an inspection": the national body's
  // inspector may; bodies reference demo ids, so business-rule refusals (404/422) are expected.
  importFramework: (_role, relation) =>
    relation === 'own'
      ? { statuses: [201, 404, 409, 422], why: 'framework documents must reference visible measures' }
      : undefined,
};

function allowedByAccess(operation: Operation, role: Role): boolean {
  const access = operation.access;
  if (!access) return true;
  const roleAllowed = access.roles === 'any' || access.roles.includes(role);
  const scopeAllowed =
    access.scope === null || (scopesOfRole[role] as readonly string[]).includes(access.scope);
  return roleAllowed && scopeAllowed;
}

const isConditional = (operation: Operation) =>
  operation.parameters.some((parameter) => parameter.in === 'header' && parameter.name === 'if-match');

export function expectation(
  operation: Operation,
  role: Role,
  relation: Relation,
  fellBack: boolean,
): Expectation {
  if (!allowedByAccess(operation, role)) {
    return {
      statuses: [403],
      why: `x-qms-access ${JSON.stringify(operation.access)} does not include ${role}`,
    };
  }
  const exception = EXCEPTIONS[operation.operationId]?.(role, relation);
  if (exception) return exception;
  const hasPath = pathParameters(operation).length > 0;
  if (relation !== 'own') {
    if (hasPath) return { statuses: [404], why: `another tenant’s (${relation}) ids are not found` };
    // A list or report filtered by another tenant's ids: nothing of theirs, or not found.
    return { statuses: [200, 404, 422], why: `filtered by ${relation} ids: an empty page or not found` };
  }
  if (fellBack) return { statuses: [404], why: 'no record of this kind in the own tenant: a random id' };
  if (operation.method === 'GET') return { statuses: '2xx', why: 'own record, role and scope allow' };
  if (isConditional(operation)) {
    return { statuses: [409, 412, 422], why: 'own record with a stale If-Match: refused, not applied' };
  }
  return {
    statuses: [200, 201, 202, 204, 404, 409, 422],
    why: 'own tenant write: done, or refused by a business rule',
  };
}

/** Reads first, then conditional updates, creates, and last the writes that change fixtures. */
function phase(operation: Operation): number {
  if (operation.method === 'GET') return 0;
  if (isConditional(operation)) return 1;
  if (pathParameters(operation).length === 0) return 2;
  return 3;
}
const ordered = [...authenticated].sort((a, b) => phase(a) - phase(b));

const ID_QUERY = /Id$/;

/** Relations that change the request: path ids, or id filters in the query. */
function relationsOf(operation: Operation): Relation[] {
  if (pathParameters(operation).length > 0) return RELATIONS;
  const idQuery = operation.parameters.some(
    (parameter) => parameter.in === 'query' && ID_QUERY.test(parameter.name),
  );
  return idQuery ? RELATIONS : ['own'];
}

interface BuiltRequest {
  url: string;
  init: RequestInit;
  fellBack: boolean;
  sentIds: string[];
}

function buildRequest(
  operation: Operation,
  role: Role,
  relation: Relation,
  fixtures: AttackFixtures,
): BuiltRequest {
  const ownRecords = role === 'platform_admin' ? fixtures.platformRecords : fixtures.records.own;
  const target: TenantRecords = relation === 'own' ? ownRecords : fixtures.records[relation];
  let fellBack = false;
  const pathValues: Record<string, string> = {};
  for (const parameter of pathParameters(operation)) {
    const record = recordFor(target, operation.path, parameter.name);
    if (record === undefined) fellBack = true;
    pathValues[parameter.name] = record ?? randomUUID();
  }
  const query: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query') continue;
    const isId = ID_QUERY.test(parameter.name);
    if (isId && (parameter.required || (relation !== 'own' && pathParameters(operation).length === 0))) {
      const record = recordForProperty(target, parameter.name);
      if (record !== undefined) query[parameter.name] = record;
      else if (parameter.required) {
        fellBack = true;
        query[parameter.name] = randomUUID();
      }
    } else if (parameter.required) {
      const value = validValue(parameter.schema, () => undefined, parameter.name);
      query[parameter.name] = typeof value === 'string' ? value : JSON.stringify(value);
    }
  }
  const headers: Record<string, string> = { Authorization: `Bearer ${fixtures.tokens[role]}` };
  if (isConditional(operation)) headers['If-Match'] = STALE_ETAG;
  if (operation.parameters.some((parameter) => parameter.name === 'idempotency-key')) {
    headers['Idempotency-Key'] = randomUUID();
  }
  let body: string | undefined;
  const jsonSchema = operation.body?.['application/json'];
  if (jsonSchema) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(validValue(jsonSchema, (name) => recordForProperty(ownRecords, name)));
  }
  return {
    url: `${fillPath(operation.path, pathValues)}${queryString(query)}`,
    init: { method: operation.method, headers, ...(body === undefined ? {} : { body }) },
    fellBack,
    sentIds: [...Object.values(pathValues), ...Object.values(query)],
  };
}

/** Concurrent reads per batch: enough to overlap the database's work with the gateway's on 2 cores. */
const READ_BATCH = 6;

/**
 * Not on `postgres-forwarded`: who may do what is decided by the services' own code, the same in
 * both topologies (the forwarding gateway passes `Authorization` through untouched and each
 * service verifies the token itself), so a third run would check the same decisions again. What
 * forwarding adds is covered there by tenant-isolation.test.ts and auth.test.ts (every operation's
 * route reaches its service; tokens are verified behind the gateway) and by fuzz.test.ts (hostile
 * requests across the second hop).
 */
const matrixEngines = engines.filter((engine) => engine !== 'postgres-forwarded');

const matches = (statuses: Statuses, status: number) =>
  statuses === '2xx' ? status >= 200 && status < 300 : statuses.includes(status);

describe.each(matrixEngines)('authorisation matrix on %s', (engine) => {
  let t: TestPlatform;
  let fixtures: AttackFixtures;
  let combinationsChecked = 0;
  let withRealRecords = 0;
  const bodyRefusals = new Set<string>();
  let started = 0;

  beforeAll(async () => {
    started = Date.now();
    t = await startTestPlatform(engine);
    fixtures = await buildAttackFixtures(t);
  });
  afterAll(() => t?.close());

  it('documents access for every operation: x-qms-access and security agree', () => {
    for (const operation of operations) {
      if (operation.access) {
        expect(operation.security, operation.operationId).not.toEqual([]);
        expect(operation.responses, operation.operationId).toEqual(expect.arrayContaining(['401', '403']));
      } else {
        expect(operation.security, operation.operationId).toEqual([]);
      }
    }
  });

  it.each(authenticated.map((operation) => [operation.operationId, operation] as const))(
    '%s refuses a call without a token (401 problem)',
    async (_id, operation) => {
      const { url, init } = buildRequest(operation, 'viewer', 'own', fixtures);
      const headers = { ...(init.headers as Record<string, string>) };
      delete headers.Authorization;
      const response = await t.fetch(url, { ...init, headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    },
  );

  it.each(ordered.map((operation) => [operation.operationId, operation] as const))(
    '%s: every role × tenant relation gets the documented outcome and nothing foreign',
    { timeout: 120_000 },
    async (_id, operation) => {
      const failures: string[] = [];
      const combinations = ALL_ROLES.flatMap((role) =>
        relationsOf(operation).map((relation) => ({ role, relation })),
      );
      // Reads change nothing, so one operation's reads go in small concurrent batches; writes go
      // one at a time in a fixed order, as each may change what the next one finds.
      const batchSize = operation.method === 'GET' ? READ_BATCH : 1;
      for (let first = 0; first < combinations.length; first += batchSize) {
        const batch = combinations.slice(first, first + batchSize);
        const answers = await Promise.all(
          batch.map(async ({ role, relation }) => {
            const request = buildRequest(operation, role, relation, fixtures);
            const response = await t.fetch(request.url, request.init);
            return { role, relation, request, response, text: await response.text() };
          }),
        );
        for (const { role, relation, request, response, text } of answers) {
          const expected = expectation(operation, role, relation, request.fellBack);
          combinationsChecked++;
          if (!request.fellBack) withRealRecords++;
          const where = `${role}/${relation} ${operation.method} ${request.url}`;
          // Authorisation runs before validation, so a 400 on the generated body still proves the
          // role was let through; it happens only where the schema lacks an example of the whole
          // body for rules across members, and the last test fails until the schema has one.
          const bodyRuleRefusal =
            response.status === 400 &&
            expected.statuses !== '2xx' &&
            !expected.statuses.includes(403) &&
            operation.body !== undefined &&
            text.includes('"/body');
          if (bodyRuleRefusal) bodyRefusals.add(operation.operationId);
          if (!bodyRuleRefusal && !matches(expected.statuses, response.status)) {
            failures.push(
              `${where}: ${response.status}, expected ${JSON.stringify(expected.statuses)} (${expected.why}): ${text.slice(0, 300)}`,
            );
          }
          if (response.status >= 400) {
            const type = response.headers.get('content-type') ?? '';
            if (!type.includes('application/problem+json'))
              failures.push(`${where}: ${response.status} as ${type}`);
          }
          // The unrelated organisation's ids and names never reach anyone else (the platform
          // administrator's organisation reads excepted), unless the caller sent them.
          const organisationRead = role === 'platform_admin' && /Organisation/.test(operation.operationId);
          if (!organisationRead) {
            for (const secret of fixtures.unrelatedSecrets) {
              if (!request.sentIds.includes(secret) && text.includes(secret)) {
                failures.push(`${where}: response leaks the unrelated organisation's ${secret}`);
              }
            }
          }
          // A refusal names nothing of the other tenant beyond what the caller sent.
          if (relation !== 'own' && response.status === 404) {
            for (const record of Object.values(fixtures.records[relation])) {
              if (!request.sentIds.includes(record) && text.includes(record)) {
                failures.push(`${where}: 404 names ${relation} record ${record}`);
              }
            }
          }
        }
      }
      expect(failures).toEqual([]);
    },
  );

  it('checked every operation × role × relation', () => {
    const expectedCombinations = ordered.reduce(
      (sum, operation) => sum + relationsOf(operation).length * ALL_ROLES.length,
      0,
    );
    console.log(
      `[authorisation matrix, ${engine}] ${combinationsChecked} (operation, role, relation) combinations over ${ordered.length} operations × ${ALL_ROLES.length} roles in ${Math.round((Date.now() - started) / 1000)} s; ${withRealRecords} with real records, ${combinationsChecked - withRealRecords} with a random id where the tenant has no such record`,
    );
    expect(combinationsChecked).toBe(expectedCombinations);
    // Every operation's generated body passes validation, so every expectation was really
    // checked; an operation listed here needs an example of its whole body in its schema.
    expect([...bodyRefusals]).toEqual([]);
    expect(combinationsChecked).toBeGreaterThan(1500);
  });
});
