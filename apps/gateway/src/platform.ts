import { join } from 'node:path';
import { type DatabaseConfig, type OwnerDatabase, openDatabase } from '@qms/db';
import {
  createLogger,
  MemoryRateLimiter,
  type PlatformConfig,
  type PlatformServices,
  type RateLimiter,
  RedisRateLimiter,
  rateLimitPolicy,
  SigningKeys,
  TokenVerifier,
} from '@qms/platform';
import type { Logger } from 'pino';
import { createGateway, type Gateway } from './app.js';
import { ensurePlatformAdmin } from './bootstrap.js';
import { seedDemoFrameworks } from './demo/demo-frameworks.js';
import { seedDemoMeasures, submitDemoObservations } from './demo/demo-measures.js';
import { type DemoClientCredentials, isEmpty, seedDemo } from './demo/seed.js';

export interface StartOptions {
  config: PlatformConfig;
  logger?: Logger;
  /** Test harnesses pass their own database (a fresh one per test file). */
  database?: DatabaseConfig;
  /** Test harnesses keep keys in memory. */
  keys?: SigningKeys;
}

export interface RunningPlatform {
  app: Gateway;
  services: PlatformServices;
  owner: OwnerDatabase;
  /** The demo clients' secrets, when this start seeded the demo. */
  seededClients: DemoClientCredentials[];
  close(): Promise<void>;
}

export const embeddedDataDir = (config: PlatformConfig) => join(config.QMS_DATA_DIR, 'pgdata');
export const secretsFile = (config: PlatformConfig) => join(config.QMS_DATA_DIR, 'secrets.json');

async function loadKeys(config: PlatformConfig): Promise<SigningKeys> {
  if (config.QMS_SECRETS) return SigningKeys.fromJson(config.QMS_SECRETS);
  return SigningKeys.loadOrCreate(secretsFile(config));
}

function createRateLimiter(config: PlatformConfig, logger: Logger): RateLimiter {
  const { limit, windowSeconds } = rateLimitPolicy(config);
  return config.REDIS_URL
    ? new RedisRateLimiter(config.REDIS_URL, limit, windowSeconds, logger)
    : new MemoryRateLimiter(limit, windowSeconds);
}

/**
 * Opens the database (PGlite in the data folder, or PostgreSQL with DATABASE_URL), applies
 * migrations, seeds the demo on first start and builds the gateway with every service.
 */
export async function startPlatform(options: StartOptions): Promise<RunningPlatform> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const databaseConfig: DatabaseConfig =
    options.database ??
    (config.DATABASE_URL
      ? { kind: 'postgres', url: config.DATABASE_URL, appUrl: config.QMS_APP_DATABASE_URL }
      : { kind: 'pglite', dataDir: embeddedDataDir(config) });
  const opened = await openDatabase(databaseConfig);
  const keys = options.keys ?? (await loadKeys(config));

  let seededClients: DemoClientCredentials[] = [];
  // The demo goes into an empty database only (first start), unless told never to.
  const seed = config.QMS_SEED_DEMO !== 'never' && (await isEmpty(opened.owner));
  if (seed) {
    seededClients = await seedDemo(opened.owner, config.QMS_ISSUER);
    await seedDemoMeasures(opened.owner);
    await seedDemoFrameworks(opened.owner);
  }
  await ensurePlatformAdmin(opened.owner, config);

  const rateLimiter = createRateLimiter(config, logger);
  const services: PlatformServices = {
    config,
    database: opened.database,
    keys,
    verifier: new TokenVerifier(config, keys),
    rateLimiter,
    logger,
  };
  const app = createGateway(services);
  if (seed) {
    // The demo's data goes in through the API's own submission path, as a trust's would.
    const observations = await submitDemoObservations(app, keys, config);
    logger.info({ organisations: seededClients.length, observations }, 'demo data seeded');
  }
  return {
    app,
    services,
    owner: opened.owner,
    seededClients,
    close: async () => {
      await rateLimiter.close();
      await opened.close();
    },
  };
}
