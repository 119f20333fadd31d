import { z } from 'zod';

const list = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  /** The application's own connection; defaults to DATABASE_URL with the `qms_app` user. */
  QMS_APP_DATABASE_URL: z.string().url().optional(),
  /**
   * Connections each process keeps to PostgreSQL. Under load the database's cores are the limit:
   * more connections than about two per core only add switching between busy backends (see
   * docs/benchmarks.md, "Connections per replica"). Keep replicas × this below max_connections.
   */
  QMS_DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  QMS_DATA_DIR: z.string().default('.qms'),
  QMS_PUBLIC_URL: z.string().url().optional(),
  QMS_ISSUER: z.string().min(1).default('urn:qms:platform'),
  QMS_AUDIENCE: z.string().min(1).default('qms-api'),
  /** External identity provider for people. */
  QMS_JWKS_URL: z.string().url().optional(),
  QMS_OIDC_ISSUER: z.string().optional(),
  QMS_OIDC_AUDIENCE: z.string().optional(),
  QMS_OIDC_ALGORITHMS: list,
  /** JSON of the platform's signing keys and cursor secret (a server's replicas must share it). */
  QMS_SECRETS: z.string().optional(),
  QMS_CLIENT_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  QMS_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  QMS_RATE_LIMIT: z
    .string()
    .regex(/^\d+\/\d+$/, 'requests/seconds, e.g. 600/60')
    .default('600/60'),
  REDIS_URL: z.string().optional(),
  QMS_CORS_ORIGINS: list,
  QMS_IDEMPOTENCY_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24),
  /** Server bootstrap of the platform administrator: `issuer|subject`. */
  QMS_PLATFORM_ADMIN: z.string().optional(),
  QMS_SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  /** Services deployed as their own processes: the gateway forwards their routes there. */
  QMS_TENANTS_URL: z
    .string()
    .url()
    .optional()
    .describe('Base URL of the tenants service (organisations, access, OAuth); unset runs it in the gateway'),
  QMS_MEASURES_URL: z
    .string()
    .url()
    .optional()
    .describe('Base URL of the measures service; unset runs it in the gateway'),
  QMS_BENCHMARKING_URL: z
    .string()
    .url()
    .optional()
    .describe('Base URL of the benchmarking service; unset runs it in the gateway'),
  QMS_ASSURANCE_URL: z
    .string()
    .url()
    .optional()
    .describe('Base URL of the assurance service; unset runs it in the gateway'),
  QMS_SERVICE_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(30_000)
    .describe('How long the gateway waits for a forwarded service to start answering before a 504'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type PlatformConfig = z.infer<typeof ConfigSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): PlatformConfig {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export function rateLimitPolicy(config: PlatformConfig): { limit: number; windowSeconds: number } {
  const [limit, windowSeconds] = config.QMS_RATE_LIMIT.split('/').map(Number);
  return { limit: limit ?? 600, windowSeconds: windowSeconds ?? 60 };
}
