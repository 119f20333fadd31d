// Generates infra/citus/distribute.sql from the drizzle schema (packages/db/src/schema), so the
// Citus distribution plan cannot drift from the tables: infra/test/citus.test.ts fails when the
// committed SQL differs from what this produces. `pnpm --filter @qms/infra citus:generate`
// rewrites it; without `--write` it prints the SQL.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schema } from '@qms/db';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';

export const DISTRIBUTION_COLUMN = 'tenant_id';
/** The co-location anchor: a table every tenant has, with no foreign keys to other distributed tables. */
export const ANCHOR_TABLE = 'tenancy.units';
/** Creation order among tables that are ready: the services' order, then by name (stable output). */
const SCHEMA_ORDER = ['tenancy', 'platform', 'measures', 'benchmarking', 'assurance'];
const rank = (name: string) => {
  const index = SCHEMA_ORDER.indexOf(name.split('.')[0] ?? '');
  return index === -1 ? SCHEMA_ORDER.length : index;
};
const byServiceThenName = (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b);
export const distributeSqlFile = fileURLToPath(new URL('./distribute.sql', import.meta.url));

export interface TablePlan {
  /** `schema.table` */
  name: string;
  kind: 'reference' | 'distributed';
  /** Distributed tables this one has a foreign key to (itself excluded): created first. */
  dependsOn: string[];
}

export interface DistributionPlan {
  reference: TablePlan[];
  /** In creation order: every table after the tables its foreign keys point at. */
  distributed: TablePlan[];
  /** The first distributed table; every other one is co-located with it. */
  anchor: string;
}

const qualified = (table: PgTable) => {
  const config = getTableConfig(table);
  return `${config.schema ?? 'public'}.${config.name}`;
};

/** Every table the schema declares, by qualified name. */
export function schemaTables(): Map<string, PgTable> {
  const tables = new Map<string, PgTable>();
  for (const value of Object.values(schema)) {
    if (is(value, PgTable)) tables.set(qualified(value), value);
  }
  return tables;
}

/**
 * Reference tables are the ones @qms/db declares as such (`referenceTables`: shared directory
 * data, replicated to every node); every other table must carry `tenant_id` and is distributed
 * by it. A table that is neither is an error, not a silent local table.
 */
export function distributionPlan(): DistributionPlan {
  const tables = schemaTables();
  const referenceNames = new Set<string>(schema.referenceTables);
  for (const name of referenceNames) {
    if (!tables.has(name)) throw new Error(`reference table ${name} is not in the schema`);
  }
  const distributedNames = new Set<string>();
  for (const [name, table] of tables) {
    if (referenceNames.has(name)) continue;
    const columns = getTableConfig(table).columns.map((column) => column.name);
    if (!columns.includes(DISTRIBUTION_COLUMN)) {
      throw new Error(
        `${name} has no ${DISTRIBUTION_COLUMN} and is not a reference table: add the column or list it in referenceTables`,
      );
    }
    distributedNames.add(name);
  }

  const dependencies = new Map<string, string[]>();
  for (const name of distributedNames) {
    const table = tables.get(name) as PgTable;
    const targets = getTableConfig(table)
      .foreignKeys.map((foreignKey) => qualified(foreignKey.reference().foreignTable))
      .filter((target) => target !== name && distributedNames.has(target));
    dependencies.set(name, [...new Set(targets)].sort());
  }

  if (!distributedNames.has(ANCHOR_TABLE) || (dependencies.get(ANCHOR_TABLE) ?? []).length > 0) {
    throw new Error(
      `${ANCHOR_TABLE} must be a distributed table with no foreign keys to other distributed tables`,
    );
  }
  // Kahn's algorithm from the anchor; among tables that are ready, by service then name.
  const ordered: TablePlan[] = [{ name: ANCHOR_TABLE, kind: 'distributed', dependsOn: [] }];
  const placed = new Set<string>([ANCHOR_TABLE]);
  while (placed.size < distributedNames.size) {
    const ready = [...distributedNames]
      .filter((name) => !placed.has(name))
      .filter((name) => (dependencies.get(name) ?? []).every((dependency) => placed.has(dependency)))
      .sort(byServiceThenName);
    const next = ready[0];
    if (!next) {
      const left = [...distributedNames].filter((name) => !placed.has(name));
      throw new Error(`foreign keys form a cycle between ${left.join(', ')}`);
    }
    placed.add(next);
    ordered.push({ name: next, kind: 'distributed', dependsOn: dependencies.get(next) ?? [] });
  }
  return {
    reference: [...referenceNames].sort().map((name) => ({ name, kind: 'reference', dependsOn: [] })),
    distributed: ordered,
    anchor: ANCHOR_TABLE,
  };
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

export function renderDistributeSql(plan: DistributionPlan = distributionPlan()): string {
  const lines = [
    '-- GENERATED by infra/citus/generate.ts from packages/db/src/schema: do not edit by hand.',
    '-- Regenerate with `pnpm --filter @qms/infra citus:generate`; infra/test/citus.test.ts fails',
    '-- when this file is stale. See docs/scale-out.md for the plan and its caveats.',
    '--',
    '-- Run once on the Citus coordinator, as the owner, after the migrations (`pnpm db:migrate`)',
    '-- and before the application connects. Existing rows are copied into the shards.',
    '',
    'CREATE EXTENSION IF NOT EXISTS citus;',
    '',
    '-- Reference tables: shared directory data, replicated in full to every worker, so any',
    '-- shard can join to them and distributed tables can hold foreign keys to them.',
  ];
  for (const table of plan.reference) lines.push(`SELECT create_reference_table(${literal(table.name)});`);
  lines.push(
    '',
    `-- Tenant-owned tables, distributed by ${DISTRIBUTION_COLUMN} and all co-located with ${plan.anchor},`,
    "-- so one tenant's rows of every table live on the same shard and joins and foreign keys on",
    `-- (${DISTRIBUTION_COLUMN}, ...) stay local. Each table comes after the tables its foreign keys`,
    '-- point at.',
  );
  for (const table of plan.distributed) {
    const colocation = table.name === plan.anchor ? 'none' : plan.anchor;
    const after = table.dependsOn.length > 0 ? ` -- after ${table.dependsOn.join(', ')}` : '';
    lines.push(
      `SELECT create_distributed_table(${literal(table.name)}, ${literal(DISTRIBUTION_COLUMN)}, colocate_with => ${literal(colocation)});${after}`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sql = renderDistributeSql();
  if (process.argv.includes('--write')) {
    const before = (() => {
      try {
        return readFileSync(distributeSqlFile, 'utf8');
      } catch {
        return '';
      }
    })();
    writeFileSync(distributeSqlFile, sql);
    console.log(`${distributeSqlFile} ${before === sql ? 'unchanged' : 'written'}`);
  } else {
    process.stdout.write(sql);
  }
}
