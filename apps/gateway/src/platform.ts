import { join } from 'node:path';
import { type DatabaseConfig, type OwnerDatabase, openDatabase } from '@qms/db';
import {
  createLogger,
  createPlatformServices,
  createRateLimiter,
  type PlatformConfig,
  type PlatformServices,
  SigningKeys,
} from '@qms/platform';
import type { Logger } from 'pino';
import { createGateway, type Gateway } from './app.js';
import { ensurePlatformAdmin } from './bootstrap.js';
import { seedDemoFrameworks } from './demo/demo-frameworks.js';
import { seedDemoInspection, seedingRateLimiter } from './demo/demo-inspections.js';
import { seedDemoMeasures, submitDemoObservations } from './demo/demo-measures.js';
import { type DemoClientCredentials, isEmpty, seedDemo } from './demo/seed.js';
import { forwardedServices, SERVICES } from './services.js';

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

/** The same services with every service mounted in this process (no forwarding URLs). */
function inProcess(services: PlatformServices): PlatformServices {
  const config = { ...services.config };
  for (const service of SERVICES) delete config[service.urlVariable];
  return { ...services, config };
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
      ? {
          kind: 'postgres',
          url: config.DATABASE_URL,
          appUrl: config.QMS_APP_DATABASE_URL,
          maxConnections: config.QMS_DATABASE_POOL_SIZE,
        }
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
  const services = createPlatformServices({ config, database: opened.database, keys, logger, rateLimiter });
  const app = createGateway(services);
  if (seed) {
    // The demo's data goes in through the API's own submission path, as a trust's would; in this
    // process even when services run on their own, so the first start needs none of them up.
    const submitter = forwardedServices(config).length > 0 ? createGateway(inProcess(services)) : app;
    const observations = await submitDemoObservations(submitter, keys, config);
    // One inspector makes a few dozen calls here: the seed is not held to the clients' rate limit.
    await seedDemoInspection(
      createGateway(inProcess({ ...services, rateLimiter: seedingRateLimiter })),
      keys,
      config,
    );
    // Planner statistics for the freshly loaded tables now, not at autovacuum's first visit
    // (a minute later, or never where it is off): until then plans assume empty tables.
    await opened.owner.exec('analyze');
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
