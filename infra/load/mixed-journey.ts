// `pnpm load`: the four journeys (a trust submits a batch, a board reads its summary and charts,
// the national body benchmarks, an inspector records findings) at a fixed request rate against
// the platform on a fresh PostgreSQL database, then throughput, latency and errors per journey.
//
//   LOAD_RATE=200 LOAD_SECONDS=60 TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test pnpm load
//
// Open loop: requests leave on a fixed schedule whatever the answers' latency, and latency is
// measured from the moment a request was due, so a slow server cannot hide its queueing delay
// by slowing the driver down (no coordinated omission). The platform runs in a child process
// (platform-server.ts) so the driver never shares its event loop. Not a test: it asserts nothing.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type Journey, journeys, type Step } from './journeys.js';
import type { LoadTarget } from './platform-server.js';

const rate = Number(process.env.LOAD_RATE ?? 200);
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
// Fresh processes compile their hot paths and open their pools in the first seconds, as a
// deployment's new replicas do before they take full traffic; k6's profiles ramp up likewise.
const warmupSeconds = Number(process.env.LOAD_WARMUP_SECONDS ?? 30);
/** A request unanswered after this long counts as an error (status 0), so a run always ends. */
const timeoutMs = Number(process.env.LOAD_TIMEOUT_MS ?? 30_000);
if (!(rate > 0) || !(seconds > 0) || !(warmupSeconds >= 0)) {
  console.error('LOAD_RATE and LOAD_SECONDS must be positive numbers, LOAD_WARMUP_SECONDS not negative');
  process.exit(2);
}

const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
// LOAD_CPU_PROFILE_DIR=/tmp/prof writes a V8 CPU profile of each platform process on exit, to
// find where the platform spends its CPU under this load (open it in Chrome DevTools).
const profileArgs = process.env.LOAD_CPU_PROFILE_DIR
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LOAD_CPU_PROFILE_DIR}`]
  : [];
const child = spawn(tsx, [...profileArgs, fileURLToPath(new URL('./platform-server.ts', import.meta.url))], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: process.env,
});
const target = await new Promise<LoadTarget>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`platform server exited (${code}) before it was ready`)));
  createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line) as LoadTarget));
});

interface Sample {
  journey: string;
  step: string;
  /** From when the request was due to when its answer was read, in ms. */
  latency: number;
  ok: boolean;
  status: number;
  /** When the request was due (`performance.now()`). */
  due: number;
}

const plan = journeys(target);
const totalWeight = plan.reduce((sum, journey) => sum + journey.weight, 0);
/** A smooth weighted round-robin: each journey gets its share evenly spread over time. */
function picker(list: Journey[]) {
  const current = list.map(() => 0);
  const sequence = list.map(() => 0);
  return () => {
    let best = 0;
    for (let index = 0; index < list.length; index++) {
      current[index] = (current[index] ?? 0) + (list[index]?.weight ?? 0);
      if ((current[index] ?? 0) > (current[best] ?? 0)) best = index;
    }
    current[best] = (current[best] ?? 0) - totalWeight;
    const journey = list[best] as Journey;
    const n = sequence[best] ?? 0;
    sequence[best] = n + 1;
    return { journey, step: journey.next(n) };
  };
}

/** The replicas in turn, as a round-robin load balancer would. */
let sent = 0;
const nextBaseUrl = () => target.baseUrls[sent++ % target.baseUrls.length];

// node:http with a keep-alive pool, not fetch: the driver shares the two cores with what it
// measures, and fetch's WHATWG streams cost several times more CPU per request.
const agent = new Agent({ keepAlive: true, maxSockets: 512 });

/** The answer's status once its body has been read; 0 for no answer (refused, reset, timed out). */
function exchange(step: Step): Promise<number> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${step.token}` };
    if (step.body) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = String(Buffer.byteLength(step.body));
    }
    const outgoing = request(
      `${nextBaseUrl()}${step.path}`,
      { method: step.method, headers, agent },
      (response) => {
        response.on('error', () => resolve(0));
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.resume();
      },
    );
    outgoing.setTimeout(timeoutMs, () => outgoing.destroy());
    outgoing.on('error', () => resolve(0));
    outgoing.end(step.body);
  });
}

async function send(journey: Journey, step: Step, due: number, into: Sample[] | undefined) {
  const status = await exchange(step);
  into?.push({
    journey: journey.name,
    step: step.name,
    latency: performance.now() - due,
    ok: step.ok.includes(status),
    status,
    due,
  });
}

/** Sends at `rate` per second for `duration` seconds; resolves when every answer is in. */
async function drive(duration: number, into: Sample[] | undefined): Promise<{ lateMs: number }> {
  const next = picker(plan);
  const interval = 1000 / rate;
  const total = Math.round(duration * rate);
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  let sent = 0;
  let lateMs = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) {
        const due = start + sent * interval;
        lateMs = Math.max(lateMs, now - due);
        const { journey, step } = next();
        inFlight.push(send(journey, step, due, into));
        sent++;
      }
      if (sent >= total) resolve();
      else setTimeout(tick, Math.max(0, Math.min(5, start + sent * interval - performance.now())));
    };
    tick();
  });
  await Promise.all(inFlight);
  return { lateMs };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);

function row(label: string, samples: Sample[], elapsed: number) {
  const latencies = samples.map((sample) => sample.latency).sort((a, b) => a - b);
  const errors = samples.filter((sample) => !sample.ok);
  const statuses = [...new Set(errors.map((sample) => sample.status))].sort().join(' ');
  const ms = (value: number) => value.toFixed(1);
  return `| ${label} | ${samples.length} | ${(samples.length / elapsed).toFixed(1)} | ${ms(percentile(latencies, 50))} | ${ms(percentile(latencies, 90))} | ${ms(percentile(latencies, 99))} | ${ms(latencies.at(-1) ?? Number.NaN)} | ${errors.length}${statuses ? ` (${statuses})` : ''} |`;
}

try {
  console.log(
    `Load: ${rate} requests/s for ${seconds} s (after ${warmupSeconds} s warm-up), open loop, ${target.baseUrls.length} platform replica(s), PostgreSQL ${target.database} (${target.maintenance}); ${target.runtime}`,
  );
  if (warmupSeconds > 0) await drive(warmupSeconds, undefined);
  const samples: Sample[] = [];
  const began = performance.now();
  const { lateMs } = await drive(seconds, samples);
  const elapsed = (performance.now() - began) / 1000;

  console.log('\n| journey | requests | requests/s | p50 ms | p90 ms | p99 ms | max ms | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const journey of plan) {
    console.log(
      row(
        journey.name,
        samples.filter((sample) => sample.journey === journey.name),
        elapsed,
      ),
    );
  }
  console.log(row('**all**', samples, elapsed));

  console.log('\n| request | requests | requests/s | p50 ms | p90 ms | p99 ms | max ms | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const step of [...new Set(samples.map((sample) => sample.step))]) {
    console.log(
      row(
        step,
        samples.filter((sample) => sample.step === step),
        elapsed,
      ),
    );
  }
  // Minute by minute, so a platform that keeps up at first and then falls behind shows it.
  const bucketSeconds = Math.min(60, seconds);
  console.log(`\n| from s | requests | requests/s | p50 ms | p90 ms | p99 ms | max ms | errors |`);
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (let from = 0; from < seconds; from += bucketSeconds) {
    const inBucket = samples.filter((sample) => {
      const at = (sample.due - began) / 1000;
      return at >= from && at < from + bucketSeconds;
    });
    console.log(row(String(from), inBucket, Math.min(bucketSeconds, seconds - from)));
  }
  console.log(
    `\n${samples.length} requests in ${elapsed.toFixed(1)} s (target ${rate}/s); driver at most ${lateMs.toFixed(1)} ms behind schedule`,
  );
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}
