import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** A transaction (or connection) of either driver; handlers never need to know which. */
export type Tx = PgDatabase<PgQueryResultHKT, Schema>;

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
    return new PgliteHandle(client, drizzlePglite(client, { schema }) as unknown as Tx);
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

export function postgresDatabase(config: {
  url: string;
  appUrl?: string | undefined;
  maxConnections?: number | undefined;
}): Database {
  const client = postgres(config.appUrl ?? appUrlFor(config.url), {
    max: config.maxConnections ?? 10,
    onnotice: () => {},
    connect_timeout: 5,
    idle_timeout: 30,
  });
  const db = drizzlePostgres(client, { schema }) as unknown as Tx;
  return {
    kind: 'postgres',
    ...transactions(db),
    ping: async () => {
      try {
        await client`select 1`;
        return true;
      } catch {
        return false;
      }
    },
    close: () => client.end({ timeout: 5 }),
  };
}

export function postgresOwner(url: string): OwnerDatabase {
  const client = postgres(url, { max: 2, onnotice: () => {} });
  return {
    kind: 'postgres',
    db: drizzlePostgres(client, { schema }) as unknown as Tx,
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
