import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, importJWK, type JWTPayload, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId, personSubject } from '../src/demo/demo-organisations.js';
import { engines, startTestPlatform, type TestPlatform } from './harness.js';

const bartsId = demoId('barts-health');

describe.each(engines)('authentication on %s', (engine) => {
  let t: TestPlatform;
  let idp: Server;
  let idpKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  const idpIssuer = 'https://idp.test.example';

  beforeAll(async () => {
    // A real identity provider's JWKS endpoint, served locally.
    const pair = await generateKeyPair('RS256', { extractable: true });
    idpKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' };
    idp = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', () => resolve()));
    const idpUrl = `http://127.0.0.1:${(idp.address() as AddressInfo).port}/jwks`;
    t = await startTestPlatform(engine, {
      QMS_JWKS_URL: idpUrl,
      QMS_OIDC_ISSUER: idpIssuer,
      QMS_OIDC_AUDIENCE: 'qms-api',
    });
  });
  afterAll(async () => {
    await t?.close();
    idp?.close();
  });

  /** Signs with the platform's own key, so only the claim under test is wrong. */
  async function platformToken(claims: JWTPayload, header: Record<string, unknown> = {}) {
    const key = t.secrets.keys[0];
    if (!key) throw new Error('no key');
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ sub: personSubject('viewer', 'barts-health'), tid: bartsId, ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: key.kid, ...header })
      .setIssuer((claims.iss as string) ?? t.config.QMS_ISSUER)
      .setAudience((claims.aud as string) ?? t.config.QMS_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime((claims.exp as number) ?? now + 300)
      .sign(await importJWK(key.privateJwk, 'ES256'));
  }

  async function expectRefused(token: string, status: number, detail: RegExp) {
    const response = await t.fetch('/v1/me', { token });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as { detail: string; type: string };
    expect(problem.detail).toMatch(detail);
    return problem;
  }

  it('accepts a valid platform token and resolves roles from stored grants', async () => {
    const response = await t.fetch('/v1/me', { token: await platformToken({}) });
    expect(response.status).toBe(200);
    const me = (await response.json()) as { roles: string[]; organisation: { slug: string } };
    expect(me.roles).toEqual(['viewer']);
    expect(me.organisation.slug).toBe('barts-health');
  });

  it('refuses a request without a token, with WWW-Authenticate', async () => {
    const response = await t.fetch('/v1/me');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    const malformed = await t.fetch('/v1/me', { headers: { Authorization: 'Basic abc' } });
    expect(malformed.status).toBe(401);
  });

  it('refuses expired, not-yet-valid, wrong-issuer and wrong-audience tokens', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectRefused(await platformToken({ exp: now - 60 }), 401, /expired/);
    await expectRefused(await platformToken({ nbf: now + 600 }), 401, /not valid yet/);
    await expectRefused(
      await platformToken({ iss: 'urn:someone-else' }),
      401,
      /unknown issuer|could not be verified/,
    );
    await expectRefused(await platformToken({ aud: 'another-api' }), 401, /not meant for this API/);
  });

  it('refuses an unknown kid, alg none and a tampered signature', async () => {
    const stranger = await generateKeyPair('ES256');
    const unknownKid = await new SignJWT({ sub: 'x', tid: bartsId })
      .setProtectedHeader({ alg: 'ES256', kid: 'not-ours' })
      .setIssuer(t.config.QMS_ISSUER)
      .setAudience(t.config.QMS_AUDIENCE)
      .setExpirationTime('5m')
      .sign(stranger.privateKey);
    await expectRefused(unknownKid, 401, /unknown key/);

    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const exp = Math.floor(Date.now() / 1000) + 300;
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({
      sub: personSubject('tenant_admin', 'barts-health'),
      tid: bartsId,
      iss: t.config.QMS_ISSUER,
      aud: t.config.QMS_AUDIENCE,
      exp,
    })}.`;
    await expectRefused(unsigned, 401, /./);

    const genuine = await platformToken({});
    const [header, , signature] = genuine.split('.');
    const forged = `${header}.${encode({ sub: personSubject('tenant_admin', 'barts-health'), tid: bartsId, iss: t.config.QMS_ISSUER, aud: t.config.QMS_AUDIENCE, exp })}.${signature}`;
    await expectRefused(forged, 401, /signature is invalid/);
  });

  it('accepts an external identity provider’s token only for a person with a grant', async () => {
    const idpToken = (subject: string) =>
      new SignJWT({ sub: subject })
        .setProtectedHeader({ alg: 'RS256', kid: 'idp-1' })
        .setIssuer(idpIssuer)
        .setAudience('qms-api')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(idpKey);
    const before = await t.fetch('/v1/me', { token: await idpToken('alex@idp') });
    expect(before.status).toBe(403);

    const admin = await t.token('barts-health', 'tenant_admin');
    const grant = await t.client(admin).POST('/v1/role-grants', {
      body: { issuer: idpIssuer, subject: 'alex@idp', role: 'viewer' },
    });
    expect(grant.response.status).toBe(201);
    const after = await t.fetch('/v1/me', { token: await idpToken('alex@idp') });
    expect(after.status).toBe(200);
    expect(((await after.json()) as { organisation: { id: string } }).organisation.id).toBe(bartsId);

    // A token from the identity provider with a platform key id is still checked against the IdP's keys.
    const hs = await new SignJWT({ sub: 'alex@idp' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(idpIssuer)
      .setAudience('qms-api')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-shared-secret-that-is-long-enough'));
    await expectRefused(hs, 401, /algorithm/);

    if (grant.data) {
      await t
        .client(admin)
        .POST('/v1/role-grants/{grantId}/revoke', { params: { path: { grantId: grant.data.id } } });
    }
    const revoked = await t.fetch('/v1/me', { token: await idpToken('alex@idp') });
    expect(revoked.status).toBe(403);
  });

  it('issues client-credentials tokens, and stops them when the client is revoked', async () => {
    const admin = t.client(await t.token('guys-st-thomas', 'tenant_admin'));
    const created = await admin.POST('/v1/api-clients', { body: { name: 'PAS feed', roles: ['submitter'] } });
    expect(created.response.status).toBe(201);
    const client = created.data;
    if (!client) throw new Error('no client');
    expect(client.clientSecret).toMatch(/^qmss_/);

    const wrong = await t.fetch('/oauth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: client.clientId,
        client_secret: 'nope',
      }),
    });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: string }).error).toBe('invalid_client');

    const basic = Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64');
    const issued = await t.fetch('/oauth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${basic}` },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'tenancy:read' }),
    });
    expect(issued.status, await issued.clone().text()).toBe(200);
    expect(issued.headers.get('cache-control')).toBe('no-store');
    const { access_token: accessToken, scope } = (await issued.json()) as {
      access_token: string;
      scope: string;
    };
    expect(scope).toBe('tenancy:read');
    const me = await t.fetch('/v1/me', { token: accessToken });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { kind: string; scopes: string[] }).scopes).toEqual(['tenancy:read']);

    // A scope the token was not given is refused even though the role would allow it.
    const outOfScope = await t.fetch('/v1/spc', {
      token: accessToken,
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect([403, 404]).toContain(outOfScope.status);

    const unsupported = await t.fetch('/oauth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${basic}` },
      body: new URLSearchParams({ grant_type: 'password' }),
    });
    expect(unsupported.status).toBe(400);
    expect(((await unsupported.json()) as { error: string }).error).toBe('unsupported_grant_type');

    const revoked = await admin.POST('/v1/api-clients/{apiClientId}/revoke', {
      params: { path: { apiClientId: client.id } },
    });
    expect(revoked.data?.status).toBe('revoked');
    const afterRevoke = await expectRefused(accessToken, 401, /revoked/);
    expect(afterRevoke.type).toBe('/problems/invalid-token');
    const again = await t.fetch('/oauth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${basic}` },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    expect(again.status).toBe(401);
  });

  it('rotates a client secret: the old one stops working at once', async () => {
    const admin = t.client(await t.token('guys-st-thomas', 'tenant_admin'));
    const { data: client } = await admin.POST('/v1/api-clients', {
      body: { name: 'Rotating feed', roles: ['submitter'] },
    });
    if (!client) throw new Error('no client');
    const { data: rotated } = await admin.POST('/v1/api-clients/{apiClientId}/rotate-secret', {
      params: { path: { apiClientId: client.id } },
    });
    expect(rotated?.clientSecret).toBeDefined();
    expect(rotated?.clientSecret).not.toBe(client.clientSecret);
    const tokenWith = (secret: string) =>
      t.fetch('/oauth/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          grant_type: 'client_credentials',
          client_id: client.clientId,
          client_secret: secret,
        }),
      });
    expect((await tokenWith(client.clientSecret)).status).toBe(401);
    expect((await tokenWith(rotated?.clientSecret ?? '')).status).toBe(200);
  });

  it('refuses every token of a suspended organisation until it is reactivated', async () => {
    const viewer = await t.token('oxford-university-hospitals', 'viewer');
    expect((await t.fetch('/v1/me', { token: viewer })).status).toBe(200);
    const platformAdmin = t.client(await t.token('qms-platform', 'platform_admin'));
    const oxford = demoId('oxford-university-hospitals');
    const read = await platformAdmin.GET('/v1/organisations/{organisationId}', {
      params: { path: { organisationId: oxford } },
    });
    const etag = read.response.headers.get('etag') ?? '';
    const suspended = await platformAdmin.PATCH('/v1/organisations/{organisationId}', {
      params: { path: { organisationId: oxford }, header: { 'if-match': etag } },
      body: { status: 'suspended' },
    });
    expect(suspended.response.status).toBe(200);
    const problem = await expectRefused(viewer, 403, /suspended/);
    expect(problem.type).toBe('/problems/tenant-suspended');
    const reactivated = await platformAdmin.PATCH('/v1/organisations/{organisationId}', {
      params: {
        path: { organisationId: oxford },
        header: { 'if-match': suspended.response.headers.get('etag') ?? '' },
      },
      body: { status: 'active' },
    });
    expect(reactivated.response.status).toBe(200);
    expect((await t.fetch('/v1/me', { token: viewer })).status).toBe(200);
  });

  it('publishes its keys and keeps tokens of a rotated key valid', async () => {
    const token = await t.token('barts-health', 'viewer');
    const kid = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()).kid as string;
    await t.platform.services.keys.rotate();
    const jwks = (await (await t.fetch('/.well-known/jwks.json')).json()) as {
      keys: { kid: string; d?: string }[];
    };
    expect(jwks.keys.map((key) => key.kid)).toContain(kid);
    expect(jwks.keys.length).toBe(2);
    expect(jwks.keys.every((key) => key.d === undefined)).toBe(true);
    expect((await t.fetch('/v1/me', { token })).status).toBe(200);
    const fresh = await t.token('barts-health', 'viewer');
    expect(JSON.parse(Buffer.from(fresh.split('.')[0] ?? '', 'base64url').toString()).kid).not.toBe(kid);
    expect((await t.fetch('/v1/me', { token: fresh })).status).toBe(200);
  });
});
