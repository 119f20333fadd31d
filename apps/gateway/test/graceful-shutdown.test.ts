import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

describe('npm start process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'qms-shutdown-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finishes in-flight requests on SIGTERM, then exits cleanly', async () => {
    const port = await freePort();
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main], {
      env: { ...process.env, PORT: String(port), QMS_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 90_000;
    while (!output.includes('listening on') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(output).toContain('listening on');
    const token = /Bearer ([\w.-]+)"/.exec(output)?.[1];
    expect(token).toBeDefined();

    // A heavy request (10,000-point SPC) in flight when SIGTERM arrives.
    const points = Array.from({ length: 10_000 }, (_, index) => ({
      period: new Date(Date.UTC(2000, 0, 1) + index * 86_400_000).toISOString().slice(0, 10),
      value: 50 + (index % 17),
    }));
    const inFlight = fetch(`http://127.0.0.1:${port}/v1/spc`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ruleFamily: 'mdc', points }),
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { points: unknown[] }).points).toHaveLength(10_000);
    expect(await exited).toBe(0);
    // Stopped listening: a new connection is refused.
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 120_000);
});
