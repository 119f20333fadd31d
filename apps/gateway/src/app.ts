import { z } from '@hono/zod-openapi';
import { createAssuranceApi } from '@qms/assurance';
import { createBenchmarkingApi } from '@qms/benchmarking';
import { createMeasuresApi } from '@qms/measures';
import {
  type AppEnv,
  createPlatformApp,
  defineOperation,
  type PlatformServices,
  ProblemError,
  problemKinds,
  problemTypeUri,
} from '@qms/platform';
import { createAuthenticationApi, createTenantsApi } from '@qms/tenants';
import { Scalar } from '@scalar/hono-api-reference';
import { createMetrics } from './metrics.js';
import { openApiDocument, registerSecuritySchemes } from './openapi.js';

const HealthSchema = z.object({ status: z.enum(['ok', 'unavailable']) }).openapi('Health');

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
    summary: 'Readiness: the database answers',
    responses: {
      200: { description: 'Ready', content: { 'application/json': { schema: HealthSchema } } },
      503: {
        description: 'The database is unreachable',
        content: { 'application/json': { schema: HealthSchema } },
      },
    },
  },
);

/**
 * The one public API: every service mounted in this process under `/v1`, the OAuth endpoints at
 * the root, the merged OpenAPI document, docs, health and metrics.
 */
export function createGateway(services: PlatformServices) {
  const app = createPlatformApp(services);
  const metrics = createMetrics();
  app.use('*', metrics.middleware);
  registerSecuritySchemes(app);

  app.openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200));
  app.openapi(readyz, async (c) => {
    const ready = await services.database.ping();
    if (!ready) c.header('Retry-After', '5');
    return ready ? c.json({ status: 'ok' as const }, 200) : c.json({ status: 'unavailable' as const }, 503);
  });

  app.route('/', createAuthenticationApi());
  app.route('/v1', createTenantsApi());
  app.route('/v1', createMeasuresApi());
  app.route('/v1', createBenchmarkingApi());
  app.route('/v1', createAssuranceApi());

  app.get('/metrics', async (c) => {
    c.header('Content-Type', metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });
  app.get('/openapi.json', (c) => c.json(openApiDocument(app, services.config.QMS_PUBLIC_URL)));
  app.get('/docs', Scalar({ url: '/openapi.json', pageTitle: 'QMS Platform API' }) as never);
  app.get('/problems/:kind', (c) => {
    const kind = c.req.param('kind');
    if (!Object.hasOwn(problemKinds, kind)) {
      throw new ProblemError('not-found', `No problem type "${kind}"`);
    }
    const known = problemKinds[kind as keyof typeof problemKinds];
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
