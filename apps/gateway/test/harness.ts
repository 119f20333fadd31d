import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createQmsClient } from '@qms/client';
import type { DatabaseConfig, Role } from '@qms/db';
import {
  generateSecrets,
  loadConfig,
  type PlatformConfig,
  type PlatformSecrets,
  SigningKeys,
} from '@qms/platform';
import postgres from 'postgres';
import { mintDemoToken } from '../src/demo/demo-tokens.js';
import { type RunningPlatform, startPlatform } from '../src/platform.js';

export type Engine = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server. */
export const engines: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestPlatform {
  engine: Engine;
  baseUrl: string;
  platform: RunningPlatform;
  config: PlatformConfig;
  /** The platform's signing keys, so tests can forge tokens the platform must refuse. */
  secrets: PlatformSecrets;
  /** A demo person's token (see apps/gateway/src/demo). */
  token(slug: string, role: Role): Promise<string>;
  /** The typed client generated from the OpenAPI document. */
  client(token?: string): ReturnType<typeof createQmsClient>;
  /** Plain fetch against the gateway, for what the typed client cannot send (bad JSON, huge bodies). */
  fetch(path: string, init?: RequestInit & { token?: string }): Promise<Response>;
  close(): Promise<void>;
}

/** A fresh database on the PostgreSQL server for this test file, dropped at the end. */
async function freshPostgresDatabase(serverUrl: string) {
  const name = `qms_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/**
 * Starts the whole platform as `npm start` does (migrations, demo seed, every service behind the
 * gateway) on a real HTTP port, on a fresh PGlite or a fresh PostgreSQL database.
 */
export async function startTestPlatform(
  engine: Engine,
  env: Record<string, string> = {},
): Promise<TestPlatform> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    QMS_RATE_LIMIT: '100000/60',
    ...env,
  });
  let drop: () => Promise<void> = async () => {};
  let database: DatabaseConfig = { kind: 'pglite' };
  if (engine === 'postgres') {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
    const fresh = await freshPostgresDatabase(serverUrl);
    drop = fresh.drop;
    database = { kind: 'postgres', url: fresh.url, maxConnections: 4 };
  }
  const secrets = await generateSecrets();
  const keys = SigningKeys.fromJson(JSON.stringify(secrets));
  const platform = await startPlatform({ config, database, keys });
  const server = serve({ fetch: platform.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    engine,
    baseUrl,
    platform,
    config,
    secrets,
    token: (slug, role) => mintDemoToken(keys, config, slug, role, 3600),
    client: (token) => createQmsClient({ baseUrl, ...(token ? { token } : {}) }),
    fetch: (path, init = {}) => {
      const { token, headers, ...rest } = init;
      return fetch(`${baseUrl}${path}`, {
        ...rest,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(headers as Record<string, string>),
        },
      });
    },
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections(): void }).closeAllConnections();
      });
      await platform.close();
      await drop();
    },
  };
}

export const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
