import { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { type Database, postgresDatabase } from '@qms/db';
import type { Logger } from 'pino';
import { SigningKeys } from './auth/keys.js';
import { TokenVerifier } from './auth/tokens.js';
import { loadConfig, type PlatformConfig, rateLimitPolicy } from './config.js';
import { createPlatformApp } from './http/app.js';
import type { AppEnv, PlatformServices } from './http/context.js';
import { MemoryRateLimiter, type RateLimiter, RedisRateLimiter } from './http/rate-limit.js';
import { createLogger } from './logger.js';

/**
 * Start-up shared by the gateway and every service run as its own process: the platform's
 * services (keys, token verifier, rate limiter, logger), a service's HTTP app with health and
 * readiness, and listening with a graceful drain on SIGTERM.
 */

/** Per process, or shared between replicas through Redis when `REDIS_URL` is set. */
export function createRateLimiter(config: PlatformConfig, logger: Logger): RateLimiter {
  const { limit, windowSeconds } = rateLimitPolicy(config);
  return config.REDIS_URL
    ? new RedisRateLimiter(config.REDIS_URL, limit, windowSeconds, logger)
    : new MemoryRateLimiter(limit, windowSeconds);
}

/**
 * Counts in a namespace of its own. A service behind the gateway keeps its own limit (it may be
 * reachable directly), but in Redis it must not share the gateway's counters, or every request
 * through the gateway would be counted twice against the client.
 */
export function namespacedRateLimiter(inner: RateLimiter, namespace: string): RateLimiter {
  return {
    backend: inner.backend,
    consume: (key) => inner.consume(`${namespace}:${key}`),
    close: () => inner.close(),
  };
}

/**
 * The signing keys of a process that must agree with every other process: from `QMS_SECRETS`.
 * Keys generated per process would sign tokens that no other process verifies.
 */
export function configuredSigningKeys(config: PlatformConfig): SigningKeys {
  if (!config.QMS_SECRETS) {
    throw new Error(
      'QMS_SECRETS is required when a service runs as its own process: give every process (gateway and services) the same signing keys',
    );
  }
  return SigningKeys.fromJson(config.QMS_SECRETS);
}

export function createPlatformServices(parts: {
  config: PlatformConfig;
  database: Database;
  keys: SigningKeys;
  logger: Logger;
  rateLimiter: RateLimiter;
}): PlatformServices {
  return { ...parts, verifier: new TokenVerifier(parts.config, parts.keys) };
}

/** A service's API mounted at a prefix (`/v1`, or `/` for the OAuth endpoints). */
export interface ServiceMount {
  prefix: string;
  api: () => OpenAPIHono<AppEnv>;
}

/** One deployable service: its name and what it mounts where. */
export interface ServiceDefinition {
  name: string;
  mounts: readonly ServiceMount[];
}

/** The routes a service answers, as `app.routes` lists them (method and path template). */
export function serviceRoutes(definition: ServiceDefinition): { method: string; path: string }[] {
  const seen = new Map<string, { method: string; path: string }>();
  for (const mount of definition.mounts) {
    const router = mount.api();
    for (const route of router.routes) {
      // Middleware registered with `use` shows as ALL; only operations say what a service owns.
      if (route.method === 'ALL') continue;
      const path = `${mount.prefix.replace(/\/$/, '')}${route.path}` || '/';
      seen.set(`${route.method} ${path}`, { method: route.method, path });
    }
  }
  return [...seen.values()];
}

/**
 * A service's HTTP app: the platform shell (request id, logging, authentication, rate limits,
 * problems), `/healthz` (the process answers) and `/readyz` (its database answers), its API.
 */
export function createServiceApp(definition: ServiceDefinition, services: PlatformServices) {
  const app = createPlatformApp(services);
  app.get('/healthz', (c) => c.json({ status: 'ok' as const, service: definition.name }));
  app.get('/readyz', async (c) => {
    const ready = await services.database.ping();
    if (!ready) c.header('Retry-After', '5');
    return c.json(
      { status: ready ? ('ok' as const) : ('unavailable' as const), service: definition.name },
      ready ? 200 : 503,
    );
  });
  for (const mount of definition.mounts) app.route(mount.prefix, mount.api());
  return app;
}

export interface StartServiceOptions {
  config: PlatformConfig;
  logger?: Logger;
  /** Test harnesses pass their own pool; otherwise `DATABASE_URL` (PostgreSQL) is required. */
  database?: Database;
  /** Test harnesses pass keys; otherwise they come from `QMS_SECRETS`. */
  keys?: SigningKeys;
}

export interface RunningService {
  name: string;
  app: ReturnType<typeof createServiceApp>;
  services: PlatformServices;
  close(): Promise<void>;
}

/**
 * Builds one service as its own process runs it. It applies no migrations: the gateway (or
 * `pnpm db:migrate`) does, once, before services take traffic. It keeps no state of its own
 * between requests (idempotency keys live in the database, rate limits in Redis when set),
 * so any number of replicas can run side by side.
 */
export function startService(definition: ServiceDefinition, options: StartServiceOptions): RunningService {
  const { config } = options;
  const logger = (options.logger ?? createLogger(config.LOG_LEVEL)).child({ app: definition.name });
  let database = options.database;
  if (!database) {
    // A service needs only the application's connection (qms_app, under row-level security);
    // the owner's URL, when given instead, is used for its server with the qms_app user.
    const url = config.QMS_APP_DATABASE_URL ?? config.DATABASE_URL;
    if (!url) {
      throw new Error(
        `QMS_APP_DATABASE_URL or DATABASE_URL (PostgreSQL) is required to run the ${definition.name} service on its own; the embedded database serves one process only`,
      );
    }
    database = postgresDatabase({
      url,
      appUrl: config.QMS_APP_DATABASE_URL,
      maxConnections: config.QMS_DATABASE_POOL_SIZE,
    });
  }
  const keys = options.keys ?? configuredSigningKeys(config);
  const rateLimiter = namespacedRateLimiter(createRateLimiter(config, logger), definition.name);
  const services = createPlatformServices({ config, database, keys, logger, rateLimiter });
  const app = createServiceApp(definition, services);
  const opened = database;
  return {
    name: definition.name,
    app,
    services,
    close: async () => {
      await rateLimiter.close();
      // A pool handed in by the caller is the caller's to close.
      if (!options.database) await opened.close();
    },
  };
}

export interface Listening {
  port: number;
  /** Requests being answered now. */
  inFlight(): number;
  /** Stops accepting, lets in-flight requests finish (up to `drainMs`), then resolves. */
  stop(drainMs?: number): Promise<void>;
}

/** Serves `fetch` on a port (0 for any), counting in-flight requests for a graceful stop. */
export async function listen(
  fetch: (request: Request, env: unknown) => Response | Promise<Response>,
  options: { port: number; hostname: string },
): Promise<Listening> {
  let inFlight = 0;
  const server = serve({
    fetch: async (request, env) => {
      inFlight++;
      try {
        return await fetch(request, env);
      } finally {
        inFlight--;
      }
    },
    port: options.port,
    hostname: options.hostname,
  });
  // Idle keep-alive connections stay open longer than a load balancer's usual 60 s idle timeout
  // (Node's default is 5 s): otherwise the balancer, or any pooling client, reuses a connection
  // at the moment the server closes it and the request is lost to a reset (`pnpm load` saw it).
  if (server instanceof HttpServer) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  return {
    port: (server.address() as AddressInfo).port,
    inFlight: () => inFlight,
    stop: async (drainMs = 25_000) => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if ('closeIdleConnections' in server)
        (server as { closeIdleConnections(): void }).closeIdleConnections();
      const deadline = Date.now() + drainMs;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      // A response body may still be streaming after its handler returned: give it what is left.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        closed,
        new Promise((resolve) => {
          timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
        }),
      ]);
      clearTimeout(timer);
      if ('closeAllConnections' in server) (server as { closeAllConnections(): void }).closeAllConnections();
      await closed;
    },
  };
}

/** SIGTERM or SIGINT: drain in-flight requests, then release resources and exit 0. */
export function stopOnSignals(listening: Listening, logger: Logger, release: () => Promise<void>): void {
  const shutdown = async (signal: string) => {
    logger.info({ signal, inFlight: listening.inFlight() }, 'draining');
    await listening.stop();
    await release();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

/**
 * A service's `main.ts`: configuration from the environment, the service on `PORT` (or its own
 * default port, so several run side by side on one machine), drained on SIGTERM.
 */
export async function runServiceProcess(
  definition: ServiceDefinition,
  defaults: { port: number },
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  const config = loadConfig({ ...env, PORT: env.PORT ?? String(defaults.port) });
  const service = startService(definition, { config });
  const { logger } = service.services;
  const listening = await listen(service.app.fetch, { port: config.PORT, hostname: config.HOST });
  logger.info({ port: listening.port, host: config.HOST }, `${definition.name} service listening`);
  stopOnSignals(listening, logger, service.close);
}
