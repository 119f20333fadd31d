// `pnpm --filter @qms/infra round-trips`: how many socket writes to PostgreSQL each request of
// the load journeys costs (one per round trip: postgres.js sends what is queued in one tick in
// one write). Under load these writes were the platform's largest single cost, so this is the
// number to bring down on a hot path. In one process, through the gateway's fetch (no HTTP
// server, so every socket write counted is one to PostgreSQL), on a fresh database.
//
//   LOAD_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test pnpm --filter @qms/infra round-trips
import net from 'node:net';
import { postgresClient } from '@qms/db';
import { startPlatform } from '@qms/gateway';
import { generateSecrets, loadConfig, SigningKeys } from '@qms/platform';
import { prepareFixtures } from './fixtures.js';
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
  const plan = journeys(await prepareFixtures(platform.app, keys, config));
  const send = async (step: Step) => {
    const response = await platform.app.request(step.path, {
      method: step.method,
      headers: { Authorization: `Bearer ${step.token}`, 'Content-Type': 'application/json' },
      ...(step.body ? { body: step.body } : {}),
    });
    await response.arrayBuffer();
    return response.status;
  };

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
      const status = await send(step);
      console.log(`| ${step.name} | ${status} | ${writes} |`);
    }
  }
} finally {
  await platform.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
