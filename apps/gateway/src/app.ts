import { type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type AppEnv,
  createPlatformApp,
  createRouter,
  defineOperation,
  type PlatformServices,
  ProblemError,
  problemKinds,
  problemTypeUri,
  serviceRoutes,
} from '@qms/platform';
import { Scalar } from '@scalar/hono-api-reference';
import { forwardTo, gatewayProblemKinds, type Upstream, upstreamReadiness } from './forwarding.js';
import { createMetrics } from './metrics.js';
import { openApiDocument, registerSecuritySchemes } from './openapi.js';
import { forwardedServices, SERVICES } from './services.js';

const HealthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    services: z
      .record(z.string(), z.enum(['ok', 'unavailable']))
      .optional()
      .openapi({
        description:
          'When not ready and services run on their own: the readiness of each service the gateway forwards to',
        example: { measures: 'ok' },
      }),
  })
  .openapi('Health');

const healthz = defineOperation(
  { access: 'public' },
  {
    method: 'get',
    path: '/healthz',
    operationId: 'getHealth',
    tags: ['Operations'],
    summary: 'Liveness: the process answers',
    responses: { 200: { description: 'Alive', content: { 'application/json': { schema: HealthSchema } } } },
  },
);

const readyz = defineOperation(
  { access: 'public' },
  {
    method: 'get',
    path: '/readyz',
    operationId: 'getReadiness',
    tags: ['Operations'],
    summary: 'Readiness: the database answers, and every service the gateway forwards to is ready',
    responses: {
      200: { description: 'Ready', content: { 'application/json': { schema: HealthSchema } } },
      503: {
        description: 'The database, or a service the gateway forwards to, is unavailable',
        content: { 'application/json': { schema: HealthSchema } },
      },
    },
  },
);

/**
 * The routes the OpenAPI document describes, from the in-process definitions: when services run
 * on their own, the gateway still knows their contract without asking them.
 */
function describedApi() {
  const app = createRouter();
  registerSecuritySchemes(app);
  const unused = () => {
    throw new Error('documentation only');
  };
  app.openapi(healthz, unused);
  app.openapi(readyz, unused);
  for (const service of SERVICES) for (const mount of service.mounts) app.route(mount.prefix, mount.api());
  return app;
}

/**
 * The one public API: the OAuth endpoints at the root and every service under `/v1`, each
 * mounted in this process or, when configuration gives its URL, forwarded to it (the route →
 * service map comes from the service's own route definitions); the merged OpenAPI document,
 * docs, health and metrics.
 */
export function createGateway(services: PlatformServices) {
  const { config } = services;
  const app = createPlatformApp(services);
  const metrics = createMetrics();
  app.use('*', metrics.middleware);
  registerSecuritySchemes(app);

  const forwarded = forwardedServices(config);
  const upstreams: Upstream[] = forwarded.map(({ service, url }) => ({
    name: service.name,
    url,
    timeoutMs: config.QMS_SERVICE_TIMEOUT_MS,
  }));

  app.openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200));
  app.openapi(readyz, async (c) => {
    const [database, others] = await Promise.all([
      services.database.ping(),
      upstreams.length > 0 ? upstreamReadiness(upstreams) : undefined,
    ]);
    const ready = database && Object.values(others ?? {}).every((status) => status === 'ok');
    if (!ready) c.header('Retry-After', '5');
    if (ready) return c.json({ status: 'ok' as const }, 200);
    // Which service is missing is what an operator needs to know; when all are ready, nothing is.
    return c.json({ status: 'unavailable' as const, ...(others ? { services: others } : {}) }, 503);
  });

  for (const service of SERVICES) {
    const upstream = upstreams.find((candidate) => candidate.name === service.name);
    if (!upstream) {
      for (const mount of service.mounts) app.route(mount.prefix, mount.api());
      continue;
    }
    const forward = forwardTo(upstream);
    for (const route of serviceRoutes(service)) app.on(route.method, route.path, forward);
  }

  const documented: OpenAPIHono<AppEnv> = upstreams.length > 0 ? describedApi() : app;
  app.get('/metrics', async (c) => {
    c.header('Content-Type', metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });
  app.get('/openapi.json', (c) => c.json(openApiDocument(documented, config.QMS_PUBLIC_URL)));
  app.get('/docs', Scalar({ url: '/openapi.json', pageTitle: 'QMS Platform API' }) as never);
  app.get('/problems/:kind', (c) => {
    const kind = c.req.param('kind');
    const known = Object.hasOwn(problemKinds, kind)
      ? problemKinds[kind as keyof typeof problemKinds]
      : Object.hasOwn(gatewayProblemKinds, kind)
        ? gatewayProblemKinds[kind as keyof typeof gatewayProblemKinds]
        : undefined;
    if (!known) throw new ProblemError('not-found', `No problem type "${kind}"`);
    return c.json({
      type: problemTypeUri(kind as keyof typeof problemKinds),
      title: known.title,
      status: known.status,
    });
  });
  return app;
}

export type Gateway = ReturnType<typeof createGateway>;
export type { AppEnv };
