// `pnpm --filter @qms/infra round-trips`: how many socket writes to PostgreSQL each request of
// the load journeys costs (one per round trip: postgres.js sends what is queued in one tick in
// one write). Under load these writes were the platform's largest single cost, so this is the
// number to bring down on a hot path. In one process, through the gateway's fetch (no HTTP
// server, so every socket write counted is one to PostgreSQL), on a fresh database.
//
//   LOAD_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test pnpm --filter @qms/infra round-trips
import net from 'node:net';
import { postgresClient } from '@qms/db';
import { DEMO_ORGANISATIONS, demoId, mintDemoToken, startPlatform } from '@qms/gateway';
import { generateSecrets, loadConfig, SigningKeys } from '@qms/platform';
import { journeys, type Step } from './journeys.js';

let writes = 0;
const write = net.Socket.prototype.write;
net.Socket.prototype.write = function (this: net.Socket, ...args: Parameters<typeof write>) {
  writes++;
  return write.apply(this, args);
} as typeof write;

const serverUrl =
  process.env.LOAD_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const name = `qms_round_trips_${process.pid}`;
const admin = postgresClient(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const config = loadConfig({ LOG_LEVEL: 'silent', QMS_RATE_LIMIT: '100000000/60' });
const keys = SigningKeys.fromJson(JSON.stringify(await generateSecrets()));
const platform = await startPlatform({
  config,
  keys,
  database: { kind: 'postgres', url: url.toString(), maxConnections: 2 },
});

try {
  const token = (slug: string, role: Parameters<typeof mintDemoToken>[3]) =>
    mintDemoToken(keys, config, slug, role, 3600);
  const send = async (step: Pick<Step, 'method' | 'path' | 'token' | 'body'>, headers = {}) => {
    const response = await platform.app.request(step.path, {
      method: step.method,
      headers: { Authorization: `Bearer ${step.token}`, 'Content-Type': 'application/json', ...headers },
      ...(step.body ? { body: step.body } : {}),
    });
    return { status: response.status, body: await response.text(), etag: response.headers.get('etag') ?? '' };
  };
  const analyst = await token('national-quality-body', 'analyst');
  const inspector = await token('care-regulator', 'inspector');
  const run = await send({
    method: 'POST',
    path: '/v1/benchmark-runs',
    token: analyst,
    body: JSON.stringify({
      programmeId: demoId('programme/uec-flow'),
      measureId: demoId('measure/AE-4HR'),
      period: { type: 'quarter', quarter: '2019-Q1' },
    }),
  });
  const planned = await send({
    method: 'POST',
    path: '/v1/inspections',
    token: inspector,
    body: JSON.stringify({
      organisationId: demoId('barts-health'),
      frameworkVersionId: demoId('framework/demo-five-questions/v1'),
      type: 'announced',
      title: 'Round trips',
      team: ['inspector@care-regulator'],
      startsOn: '2026-03-02',
      endsOn: '2026-03-04',
    }),
  });
  const inspection = (JSON.parse(planned.body) as { id: string }).id;
  await send(
    { method: 'POST', path: `/v1/inspections/${inspection}/start-fieldwork`, token: inspector },
    { 'If-Match': planned.etag },
  );
  const plan = journeys({
    baseUrls: [],
    database: name,
    maintenance: '',
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
      measures: {
        fourHour: demoId('measure/AE-4HR'),
        attendances: demoId('measure/AE-ATT'),
        admissions: demoId('measure/AE-ADM'),
      },
      programme: demoId('programme/uec-flow'),
      benchmarkRun: (JSON.parse(run.body) as { id: string }).id,
      inspection,
      frameworkVersion: demoId('framework/demo-five-questions/v1'),
      inspected: demoId('barts-health'),
    },
  });

  console.log('| request | status | writes to PostgreSQL |\n| --- | ---: | ---: |');
  for (const journey of plan) {
    // Each step of the journey once warm (statements prepared), then counted.
    const seen = new Set<string>();
    for (let sequence = 0; seen.size < 4 && sequence < 8; sequence++) {
      const step = journey.next(sequence);
      if (seen.has(step.name)) continue;
      seen.add(step.name);
      await send(step);
      writes = 0;
      const { status } = await send(step);
      console.log(`| ${step.name} | ${status} | ${writes} |`);
    }
  }
} finally {
  await platform.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
