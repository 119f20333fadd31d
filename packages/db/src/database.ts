import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type postgres from 'postgres';
import { postgresClient } from './connection-url.js';
import { pipelinedClient } from './pipelined-client.js';
import type * as schema from './schema/index.js';

export type Schema = typeof schema;
/**
 * A transaction (or connection) of either driver; handlers never need to know which. Without the
 * relational query API (`tx.query.*`): given the schema, drizzle builds a query builder for every
 * table each time it opens a transaction or savepoint, and that was a visible share of each
 * request's CPU under load (`pnpm load`, docs/benchmarks.md) for an API nothing here uses.
 */
export type Tx = PgDatabase<PgQueryResultHKT>;

export const APP_ROLE = 'qms_app';

export interface TenantScope {
  tenantId: string;
  /** Set only for principals holding `platform_admin` in the platform organisation. */
  platformAdmin?: boolean;
}

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir?: string | undefined }
  | { kind: 'postgres'; url: string; appUrl?: string | undefined; maxConnections?: number | undefined };

/** Who a request claims to be, from a verified token. */
export interface RequestIdentity {
  issuer: string;
  subject: string;
  clientId: string | undefined;
  /** The organisation asked for (token claim or header); a person's only one when absent. */
  tenantId: string | undefined;
}

/** What `platform.enter_request` found; the tenant is entered only when all of it checks out. */
export interface EnteredRequest {
  tenant_id: string | null;
  tenant_kind: string | null;
  tenant_status: string | null;
  roles: string[] | null;
  scopes: string[] | null;
  client_status: string | null;
  tenants_held: number;
}

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `work` in a transaction whose first statement resolves the principal's roles and enters
   * its tenant (one round trip); `work` decides from `entered` whether to go on.
   */
  request<T>(identity: RequestIdentity, work: (tx: Tx, entered: EnteredRequest) => Promise<T>): Promise<T>;
  /**
   * Runs `work` in a transaction as the application role with the tenant set, so row-level
   * security applies to every statement, whatever filter the caller forgot.
   */
  tenant<T>(scope: TenantScope, work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Runs `work` as the application role with no tenant set: only the narrow SECURITY DEFINER
   * functions (token and principal lookups) and reference data are usable.
   */
  anonymous<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** The owner connection: migrations, seeding and tests' own checks. Never given to services. */
export interface OwnerDatabase {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Tx;
  /** Runs raw SQL text (for migrations and test set-up). */
  exec(sqlText: string): Promise<void>;
  close(): Promise<void>;
}

const enterTenant = (scope: TenantScope) =>
  sql`select platform.enter_tenant(${scope.tenantId}::uuid, ${scope.platformAdmin === true}), set_config('role', ${APP_ROLE}, true)`;
const enterAnonymous = sql`select set_config('role', ${APP_ROLE}, true)`;
const enterRequest = (identity: RequestIdentity) =>
  sql`select r.*, set_config('role', ${APP_ROLE}, true) as entered_role
        from platform.enter_request(${identity.issuer}, ${identity.subject}, ${identity.clientId ?? null},
                                    ${identity.tenantId ?? null}::uuid) r`;

function transactions(db: Tx) {
  return {
    tenant: <T>(scope: TenantScope, work: (tx: Tx) => Promise<T>) =>
      db.transaction(async (tx) => {
        await tx.execute(enterTenant(scope));
        return work(tx as unknown as Tx);
      }),
    request: <T>(identity: RequestIdentity, work: (tx: Tx, entered: EnteredRequest) => Promise<T>) =>
      db.transaction(async (tx) => {
        const [entered] = await queryRows<EnteredRequest & Record<string, unknown>>(
          tx as unknown as Tx,
          enterRequest(identity),
        );
        if (!entered) throw new Error('enter_request returned no row');
        return work(tx as unknown as Tx, entered);
      }),
    anonymous: <T>(work: (tx: Tx) => Promise<T>) =>
      db.transaction(async (tx) => {
        await tx.execute(enterAnonymous);
        return work(tx as unknown as Tx);
      }),
  };
}

/** PGlite keeps one connection in one process; owner and application share it. */
export class PgliteHandle {
  private constructor(
    readonly client: PGlite,
    readonly db: Tx,
  ) {}

  static async open(dataDir?: string): Promise<PgliteHandle> {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    const client = await PGlite.create(dataDir ? { dataDir } : {});
    return new PgliteHandle(client, drizzlePglite(client) as unknown as Tx);
  }
}

export function pgliteDatabase(handle: PgliteHandle): Database {
  const { db, client } = handle;
  return {
    kind: 'pglite',
    ...transactions(db),
    ping: async () => {
      try {
        await client.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    close: () => client.close(),
  };
}

export function pgliteOwner(handle: PgliteHandle): OwnerDatabase {
  return {
    kind: 'pglite',
    db: handle.db,
    exec: async (text) => {
      await handle.client.exec(text);
    },
    close: () => handle.client.close(),
  };
}

/** The application connects as `qms_app` unless told otherwise. */
export function appUrlFor(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = '';
  return url.toString();
}

/** Codes of a lost or unreachable connection: socket errors and postgres.js's own. */
const LOST_CONNECTION_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/** True when `error` (or a cause under drizzle's wrapper) says the connection was lost. */
export function isLostConnection(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string' && LOST_CONNECTION_CODES.has(code)) return true;
    current = cause;
  }
  return false;
}

/**
 * How long a request may wait for its transaction to start (a pooled connection, BEGIN and the
 * statement entering the tenant) before it gives up with a 503. postgres.js has no acquire
 * timeout, and a query written to a connection the network silently dropped never answers.
 */
const TRANSACTION_START_TIMEOUT_MS = 8_000;
/** How long `/readyz` waits for `select 1`. */
const PING_TIMEOUT_MS = 3_000;

/** The error of a transaction that did not start in time (mapped to 503 by the platform). */
export class TransactionStartTimeout extends Error {
  readonly code = 'TRANSACTION_START_TIMEOUT';
  /** When the request began waiting (`performance.now()`). */
  constructor(readonly waitingSince: number) {
    super(`The database did not start a transaction within ${TRANSACTION_START_TIMEOUT_MS} ms`);
  }
}

/**
 * Runs `begin(work)` (a transaction that calls `work` once it has started) and rejects with
 * TransactionStartTimeout when `work` has not been called in time. A transaction that starts
 * after that is rolled back at once: its request has already been answered.
 */
function startingWithin<A extends unknown[], T>(
  begin: (work: (...args: A) => Promise<T>) => Promise<T>,
  work: (...args: A) => Promise<T>,
  onStarted: () => void = () => {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let state: 'starting' | 'started' | 'abandoned' = 'starting';
    const waitingSince = performance.now();
    const timer = setTimeout(() => {
      if (state !== 'starting') return;
      state = 'abandoned';
      reject(new TransactionStartTimeout(waitingSince));
    }, TRANSACTION_START_TIMEOUT_MS);
    begin(async (...args) => {
      if (state === 'abandoned') throw new TransactionStartTimeout(waitingSince);
      state = 'started';
      clearTimeout(timer);
      onStarted();
      return work(...args);
    }).then(resolve, (error: unknown) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

export function postgresDatabase(config: {
  url: string;
  appUrl?: string | undefined;
  maxConnections?: number | undefined;
}): Database {
  const open = () => {
    const client = postgresClient(config.appUrl ?? appUrlFor(config.url), {
      max: config.maxConnections ?? 10,
      onnotice: () => {},
      // Fault tolerance: a connection attempt that gets no answer fails after 5 s, and after a
      // failure the pool tries again within half a second, not after postgres.js's default
      // backoff (which grows to 20 s and would hold requests and recovery for that long).
      connect_timeout: 5,
      backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5),
      idle_timeout: 30,
    });
    return {
      client,
      db: drizzlePostgres(pipelinedClient(client)) as unknown as Tx,
      /** When a transaction last started on this pool (`performance.now()`). */
      lastStart: performance.now(),
    };
  };
  // postgres.js 3.4 notices a reset idle connection only when it next writes to it, and after
  // such errors a pool can stop opening connections at all: queries then wait forever, even once
  // the server is back (seen when PostgreSQL restarts under load, faults-database.test.ts). So
  // after a lost connection, or a ping that got no answer in time, the pool is replaced by a
  // fresh one. A transaction that did not start in time replaces it only if no other transaction
  // started on the pool while it waited: a pool that is merely saturated is making progress, and
  // replacing it would open a second set of connections to an already overloaded server.
  let current = open();
  const stuck = (pool: ReturnType<typeof open>, error: unknown) =>
    isLostConnection(error) ||
    (error instanceof TransactionStartTimeout && pool.lastStart < error.waitingSince);
  const runOn = async <T>(work: (pool: ReturnType<typeof open>) => Promise<T>): Promise<T> => {
    const pool = current;
    try {
      return await work(pool);
    } catch (error) {
      if (pool === current && stuck(pool, error)) renew(pool);
      throw error;
    }
  };
  const started = (pool: ReturnType<typeof open>) => () => {
    pool.lastStart = performance.now();
  };
  /** A fresh pool for what comes next; the old one ends when its running work is done (30 s at most). */
  const retiring = new Set<postgres.Sql>();
  const renew = (pool: ReturnType<typeof open>) => {
    if (pool !== current) return;
    current = open();
    retiring.add(pool.client);
    pool.client
      .end({ timeout: 30 })
      .catch(() => {})
      .finally(() => retiring.delete(pool.client));
  };
  return {
    kind: 'postgres',
    tenant: (scope, work) =>
      runOn((pool) => startingWithin((w) => transactions(pool.db).tenant(scope, w), work, started(pool))),
    request: (identity, work) =>
      runOn((pool) => startingWithin((w) => transactions(pool.db).request(identity, w), work, started(pool))),
    anonymous: (work) =>
      runOn((pool) => startingWithin((w) => transactions(pool.db).anonymous(w), work, started(pool))),
    ping: async () => {
      let timer: NodeJS.Timeout | undefined;
      const pool = current;
      const asked = performance.now();
      try {
        const answered = runOn(() => pool.client`select 1`).then(() => true);
        // No answer at all is a stuck pool as much as an error is: it is replaced too, unless
        // transactions went on starting meanwhile (a busy pool, which a new one would not help).
        const late = new Promise<boolean>((resolve) => {
          timer = setTimeout(() => {
            if (pool.lastStart < asked) renew(pool);
            resolve(false);
          }, PING_TIMEOUT_MS);
        });
        return await Promise.race([answered, late]);
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
      }
    },
    close: async () => {
      await Promise.all([
        current.client.end({ timeout: 5 }),
        ...[...retiring].map((client) => client.end({ timeout: 0 })),
      ]);
    },
  };
}

export function postgresOwner(url: string): OwnerDatabase {
  const client = postgresClient(url, { max: 2, onnotice: () => {} });
  return {
    kind: 'postgres',
    db: drizzlePostgres(client) as unknown as Tx,
    exec: async (text) => {
      await client.unsafe(text);
    },
    close: () => client.end({ timeout: 5 }),
  };
}

/** Rows of a raw `execute`, which the two drivers shape differently. */
export async function queryRows<T extends Record<string, unknown>>(tx: Tx, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}
