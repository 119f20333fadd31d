// The scale-out contract (docs/scale-out.md): every tenant-owned table can be distributed by
// tenant_id on Citus. That needs tenant_id leading the primary key, leading both sides of every
// foreign key between tenant-owned tables (so the key is checked inside one shard), and in every
// unique index (Citus can only enforce uniqueness that includes the distribution column).
// Checked on the real catalog after the committed migrations, on PGlite and on PostgreSQL.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenedDatabase, openDatabase, queryRows, referenceTables } from '../src/index.js';

/**
 * Reference tables: shared data replicated to every node instead of distributed. Each entry
 * needs a reason; adding one is a design decision (docs/scale-out.md), not a way to pass.
 */
const REFERENCE_TABLES: Record<string, string> = {
  // The directory of organisations: tenant_id *is* its key (one row per tenant), it is small,
  // and every shard joins to it (RLS policies, enrolments, outlier cases, inspections).
  'tenancy.organisations': 'directory of tenants',
};

/** Schemas that are not the application's: the migrator's journal and PostgreSQL's own. */
const SYSTEM_SCHEMAS = ['pg_catalog', 'information_schema', 'pg_toast', 'drizzle'];

interface Constraint extends Record<string, unknown> {
  table: string;
  name: string;
  type: 'p' | 'f';
  columns: string[];
  references: string | null;
  referenced_columns: string[] | null;
}

interface UniqueIndex extends Record<string, unknown> {
  table: string;
  name: string;
  columns: string[];
}

interface Catalog {
  tables: { table: string; columns: string[] }[];
  constraints: Constraint[];
  uniqueIndexes: UniqueIndex[];
}

const systemSchemas = sql.raw(SYSTEM_SCHEMAS.map((name) => `'${name}'`).join(', '));

async function readCatalog(opened: OpenedDatabase): Promise<Catalog> {
  const db = opened.owner.db;
  const tables = await queryRows<{ table: string; columns: string[] }>(
    db,
    sql`select n.nspname || '.' || c.relname as "table",
               array(select a.attname::text from pg_attribute a
                      where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                      order by a.attnum) as columns
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where c.relkind in ('r', 'p') and n.nspname not in (${systemSchemas})
           and n.nspname not like 'pg\\_%'
         order by 1`,
  );
  const constraints = await queryRows<Constraint>(
    db,
    sql`select n.nspname || '.' || c.relname as "table", con.conname::text as name, con.contype::text as type,
               array(select a.attname::text from unnest(con.conkey) with ordinality k(attnum, ord)
                       join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
                      order by k.ord) as columns,
               fn.nspname || '.' || fc.relname as "references",
               case when con.contype = 'f' then
                 array(select a.attname::text from unnest(con.confkey) with ordinality k(attnum, ord)
                         join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum
                        order by k.ord) end as referenced_columns
          from pg_constraint con
          join pg_class c on c.oid = con.conrelid
          join pg_namespace n on n.oid = c.relnamespace
          left join pg_class fc on fc.oid = con.confrelid
          left join pg_namespace fn on fn.oid = fc.relnamespace
         where con.contype in ('p', 'f') and n.nspname not in (${systemSchemas})
           and n.nspname not like 'pg\\_%'
         order by 1, 2`,
  );
  const uniqueIndexes = await queryRows<UniqueIndex>(
    db,
    sql`select n.nspname || '.' || c.relname as "table", ic.relname::text as name,
               array(select a.attname::text from unnest(i.indkey::int2[]) with ordinality k(attnum, ord)
                       join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
                      order by k.ord) as columns
          from pg_index i
          join pg_class c on c.oid = i.indrelid
          join pg_class ic on ic.oid = i.indexrelid
          join pg_namespace n on n.oid = c.relnamespace
         where i.indisunique and n.nspname not in (${systemSchemas}) and n.nspname not like 'pg\\_%'
         order by 1, 2`,
  );
  return { tables, constraints, uniqueIndexes };
}

/** Every breach of the contract, one readable line each; empty when the schema is distributable. */
function tenantKeyViolations(catalog: Catalog, reference: Record<string, string>): string[] {
  const violations: string[] = [];
  const tenantOwned = new Set<string>();
  for (const { table, columns } of catalog.tables) {
    if (!columns.includes('tenant_id')) {
      violations.push(`${table}: no tenant_id column (every table is tenant-owned or a reference table)`);
    } else if (!(table in reference)) {
      tenantOwned.add(table);
    }
  }
  for (const table of tenantOwned) {
    const primaryKey = catalog.constraints.find((c) => c.table === table && c.type === 'p');
    if (!primaryKey) violations.push(`${table}: no primary key`);
    else if (primaryKey.columns[0] !== 'tenant_id') {
      violations.push(
        `${table}: primary key (${primaryKey.columns.join(', ')}) does not lead with tenant_id`,
      );
    }
  }
  for (const foreignKey of catalog.constraints.filter((c) => c.type === 'f')) {
    if (!tenantOwned.has(foreignKey.table) || !foreignKey.references) continue;
    // A key into a reference table is local on every node whatever its columns.
    if (!tenantOwned.has(foreignKey.references)) continue;
    if (foreignKey.columns[0] !== 'tenant_id' || foreignKey.referenced_columns?.[0] !== 'tenant_id') {
      violations.push(
        `${foreignKey.table}: foreign key ${foreignKey.name} (${foreignKey.columns.join(', ')}) → ${foreignKey.references} (${foreignKey.referenced_columns?.join(', ')}) does not lead with tenant_id on both sides`,
      );
    }
  }
  for (const index of catalog.uniqueIndexes) {
    if (tenantOwned.has(index.table) && !index.columns.includes('tenant_id')) {
      violations.push(
        `${index.table}: unique index ${index.name} (${index.columns.join(', ')}) lacks tenant_id`,
      );
    }
  }
  return violations;
}

type Engine = 'pglite' | 'postgres';
const engines: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

describe.each(engines)('tenant keys on %s', (engine) => {
  let opened: OpenedDatabase;
  let drop: () => Promise<void> = async () => {};

  beforeAll(async () => {
    if (engine === 'pglite') {
      opened = await openDatabase({ kind: 'pglite' });
      return;
    }
    const serverUrl = process.env.TEST_DATABASE_URL as string;
    const name = `qms_keys_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    opened = await openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 2 });
    drop = async () => {
      const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    };
  }, 180_000);
  afterAll(async () => {
    await opened?.close();
    await drop();
  });

  it('gives every tenant table tenant_id leading its primary key, foreign keys and unique indexes', async () => {
    const catalog = await readCatalog(opened);
    // Guard against a vacuous pass: the migrations did create the service schemas' tables.
    expect(catalog.tables.length).toBeGreaterThan(20);
    expect(catalog.constraints.filter((c) => c.type === 'f').length).toBeGreaterThan(20);
    expect(tenantKeyViolations(catalog, REFERENCE_TABLES)).toEqual([]);
  });

  it('keeps the allow-list the same as the schema’s reference tables (the Citus plan uses those)', async () => {
    const catalogTables = (await readCatalog(opened)).tables.map((t) => t.table);
    for (const table of Object.keys(REFERENCE_TABLES)) expect(catalogTables).toContain(table);
    expect(Object.keys(REFERENCE_TABLES).sort()).toEqual([...referenceTables].sort());
  });

  it('reports a table that breaks the contract (so the check above can fail)', async () => {
    const scratch = `keys_probe_${randomBytes(3).toString('hex')}`;
    await opened.owner.exec(`
      create schema ${scratch};
      create table ${scratch}.parents (tenant_id uuid not null, id uuid not null, primary key (id, tenant_id));
      create table ${scratch}.children (
        tenant_id uuid not null, id uuid not null, parent_id uuid, code text,
        primary key (tenant_id, id),
        constraint children_parent_fk foreign key (parent_id, tenant_id) references ${scratch}.parents (id, tenant_id));
      create unique index children_code_uq on ${scratch}.children (code);
      create table ${scratch}.orphans (id uuid primary key);
    `);
    try {
      const violations = tenantKeyViolations(await readCatalog(opened), REFERENCE_TABLES);
      expect(violations).toEqual(
        expect.arrayContaining([
          `${scratch}.parents: primary key (id, tenant_id) does not lead with tenant_id`,
          `${scratch}.children: foreign key children_parent_fk (parent_id, tenant_id) → ${scratch}.parents (id, tenant_id) does not lead with tenant_id on both sides`,
          `${scratch}.children: unique index children_code_uq (code) lacks tenant_id`,
          `${scratch}.orphans: no tenant_id column (every table is tenant-owned or a reference table)`,
        ]),
      );
      expect(violations).toHaveLength(4);
    } finally {
      await opened.owner.exec(`drop schema ${scratch} cascade`);
    }
  });
});
