import { fileURLToPath } from 'node:url';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { OwnerDatabase } from './database.js';

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** Applies the committed drizzle-kit migrations as the owner; safe to run on every start. */
export async function migrate(owner: OwnerDatabase): Promise<void> {
  if (owner.kind === 'pglite') {
    await migratePglite(owner.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(owner.db as unknown as PostgresJsDatabase, { migrationsFolder });
  }
}
