// `pnpm db:migrate`: applies migrations to DATABASE_URL, or to the embedded data folder.
import { join } from 'node:path';
import { openDatabase } from '../src/index.js';

const url = process.env.DATABASE_URL;
const opened = await openDatabase(
  url
    ? { kind: 'postgres', url }
    : { kind: 'pglite', dataDir: join(process.env.QMS_DATA_DIR ?? '.qms', 'pgdata') },
);
await opened.close();
console.log(`migrations applied (${url ? 'postgres' : 'pglite'})`);
