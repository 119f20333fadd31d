import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { type IncomingMessage, request } from 'node:http';
import { connect, createServer } from 'node:net';
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
      env: { ...process.env, PORT: String(port), QMS_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
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

    // A 10,000-point SPC request that is provably in flight when SIGTERM arrives: the server has
    // answered `100 Continue` (it parsed the request and called the app) and is still waiting
    // for the second half of the body, which is only sent once SIGTERM has been handled.
    const points = Array.from({ length: 10_000 }, (_, index) => ({
      period: new Date(Date.UTC(2000, 0, 1) + index * 86_400_000).toISOString().slice(0, 10),
      value: 50 + (index % 17),
    }));
    const body = Buffer.from(JSON.stringify({ ruleFamily: 'mdc', points }));
    const inFlight = request(`http://127.0.0.1:${port}/v1/spc`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Content-Length': String(body.byteLength),
        Expect: '100-continue',
      },
    });
    const answered = new Promise<{ status: number | undefined; text: string }>((resolve, reject) => {
      inFlight.on('error', reject);
      inFlight.on('response', (response: IncomingMessage) => {
        let text = '';
        response.on('data', (chunk) => {
          text += String(chunk);
        });
        response.on('end', () => resolve({ status: response.statusCode, text }));
      });
    });
    let responded = false;
    void answered.then(() => {
      responded = true;
    });
    await new Promise<void>((resolve) => inFlight.once('continue', () => resolve()));
    const half = Math.floor(body.byteLength / 2);
    inFlight.write(body.subarray(0, half));

    child.kill('SIGTERM');
    // Draining: the port stops accepting connections while the request above is still open.
    const refused = () =>
      new Promise<boolean>((resolve) => {
        const probe = connect(port, '127.0.0.1');
        probe.once('connect', () => {
          probe.destroy();
          resolve(false);
        });
        probe.once('error', () => resolve(true));
      });
    const refuseDeadline = Date.now() + 10_000;
    while (!(await refused())) {
      expect(Date.now()).toBeLessThan(refuseDeadline);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(responded).toBe(false);
    expect(child.exitCode).toBeNull();

    // The in-flight request is finished and answered in full, and only then does the process exit.
    inFlight.end(body.subarray(half));
    const response = await answered;
    expect(response.status, response.text).toBe(200);
    expect((JSON.parse(response.text) as { points: unknown[] }).points).toHaveLength(10_000);
    expect(await exited).toBe(0);
    expect(output).toContain('draining');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 120_000);
});
