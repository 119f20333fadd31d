// `pnpm --filter @qms/infra round-trips`: what each request of the load journeys costs — socket
// writes to PostgreSQL (one per round trip: postgres.js sends what is queued in one tick in one
// write) and CPU time, in this Node process and in the database's PostgreSQL backends (from
// /proc, so the server must run on this machine; otherwise that column is blank). Under load the
// two cores are the limit, so CPU per request is the number to bring down on a hot path. In one
// process, through the gateway's fetch (no HTTP server, so every socket write counted is one to
// PostgreSQL), on a fresh database; each request is repeated ROUND_TRIPS_REPEAT times (200).
// The Node column includes building each request and reading its answer: compare rows and runs,
// not absolutes.
//
//   LOAD_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test pnpm --filter @qms/infra round-trips
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import net from 'node:net';
import { postgresClient } from '@qms/db';
import { startPlatform } from '@qms/gateway';
import { generateSecrets, loadConfig, SigningKeys } from '@qms/platform';
import { prepareFixtures } from './fixtures.js';
import { journeys, STEP_CYCLE, type Step } from './journeys.js';

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

const repeat = Number(process.env.ROUND_TRIPS_REPEAT ?? 200);
// ROUND_TRIPS_ONLY=submissions measures only the requests whose name matches (to profile one).
const only = process.env.ROUND_TRIPS_ONLY ? new RegExp(process.env.ROUND_TRIPS_ONLY) : undefined;
// ROUND_TRIPS_PROFILE_DIR=/tmp/prof writes a CPU profile of each request's repetitions (warm,
// set-up excluded) to that folder, to open in Chrome DevTools.
const profileDir = process.env.ROUND_TRIPS_PROFILE_DIR;
const inspector = profileDir ? new Session() : undefined;
inspector?.connect();
const clockTicksPerSecond = 100; // USER_HZ on Linux

/** CPU time (µs) used so far by the PostgreSQL backends serving the bench database. */
async function backendMicroseconds(): Promise<number | undefined> {
  const pids = await admin<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${name}`;
  let ticks = 0;
  for (const { pid } of pids) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
    if (stat === undefined) return undefined;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
  }
  return (ticks / clockTicksPerSecond) * 1e6;
}

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

  console.log(
    `| request | status | writes to PostgreSQL | CPU µs/request: Node + PostgreSQL (mean of ${repeat}) |\n| --- | ---: | ---: | ---: |`,
  );
  for (const journey of plan) {
    // Each step of the journey once warm (statements prepared), then counted.
    const seen = new Set<string>();
    for (let sequence = 0; seen.size < 4 && sequence < 8; sequence++) {
      const step = journey.next(sequence);
      if (seen.has(step.name)) continue;
      seen.add(step.name);
      if (only && !only.test(step.name)) continue;
      await send(step);
      // Counted on the next request of the same kind, with new values (a revision, not a
      // repeat that changes nothing), as under load.
      writes = 0;
      const status = await send(journey.next(sequence + STEP_CYCLE));
      const counted = writes;
      const backendBefore = await backendMicroseconds();
      if (inspector) await inspector.post('Profiler.enable').then(() => inspector.post('Profiler.start'));
      const nodeBefore = process.cpuUsage();
      for (let n = 2; n <= repeat + 1; n++) await send(journey.next(sequence + STEP_CYCLE * n));
      const node = process.cpuUsage(nodeBefore);
      if (inspector && profileDir) {
        const { profile } = await inspector.post('Profiler.stop');
        await mkdir(profileDir, { recursive: true });
        const file = `${step.name.replace(/\W+/g, '-')}.cpuprofile`;
        await writeFile(`${profileDir}/${file}`, JSON.stringify(profile));
      }
      const backendAfter = await backendMicroseconds();
      const perRequest = (micros: number) => Math.round(micros / repeat);
      const nodeMicros = perRequest(node.user + node.system);
      const backend =
        backendBefore === undefined || backendAfter === undefined
          ? ''
          : ` + ${perRequest(backendAfter - backendBefore)}`;
      console.log(`| ${step.name} | ${status} | ${counted} | ${nodeMicros}${backend} |`);
    }
  }
} finally {
  await platform.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
