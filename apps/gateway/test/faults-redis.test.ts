import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './harness.js';
import { TcpProxy } from './support/tcp-proxy.js';

/** The Redis every engineer and CI share; this file keeps its counters in a database of its own. */
const REDIS = { host: '127.0.0.1', port: 6379, db: 11 };
const LIMIT = 1000;
/**
 * A rate-limited request must not wait on Redis (its command timeout is 50 ms, its connect
 * timeout 500 ms): far below a hang, far above a loaded CI machine's ordinary latency.
 */
const LATENCY_BOUND_MS = 2_000;

/** Sends one command to Redis over RESP and returns the raw reply lines. */
function redisCommand(...args: string[]): Promise<string> {
  const encode = (parts: string[]) =>
    `*${parts.length}\r\n${parts.map((part) => `$${Buffer.byteLength(part)}\r\n${part}\r\n`).join('')}`;
  return new Promise((resolve, reject) => {
    const socket = connect(REDIS.port, REDIS.host);
    let reply = '';
    socket.on('error', reject);
    socket.on('data', (chunk) => {
      reply += String(chunk);
      // SELECT answers +OK; the command itself one line (an integer here).
      const lines = reply.split('\r\n');
      if (lines.length >= 3) {
        socket.end();
        resolve(lines[1] ?? '');
      }
    });
    socket.write(encode(['SELECT', String(REDIS.db)]) + encode(args));
  });
}

/** Requests counted in Redis so far, over every rate-limit key of this file's database. */
async function countedInRedis(): Promise<number> {
  const reply = await redisCommand(
    'EVAL',
    "local n = 0 for _, k in ipairs(redis.call('KEYS', 'qms:rl:*')) do n = n + tonumber(redis.call('GET', k)) end return n",
    '0',
  );
  if (!reply.startsWith(':')) throw new Error(`unexpected Redis reply ${reply}`);
  return Number(reply.slice(1));
}

describe('rate limiting with Redis down (through a TCP proxy)', () => {
  let proxy: TcpProxy;
  let t: TestPlatform;
  let viewer: string;

  beforeAll(async () => {
    await redisCommand('FLUSHDB');
    proxy = await TcpProxy.start(REDIS.host, REDIS.port);
    t = await startTestPlatform('pglite', {
      REDIS_URL: proxy.urlFor(`redis://${REDIS.host}:${REDIS.port}/${REDIS.db}`),
      QMS_RATE_LIMIT: `${LIMIT}/60`,
    });
    viewer = await t.token('barts-health', 'viewer');
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await proxy?.close();
    await redisCommand('FLUSHDB');
  });

  const call = async () => {
    const started = performance.now();
    const response = await t.fetch('/v1/organisations', { token: viewer });
    await response.arrayBuffer();
    const remaining = /r=(\d+)/.exec(response.headers.get('ratelimit') ?? '')?.[1];
    return { status: response.status, remaining: Number(remaining), ms: performance.now() - started };
  };

  it('counts in Redis, falls back to this process without failing or slowing requests, and goes back', async () => {
    expect(t.platform.services.rateLimiter.backend).toBe('redis');
    // Connected: every request is counted in Redis.
    await (async () => {
      const deadline = Date.now() + 10_000;
      while ((await countedInRedis()) === 0 && Date.now() < deadline) await call();
    })();
    const before = await countedInRedis();
    expect(before).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) expect((await call()).status).toBe(200);
    expect(await countedInRedis()).toBe(before + 5);

    // Redis goes down: requests still succeed, promptly, and are counted in this process instead
    // (`remaining` still goes down one by one) while Redis's count stands still.
    await proxy.cut();
    const degraded = [];
    for (let i = 0; i < 10; i++) degraded.push(await call());
    expect(degraded.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(Math.max(...degraded.map((r) => r.ms))).toBeLessThan(LATENCY_BOUND_MS);
    const remaining = degraded.map((r) => r.remaining);
    for (let i = 1; i < remaining.length; i++) expect(remaining[i]).toBe((remaining[i - 1] as number) - 1);
    expect(remaining.at(-1)).toBeGreaterThan(LIMIT - 20);
    expect(await countedInRedis()).toBe(before + 5);

    // Redis is back: the platform reconnects by itself and counts there again.
    await proxy.restore();
    const deadline = Date.now() + 15_000;
    let counted = before + 5;
    while (counted === before + 5 && Date.now() < deadline) {
      expect((await call()).status).toBe(200);
      counted = await countedInRedis();
    }
    expect(counted).toBeGreaterThan(before + 5);
  }, 60_000);
});
