import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, startTestPlatform, type TestPlatform } from './harness.js';
import { assuranceIsolation } from './isolation/assurance.cases.js';
import { assuranceAlignmentIsolation } from './isolation/assurance-alignment.cases.js';
import { benchmarkingIsolation } from './isolation/benchmarking.cases.js';
import type { IsolationContext, IsolationModule } from './isolation/context.js';
import { measuresQualityControlIsolation } from './isolation/measures-quality-control.cases.js';
import { measuresRegistryIsolation } from './isolation/measures-registry.cases.js';
import { measuresSubmissionsIsolation } from './isolation/measures-submissions.cases.js';
import { outlierCasesIsolation } from './isolation/outlier-cases.cases.js';
import { tenancyIsolation } from './isolation/tenancy.cases.js';

/**
 * Every operation in the OpenAPI document has a case: an attacker in one organisation uses
 * another organisation's ids and must get 404 (or nothing), and no foreign data may appear in
 * any response. A new route without a case fails the first test. Each service keeps its cases
 * in `isolation/<service>.cases.ts`.
 */
const MODULES: IsolationModule[] = [
  tenancyIsolation,
  measuresQualityControlIsolation,
  measuresRegistryIsolation,
  measuresSubmissionsIsolation,
  benchmarkingIsolation,
  outlierCasesIsolation,
  assuranceIsolation,
  assuranceAlignmentIsolation,
];

const document = JSON.parse(
  readFileSync(new URL('../../../openapi/openapi.json', import.meta.url), 'utf8'),
) as { paths: Record<string, Record<string, { operationId: string }>> };
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

describe.each(engines)('tenant isolation on %s', (engine) => {
  const victim: Record<string, string> = {};
  const context = {} as IsolationContext;
  let t: TestPlatform;
  let cases: Record<string, () => Promise<void>> = {};

  beforeAll(async () => {
    t = await startTestPlatform(engine);
    const attacker = await t.token('guys-st-thomas', 'tenant_admin');
    Object.assign(context, {
      t,
      attacker,
      victim,
      call: (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
        t.fetch(path, {
          method,
          token: attacker,
          headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
      expectNothingForeign: async (response: Response, status: number) => {
        const text = await response.text();
        expect(response.status, text).toBe(status);
        for (const id of Object.values(victim)) expect(text).not.toContain(id);
        return text ? (JSON.parse(text) as Record<string, unknown>) : {};
      },
      postAs: async (token: string, path: string, body: unknown) => {
        const response = await t.fetch(path, { token, ...json(body) });
        expect(response.status, await response.clone().text()).toBe(201);
        return (await response.json()) as { id: string };
      },
    } satisfies IsolationContext);
    for (const module of MODULES) await module.setup(context);
    cases = Object.assign({}, ...MODULES.map((module) => module.cases(context)));
  });
  afterAll(() => t?.close());

  it('has an isolation case for every operation in the OpenAPI document', () => {
    const missing = operationIds.filter((id) => !(id in cases) && !(id in TENANT_FREE));
    expect(missing).toEqual([]);
    const stale = Object.keys(cases).filter((id) => !operationIds.includes(id));
    expect(stale).toEqual([]);
  });

  it.each(operationIds.filter((id) => !(id in TENANT_FREE)))(
    '%s: another organisation’s ids get 404 and no data',
    async (id) => {
      const run = cases[id];
      expect(run, `no isolation case for ${id}`).toBeDefined();
      await run?.();
    },
  );

  it('left the victims’ records untouched', async () => {
    for (const module of MODULES) await module.verifyUntouched(context);
  });
});
