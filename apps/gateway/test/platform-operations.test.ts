import { Writable } from 'node:stream';
import { apiClients, idempotencyKeys } from '@qms/db';
import { createLogger, generateSecrets, loadConfig, SigningKeys } from '@qms/platform';
import { sql } from 'drizzle-orm';
import { importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform } from '../src/platform.js';
import { json, startTestPlatform, type TestPlatform } from './harness.js';

describe('logs', () => {
  it('writes one structured line per request, without tokens or bodies', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const config = loadConfig({ LOG_LEVEL: 'info' });
    const secrets = await generateSecrets();
    const keys = SigningKeys.fromJson(JSON.stringify(secrets));
    const platform = await startPlatform({
      config,
      keys,
      database: { kind: 'pglite' },
      logger: createLogger('info', sink),
    });
    try {
      const { mintDemoToken } = await import('../src/demo/demo-tokens.js');
      const token = await mintDemoToken(keys, config, 'barts-health', 'tenant_admin', 600);
      lines.length = 0;
      const response = await platform.app.request('/v1/role-grants', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ subject: 'secret-subject@barts.example', role: 'viewer' }),
      });
      expect(response.status).toBe(201);
      const requestLines = lines.filter((line) => line.msg === 'request');
      expect(requestLines).toHaveLength(1);
      expect(requestLines[0]).toMatchObject({
        method: 'POST',
        route: '/v1/role-grants',
        status: 201,
        requestId: response.headers.get('request-id'),
        tenant: expect.any(String),
        principal: expect.stringContaining('tenant-admin@barts-health'),
      });
      expect(typeof requestLines[0]?.durationMs).toBe('number');
      const everything = JSON.stringify(lines);
      expect(everything).not.toContain(token);
      expect(everything).not.toContain('secret-subject');
    } finally {
      await platform.close();
    }
  });
});

describe('operations', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform('pglite', {
      QMS_CORS_ORIGINS: 'https://board.example.org',
      QMS_PLATFORM_ADMIN: 'https://idp.example.org|ops-lead',
    });
  });
  afterAll(() => t?.close());

  it('answers CORS preflights for configured origins only', async () => {
    const allowed = await t.fetch('/v1/me', {
      method: 'OPTIONS',
      headers: { Origin: 'https://board.example.org', 'Access-Control-Request-Method': 'GET' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://board.example.org');
    const other = await t.fetch('/v1/me', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example.com', 'Access-Control-Request-Method': 'GET' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('bootstraps the platform administrator named in configuration', async () => {
    const { demoId } = await import('../src/demo/demo-organisations.js');
    const key = t.secrets.keys[0];
    if (!key) throw new Error('no key');
    const token = await new SignJWT({ sub: 'ops-lead', tid: demoId('qms-platform') })
      .setProtectedHeader({ alg: 'ES256', kid: key.kid })
      .setIssuer(t.config.QMS_ISSUER)
      .setAudience(t.config.QMS_AUDIENCE)
      .setExpirationTime('5m')
      .sign(await importJWK(key.privateJwk, 'ES256'));
    // The configured issuer is the external one, so a platform-issued token for that subject is not the admin.
    expect((await t.fetch('/v1/me', { token })).status).toBe(403);
    const grants = await t.platform.owner.db.execute(
      sql`select role from tenancy.role_grants where issuer = 'https://idp.example.org' and subject = 'ops-lead'`,
    );
    const rows =
      (grants as unknown as { rows?: { role: string }[] }).rows ?? (grants as unknown as { role: string }[]);
    expect(rows.map((row) => row.role)).toEqual(['platform_admin']);
  });

  it('stores client secrets only as argon2id hashes', async () => {
    const admin = await t.token('barts-health', 'tenant_admin');
    const created = await t.fetch('/v1/api-clients', {
      token: admin,
      ...json({ name: 'Hash check', roles: ['viewer'] }),
    });
    const { id, clientSecret } = (await created.json()) as { id: string; clientSecret: string };
    const [row] = await t.platform.owner.db.select().from(apiClients).where(sql`${apiClients.id} = ${id}`);
    expect(row?.secretHash).toMatch(/^\$argon2id\$/);
    expect(row?.secretHash).not.toContain(clientSecret);
  });

  it('forgets an Idempotency-Key once it has expired', async () => {
    const admin = await t.token('barts-health', 'tenant_admin');
    const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': 'expiring-key-1' };
    const send = () =>
      t.fetch('/v1/role-grants', {
        method: 'POST',
        token: admin,
        headers,
        body: JSON.stringify({ subject: 'expiry@barts.example', role: 'analyst' }),
      });
    expect((await send()).status).toBe(201);
    expect((await send()).headers.get('idempotent-replayed')).toBe('true');
    await t.platform.owner.db
      .update(idempotencyKeys)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(sql`${idempotencyKeys.key} = 'expiring-key-1'`);
    // Expired: the request runs again (and meets the grant the first one created).
    const again = await send();
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(again.status).toBe(409);
  });

  it('reports not ready, with 503 and Retry-After, when the database is gone', async () => {
    expect((await t.fetch('/readyz')).status).toBe(200);
    const other = await startTestPlatform('pglite');
    await other.platform.close();
    const response = await other.fetch('/readyz');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect((await other.fetch('/healthz')).status).toBe(200);
    await other.close().catch(() => {});
  });
});
