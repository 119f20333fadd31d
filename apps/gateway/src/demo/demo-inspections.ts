import type { Role } from '@qms/db';
import type { PlatformConfig, RateLimiter, SigningKeys } from '@qms/platform';
import { DEMO_FRAMEWORK_OWNER, demoFrameworkVersionId } from './demo-frameworks.js';
import { demoMeasureId } from './demo-measures.js';
import { demoId } from './demo-organisations.js';
import { mintDemoToken } from './demo-tokens.js';

/** The demo's inspection: the regulator inspects one trust's urgent and emergency care. */
export const DEMO_INSPECTION = {
  organisation: 'barts-health',
  framework: 'demo-five-questions',
  title: 'Urgent and emergency care (demo)',
} as const;

/** The seed runs once, in-process, at first start: no rate limit applies to it. */
export const seedingRateLimiter: RateLimiter = {
  backend: 'memory',
  consume: async () => ({
    allowed: true,
    limit: Number.MAX_SAFE_INTEGER,
    remaining: Number.MAX_SAFE_INTEGER,
    resetSeconds: 1,
  }),
  close: async () => {},
};

type App = { request(path: string, init: RequestInit): Response | Promise<Response> };

/**
 * Seeds a published inspection of a demo trust through the API's own paths, as the regulator's
 * inspectors would: plan, fieldwork, evidence (with a frozen snapshot of the trust's four-hour
 * performance), judgements, findings, draft, factual accuracy, publication. Runs after the demo
 * observations are in, so the measure evidence has data. Returns the inspection id.
 */
export async function seedDemoInspection(
  app: App,
  keys: SigningKeys,
  config: PlatformConfig,
): Promise<string> {
  const tokens = new Map<Role, string>();
  const tokenOf = async (role: Role) => {
    let token = tokens.get(role);
    if (!token) {
      token = await mintDemoToken(keys, config, DEMO_FRAMEWORK_OWNER, role, 600);
      tokens.set(role, token);
    }
    return token;
  };
  const call = async <T>(
    role: Role,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ body: T; etag: string }> => {
    const response = await app.request(`/v1${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${await tokenOf(role)}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status >= 300) {
      throw new Error(
        `demo inspection: ${method} ${path} failed: ${response.status} ${await response.text()}`,
      );
    }
    return { body: (await response.json()) as T, etag: response.headers.get('etag') ?? '' };
  };

  const planned = await call<{ id: string }>('inspector', 'POST', '/inspections', {
    organisationId: demoId(DEMO_INSPECTION.organisation),
    frameworkVersionId: demoFrameworkVersionId(DEMO_INSPECTION.framework),
    type: 'announced',
    title: DEMO_INSPECTION.title,
    team: ['inspector@care-regulator'],
    // Just after the demo data end (March 2019), so the alignment report compares like periods.
    startsOn: '2019-04-02',
    endsOn: '2019-04-04',
  });
  const id = planned.body.id;
  let etag = planned.etag;
  const move = async (role: Role, action: string) => {
    etag = (await call(role, 'POST', `/inspections/${id}/${action}`, undefined, { 'If-Match': etag })).etag;
  };
  await move('inspector', 'start-fieldwork');

  const framework = await call<{ nodes: { id: string; code: string }[] }>(
    'inspector',
    'GET',
    `/inspections/${id}/framework`,
  );
  const node = (code: string) => {
    const found = framework.body.nodes.find((candidate) => candidate.code === code);
    if (!found) throw new Error(`demo inspection: no node ${code}`);
    return found.id;
  };
  const capture = async (body: Record<string, unknown>) =>
    (await call<{ id: string }>('inspector', 'POST', `/inspections/${id}/evidence`, body)).body.id;
  const performance = await capture({
    category: 'measure',
    source: 'measure',
    nodeIds: [node('RESP.1'), node('LED.1')],
    description: 'Four-hour performance as the board sees it, at the start of fieldwork',
    measureId: demoMeasureId('AE-4HR'),
  });
  const demand = await capture({
    category: 'measure',
    source: 'measure',
    nodeIds: [node('RESP.1')],
    description: 'Type 1 attendances, read beside performance',
    measureId: demoMeasureId('AE-ATT'),
  });
  const corridor = await capture({
    category: 'observation',
    source: 'observation',
    nodeIds: [node('RESP.1'), node('SAFE.2')],
    description: 'Patients waiting on trolleys in the corridor for over an hour, seen on both days',
  });
  const rota = await capture({
    category: 'document',
    source: 'document',
    nodeIds: [node('SAFE.2')],
    description: 'Nursing rota for March: eleven night shifts below the planned establishment',
    reference: 'ED nursing rota, March 2019',
  });
  const board = await capture({
    category: 'interview',
    source: 'interview',
    nodeIds: [node('LED.1')],
    description: 'The board reviews the four-hour measure monthly as an SPC chart and asks about signals',
  });

  const judge = async (code: string, rating: string, rationale: string, evidenceIds: string[] = []) =>
    call(
      'inspector',
      'PUT',
      `/inspections/${id}/judgements/${node(code)}`,
      { rating, rationale, evidenceIds },
      {
        'If-Match': '"0"',
      },
    );
  await judge('SAFE.1', 'good', 'Incidents are reported and learnt from.');
  await judge('SAFE.2', 'requires_improvement', 'Night shifts below establishment.', [rota, corridor]);
  await judge('EFF.1', 'good', 'Audits are current.');
  await judge('CAR.1', 'good', 'People are involved in decisions.');
  await judge('RESP.1', 'requires_improvement', 'Four-hour performance is consistently below target.', [
    performance,
    demand,
    corridor,
  ]);
  await judge('LED.1', 'good', 'The board watches SPC charts and acts on signals.', [board, performance]);

  await call('inspector', 'POST', `/inspections/${id}/findings`, {
    type: 'requirement',
    severity: 'high',
    statement: 'Reduce waits over four hours in the emergency department; report progress monthly.',
    nodeIds: [node('RESP.1')],
    measureIds: [demoMeasureId('AE-4HR')],
    dueOn: '2019-09-30',
  });
  await call('inspector', 'POST', `/inspections/${id}/findings`, {
    type: 'recommendation',
    severity: 'medium',
    statement: 'Staff night shifts in the emergency department to the planned establishment.',
    nodeIds: [node('SAFE.2')],
  });
  await call('inspector', 'POST', `/inspections/${id}/findings`, {
    type: 'good_practice',
    severity: 'low',
    statement: 'The board reads its measures as SPC charts and asks about real signals only.',
    nodeIds: [node('LED.1')],
    measureIds: [demoMeasureId('AE-4HR')],
  });

  await move('inspector', 'submit-draft');
  await move('inspector', 'share-draft');
  await move('tenant_admin', 'publish');
  return id;
}
