import {
  type Database,
  type DatabaseConfig,
  type OwnerDatabase,
  PgliteHandle,
  pgliteDatabase,
  pgliteOwner,
  postgresDatabase,
  postgresOwner,
} from './database.js';
import { migrate } from './migrate.js';

export interface OpenedDatabase {
  /** The application's handle: tenant-scoped transactions under RLS. */
  database: Database;
  /** The owner's handle, for seeding; close it once seeding is done. */
  owner: OwnerDatabase;
  close(): Promise<void>;
}

/** Opens the configured database and applies migrations before anything else runs. */
export async function openDatabase(config: DatabaseConfig): Promise<OpenedDatabase> {
  if (config.kind === 'pglite') {
    const handle = await PgliteHandle.open(config.dataDir);
    const owner = pgliteOwner(handle);
    await migrate(owner);
    const database = pgliteDatabase(handle);
    return { database, owner, close: () => handle.client.close() };
  }
  const owner = postgresOwner(config.url);
  await migrate(owner);
  const database = postgresDatabase(config);
  return {
    database,
    owner,
    close: async () => {
      await Promise.all([database.close(), owner.close()]);
    },
  };
}
