// What the load journeys reuse, prepared once on a freshly seeded platform: the demo tokens of
// each role, a benchmark run to read, and an inspection in fieldwork to record findings in.
// Shared by `pnpm load` (platform-server.ts) and `round-trips` (round-trips.ts).
import { DEMO_ORGANISATIONS, demoId, mintDemoToken } from '@qms/gateway';
import type { PlatformConfig, SigningKeys } from '@qms/platform';

export interface LoadFixtures {
  tokens: {
    /** One submitter per actively enrolled trust, so submissions spread over tenants. */
    submitters: string[];
    boardViewer: string;
    analyst: string;
    inspector: string;
  };
  ids: {
    measureSet: string;
    measures: { fourHour: string; attendances: string; admissions: string };
    programme: string;
    benchmarkRun: string;
    inspection: string;
    frameworkVersion: string;
    inspected: string;
  };
}

/** The gateway's app, called in process: set-up needs no HTTP server. */
interface Gateway {
  request(path: string, init: RequestInit): Response | Promise<Response>;
}

export async function prepareFixtures(
  gateway: Gateway,
  keys: SigningKeys,
  config: PlatformConfig,
): Promise<LoadFixtures> {
  const token = (slug: string, role: Parameters<typeof mintDemoToken>[3]) =>
    mintDemoToken(keys, config, slug, role, 6 * 60 * 60);
  const call = async <T>(path: string, bearer: string, init: RequestInit = {}) => {
    const response = await gateway.request(path, {
      ...init,
      headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', ...init.headers },
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`set-up ${init.method ?? 'GET'} ${path}: ${response.status} ${text}`);
    return { body: JSON.parse(text) as T, etag: response.headers.get('etag') ?? '' };
  };

  const analyst = await token('national-quality-body', 'analyst');
  const inspector = await token('care-regulator', 'inspector');
  const programme = demoId('programme/uec-flow');
  const measures = {
    fourHour: demoId('measure/AE-4HR'),
    attendances: demoId('measure/AE-ATT'),
    admissions: demoId('measure/AE-ADM'),
  };
  const run = await call<{ id: string }>('/v1/benchmark-runs', analyst, {
    method: 'POST',
    body: JSON.stringify({
      programmeId: programme,
      measureId: measures.fourHour,
      period: { type: 'quarter', quarter: '2019-Q1' },
    }),
  });
  const frameworkVersion = demoId('framework/demo-five-questions/v1');
  const inspected = demoId('barts-health');
  const planned = await call<{ id: string }>('/v1/inspections', inspector, {
    method: 'POST',
    body: JSON.stringify({
      organisationId: inspected,
      frameworkVersionId: frameworkVersion,
      type: 'announced',
      title: 'Load test: urgent and emergency care',
      team: ['inspector@care-regulator'],
      startsOn: '2026-03-02',
      endsOn: '2026-03-04',
    }),
  });
  await call(`/v1/inspections/${planned.body.id}/start-fieldwork`, inspector, {
    method: 'POST',
    headers: { 'If-Match': planned.etag },
  });

  return {
    tokens: {
      submitters: await Promise.all(
        DEMO_ORGANISATIONS.filter((o) => o.kind === 'trust' && o.slug !== 'royal-cornwall').map((o) =>
          token(o.slug, 'submitter'),
        ),
      ),
      boardViewer: await token('barts-health', 'viewer'),
      analyst,
      inspector,
    },
    ids: {
      measureSet: demoId('measure-set/uec-board'),
      measures,
      programme,
      benchmarkRun: run.body.id,
      inspection: planned.body.id,
      frameworkVersion,
      inspected,
    },
  };
}
