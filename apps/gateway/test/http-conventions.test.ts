import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '../src/demo/demo-organisations.js';
import { engines, json, startTestPlatform, type TestPlatform } from './harness.js';

const UUID7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as {
    type: string;
    status: number;
    detail: string;
    instance: string;
    errors?: { pointer: string }[];
  };
}

describe.each(engines)('HTTP conventions on %s', (engine) => {
  let t: TestPlatform;
  let admin: string;
  beforeAll(async () => {
    t = await startTestPlatform(engine, { QMS_MAX_BODY_BYTES: '65536' });
    admin = await t.token('barts-health', 'tenant_admin');
  });
  afterAll(() => t?.close());

  it('gives every response a request id, and keeps a well-formed one from the caller', async () => {
    const fresh = await t.fetch('/healthz');
    expect(fresh.headers.get('request-id')).toMatch(UUID7);
    const given = await t.fetch('/healthz', { headers: { 'Request-Id': 'caller-supplied-1234' } });
    expect(given.headers.get('request-id')).toBe('caller-supplied-1234');
    const hostile = await t.fetch('/healthz', { headers: { 'Request-Id': 'bad id with spaces' } });
    expect(hostile.headers.get('request-id')).toMatch(UUID7);
  });

  it('sets security headers', async () => {
    const response = await t.fetch('/healthz');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('answers unknown routes with 404 and wrong methods with 405, as problems', async () => {
    const missing = await t.fetch('/v1/nothing-here', { token: admin });
    expect(missing.status).toBe(404);
    expect((await problemOf(missing)).type).toBe('/problems/not-found');
    const wrongMethod = await t.fetch(`/v1/organisations/${demoId('barts-health')}`, {
      method: 'DELETE',
      token: admin,
    });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, PATCH');
    const problem = await problemOf(wrongMethod);
    expect(problem.instance).toBe(wrongMethod.headers.get('request-id'));
  });

  it('refuses malformed JSON, the wrong media type and oversized bodies', async () => {
    const malformed = await t.fetch('/v1/role-grants', {
      method: 'POST',
      token: admin,
      headers: { 'Content-Type': 'application/json' },
      body: '{"subject": "x",',
    });
    expect(malformed.status).toBe(400);
    expect((await problemOf(malformed)).type).toBe('/problems/malformed-request');

    const wrongType = await t.fetch('/v1/role-grants', {
      method: 'POST',
      token: admin,
      headers: { 'Content-Type': 'text/plain' },
      body: 'subject=x',
    });
    expect(wrongType.status).toBe(415);
    await problemOf(wrongType);

    const huge = await t.fetch('/v1/role-grants', {
      method: 'POST',
      token: admin,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ subject: 'x'.repeat(70_000), role: 'viewer' }),
    });
    expect(huge.status).toBe(413);
    expect((await problemOf(huge)).type).toBe('/problems/payload-too-large');
  });

  it('reports each invalid field with a JSON pointer', async () => {
    const response = await t.fetch('/v1/role-grants', {
      token: admin,
      ...json({ subject: '', role: 'emperor', extra: true }),
    });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    const pointers = problem.errors?.map((error) => error.pointer).sort();
    expect(pointers).toEqual(expect.arrayContaining(['/body/role', '/body/subject']));
    expect(
      problem.errors?.some((error) => error.pointer === '/body' || error.pointer === '/body/extra'),
    ).toBe(true);
  });

  it('replays a creating request with the same Idempotency-Key and refuses a different body', async () => {
    const body = { subject: 'idempotent@barts.example', role: 'viewer' };
    const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': 'grant-viewer-0001' };
    const first = await t.fetch('/v1/role-grants', {
      method: 'POST',
      token: admin,
      headers,
      body: JSON.stringify(body),
    });
    expect(first.status).toBe(201);
    const created = (await first.json()) as { id: string };
    const retry = await t.fetch('/v1/role-grants', {
      method: 'POST',
      token: admin,
      headers,
      body: JSON.stringify(body),
    });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(((await retry.json()) as { id: string }).id).toBe(created.id);
    const grants = await t
      .client(admin)
      .GET('/v1/role-grants', { params: { query: { subject: body.subject } } });
    expect(grants.data?.items).toHaveLength(1);

    const different = await t.fetch('/v1/role-grants', {
      method: 'POST',
      token: admin,
      headers,
      body: JSON.stringify({ ...body, role: 'submitter' }),
    });
    expect(different.status).toBe(422);
    expect((await problemOf(different)).type).toBe('/problems/idempotency-key-reused');

    // The key belongs to its tenant and principal: another tenant's identical key is independent.
    const other = await t.fetch('/v1/role-grants', {
      method: 'POST',
      token: await t.token('guys-st-thomas', 'tenant_admin'),
      headers,
      body: JSON.stringify(body),
    });
    expect(other.status).toBe(201);
    expect(other.headers.get('idempotent-replayed')).toBeNull();
  });

  it('answers 409 to a retry that arrives while the first request still runs', async () => {
    if (engine === 'pglite') return; // one connection: PGlite runs transactions one at a time, so nothing overlaps
    const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': 'concurrent-0001' };
    const body = JSON.stringify({ name: 'Concurrent client', roles: ['viewer'] });
    // Client creation hashes a secret with argon2 (tens of ms), so the two requests overlap.
    const responses = await Promise.all(
      Array.from({ length: 4 }, () =>
        t.fetch('/v1/api-clients', { method: 'POST', token: admin, headers, body }),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toContain(201);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    const ids = new Set<string>();
    for (const response of responses)
      if (response.status === 201) ids.add(((await response.json()) as { id: string }).id);
    expect(ids.size).toBe(1);
  });

  it('requires If-Match on updates and refuses a stale one', async () => {
    const organisationId = demoId('barts-health');
    const client = t.client(admin);
    const read = await client.GET('/v1/organisations/{organisationId}', {
      params: { path: { organisationId } },
    });
    const etag = read.response.headers.get('etag');
    expect(etag).toMatch(/^"\d+"$/);
    const missing = await t.fetch(`/v1/organisations/${organisationId}`, {
      method: 'PATCH',
      token: admin,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ attributes: { region: 'London', sizeBand: 'large' } }),
    });
    expect(missing.status).toBe(428);
    const updated = await client.PATCH('/v1/organisations/{organisationId}', {
      params: { path: { organisationId }, header: { 'if-match': etag ?? '' } },
      body: { attributes: { region: 'London', sizeBand: 'large' } },
    });
    expect(updated.response.status).toBe(200);
    expect(updated.response.headers.get('etag')).not.toBe(etag);
    const stale = await client.PATCH('/v1/organisations/{organisationId}', {
      params: { path: { organisationId }, header: { 'if-match': etag ?? '' } },
      body: { name: 'Lost update' },
    });
    expect(stale.response.status).toBe(412);
    const after = await client.GET('/v1/organisations/{organisationId}', {
      params: { path: { organisationId } },
    });
    expect(after.data?.name).toBe('Barts Health NHS Trust');
    expect(after.data?.attributes.sizeBand).toBe('large');
  });

  it('pages through many items in a stable order with tenant-bound cursors', async () => {
    const client = t.client(admin);
    for (let i = 0; i < 23; i++) {
      const created = await client.POST('/v1/role-grants', {
        body: { subject: `pager-${i}@barts.example`, role: 'viewer' },
      });
      expect(created.response.status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await client.GET('/v1/role-grants', {
        params: { query: { limit: 5, role: 'viewer', ...(cursor ? { cursor } : {}) } },
      });
      expect(page.response.status).toBe(200);
      seen.push(...(page.data?.items.map((item) => item.id) ?? []));
      cursor = page.data?.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 20);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(24);
    expect(pages).toBe(Math.ceil(seen.length / 5));
    expect([...seen].sort()).toEqual(seen);

    const firstPage = await client.GET('/v1/role-grants', { params: { query: { limit: 5 } } });
    const stolen = firstPage.data?.nextCursor ?? '';
    const replay = await t.fetch(`/v1/role-grants?limit=5&cursor=${encodeURIComponent(stolen)}`, {
      token: await t.token('guys-st-thomas', 'tenant_admin'),
    });
    expect(replay.status).toBe(400);
    expect((await problemOf(replay)).type).toBe('/problems/invalid-cursor');
    const tampered = await t.fetch(`/v1/role-grants?limit=5&cursor=${encodeURIComponent(`${stolen}x`)}`, {
      token: admin,
    });
    expect(tampered.status).toBe(400);
  });

  it('records every write in the audit log, readable by the tenant admin only', async () => {
    const client = t.client(admin);
    const created = await client.POST('/v1/role-grants', {
      body: { subject: 'audited@barts.example', role: 'analyst' },
    });
    const id = created.data?.id ?? '';
    const events = await client.GET('/v1/audit-events', { params: { query: { targetId: id } } });
    expect(events.data?.items).toHaveLength(1);
    const event = events.data?.items[0];
    expect(event?.action).toBe('role_grant.created');
    expect(event?.actorId).toContain('tenant-admin@barts-health');
    expect(event?.requestId).toBe(created.response.headers.get('request-id'));
    expect(event?.changeHash).toMatch(/^[0-9a-f]{64}$/);
    const viewer = await t.fetch('/v1/audit-events', { token: await t.token('barts-health', 'viewer') });
    expect(viewer.status).toBe(403);
    const otherTenant = await t
      .client(await t.token('guys-st-thomas', 'tenant_admin'))
      .GET('/v1/audit-events', {
        params: { query: { targetId: id } },
      });
    expect(otherTenant.data?.items).toHaveLength(0);
  });

  it('serves health, readiness, metrics, the OpenAPI document and the docs page', async () => {
    expect((await t.fetch('/healthz')).status).toBe(200);
    expect(await (await t.fetch('/readyz')).json()).toEqual({ status: 'ok' });
    const metrics = await (await t.fetch('/metrics')).text();
    expect(metrics).toContain('qms_http_requests_total');
    const document = (await (await t.fetch('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/v1/organisations/{organisationId}');
    const problemType = await t.fetch('/problems/validation-error');
    expect(await problemType.json()).toMatchObject({ type: '/problems/validation-error', status: 400 });
    const unknownType = await t.fetch('/problems/no-such-kind');
    expect(unknownType.status).toBe(404);
    expect(unknownType.headers.get('content-type')).toBe('application/problem+json');
    const docs = await t.fetch('/docs');
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toContain('text/html');
  });
});

describe('rate limiting', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform('pglite', { QMS_RATE_LIMIT: '3/60' });
  });
  afterAll(() => t?.close());

  it('limits each client separately and answers 429 with Retry-After', async () => {
    const token = await t.token('barts-health', 'viewer');
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await t.fetch('/v1/me', { token });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(last?.headers.get('ratelimit-policy')).toBe('"default";q=3;w=60');
    expect((await problemOf(last as Response)).type).toBe('/problems/rate-limited');
    const other = await t.fetch('/v1/me', { token: await t.token('guys-st-thomas', 'viewer') });
    expect(other.status).toBe(200);
    expect(other.headers.get('ratelimit')).toMatch(/^"default";r=2;t=\d+$/);
  });

  it('shares counts through Redis and keeps serving when Redis is unreachable', async () => {
    const { RedisRateLimiter, createLogger } = await import('@qms/platform');
    const key = `test-${Date.now()}`;
    const shared = [
      new RedisRateLimiter('redis://127.0.0.1:6379', 2, 60, createLogger('silent')),
      new RedisRateLimiter('redis://127.0.0.1:6379', 2, 60, createLogger('silent')),
    ];
    await new Promise((resolve) => setTimeout(resolve, 200));
    const decisions = [
      await shared[0]?.consume(key),
      await shared[1]?.consume(key),
      await shared[0]?.consume(key),
    ];
    expect(decisions.map((decision) => decision?.allowed)).toEqual([true, true, false]);
    const down = new RedisRateLimiter('redis://127.0.0.1:1', 2, 60, createLogger('silent'));
    const fallback = await down.consume(key);
    expect(fallback.allowed).toBe(true);
    for (const limiter of [...shared, down]) await limiter.close();
  });
});
