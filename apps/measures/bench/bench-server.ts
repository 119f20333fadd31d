// The platform as deployed, in a child process on a fresh PostgreSQL database, for the measures
// benchmarks: what both ingest.bench.ts and board-summary.bench.ts measure against.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateSecrets, loadConfig, type PlatformConfig, SigningKeys } from '@qms/platform';

export type Sql = {
  unsafe(query: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  end(options?: { timeout?: number }): Promise<void>;
} & ((
  strings: TemplateStringsArray,
  ...values: unknown[]
) => Promise<unknown> & { writable(): Promise<NodeJS.WritableStream> });

// postgres.js is a dependency of @qms/db; resolve it from there.
const requireFromDb = createRequire(new URL('../../../packages/db/package.json', import.meta.url));
export const postgres = (await import(pathToFileURL(requireFromDb.resolve('postgres')).href)).default as (
  url: string,
  options?: Record<string, unknown>,
) => Sql;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface BenchServer {
  /** The fresh database's URL (as the owner). */
  url: URL;
  config: PlatformConfig;
  keys: SigningKeys;
  child: ChildProcess;
  base: string;
  /** Stops the platform and drops the database (kept with BENCH_KEEP). */
  stop(): Promise<void>;
}

/** Creates a database on `serverUrl`, starts `apps/gateway/src/main.ts` on it and waits for it. */
export async function startBenchServer(serverUrl: string): Promise<BenchServer> {
  const name = `qms_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const secrets = await generateSecrets();
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    QMS_SECRETS: JSON.stringify(secrets),
    QMS_RATE_LIMIT: '1000000/60',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    QMS_DATA_DIR: mkdtempSync(join(tmpdir(), 'qms-bench-')),
  };
  const mainFile = fileURLToPath(new URL('../../gateway/src/main.ts', import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, mainFile], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    if (process.env.BENCH_KEEP) console.log(`kept database ${name}`);
    else {
      const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    }
  };
  const base = `http://127.0.0.1:${env.PORT}`;
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 600 || child.exitCode !== null) {
      await stop();
      throw new Error('the platform did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    config: loadConfig(env),
    keys: SigningKeys.fromJson(JSON.stringify(secrets)),
    child,
    base,
    stop,
  };
}
