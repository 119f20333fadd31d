// Shared by the k6 journeys: the target, the tokens and the load profile, all from the
// environment (k6 run -e NAME=value, or exported variables).
//   PROFILE   smoke | load | stress | soak (default smoke)
//   BASE_URL  the gateway (default http://127.0.0.1:3000)
//   RATE      requests (iterations) per second at the load profile's plateau (default 50)
// Tokens: `npm run token -- --org <slug> --role <role>` prints one for a demo person.
import type { Options, Scenario } from 'k6/options';

export const BASE_URL = __ENV.BASE_URL ?? 'http://127.0.0.1:3000';
const RATE = Number(__ENV.RATE ?? 50);

export function requiredEnv(name: string): string {
  const value = __ENV[name];
  if (!value) throw new Error(`set ${name} (e.g. k6 run -e ${name}=...)`);
  return value;
}

/** Open-model profiles: iterations start on schedule whatever the latency. */
const PROFILES: Record<string, Scenario> = {
  // Does every step work at all: one virtual user, a minute.
  smoke: { executor: 'constant-vus', vus: 1, duration: '1m' },
  // The expected busy-hour rate, held for ten minutes.
  load: {
    executor: 'constant-arrival-rate',
    rate: RATE,
    timeUnit: '1s',
    duration: '10m',
    preAllocatedVUs: Math.max(10, RATE),
    maxVUs: RATE * 4,
  },
  // Past the expected rate in steps, to find where latency breaks.
  stress: {
    executor: 'ramping-arrival-rate',
    startRate: RATE,
    timeUnit: '1s',
    preAllocatedVUs: RATE * 2,
    maxVUs: RATE * 8,
    stages: [
      { target: RATE, duration: '2m' },
      { target: RATE * 2, duration: '3m' },
      { target: RATE * 4, duration: '3m' },
      { target: RATE * 4, duration: '2m' },
      { target: 0, duration: '1m' },
    ],
  },
  // The expected rate for hours: leaks, pool exhaustion, growing tables.
  soak: {
    executor: 'constant-arrival-rate',
    rate: RATE,
    timeUnit: '1s',
    duration: '4h',
    preAllocatedVUs: Math.max(10, RATE),
    maxVUs: RATE * 4,
  },
};

/** The options every journey exports: its scenario for PROFILE and the service-level thresholds. */
export function journeyOptions(journey: string): Options {
  const profile = __ENV.PROFILE ?? 'smoke';
  const scenario = PROFILES[profile];
  if (!scenario) throw new Error(`PROFILE must be one of ${Object.keys(PROFILES).join(', ')}`);
  return {
    scenarios: { [journey]: scenario },
    thresholds: {
      // The platform's objective: p99 under 250 ms, and not one failed request or check.
      http_req_duration: ['p(99)<250'],
      http_req_failed: ['rate==0'],
      checks: ['rate==1'],
    },
  };
}

export const authorised = (token: string, extra: Record<string, string> = {}) => ({
  headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...extra },
});

/** The `items` of a list response. */
export function items<T>(body: string | ArrayBuffer | null): T[] {
  if (typeof body !== 'string') return [];
  return (JSON.parse(body) as { items?: T[] }).items ?? [];
}
