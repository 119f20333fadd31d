// The committed Citus plan (infra/citus/distribute.sql) is what the generator makes from the
// schema today, and the plan itself is sound: every table classified, foreign keys respected.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ANCHOR_TABLE,
  distributeSqlFile,
  distributionPlan,
  renderDistributeSql,
  schemaTables,
} from '../citus/generate.js';

describe('Citus distribution plan', () => {
  const plan = distributionPlan();

  it('is committed up to date (regenerate with `pnpm --filter @qms/infra citus:generate`)', () => {
    expect(readFileSync(distributeSqlFile, 'utf8')).toBe(renderDistributeSql(plan));
  });

  it('places every table of the schema exactly once: the directory as reference, the rest by tenant', () => {
    const placed = [...plan.reference, ...plan.distributed].map((table) => table.name);
    expect(new Set(placed).size).toBe(placed.length);
    expect(placed.sort()).toEqual([...schemaTables().keys()].sort());
    expect(plan.reference.map((table) => table.name)).toEqual(['tenancy.organisations']);
    expect(plan.distributed.map((table) => table.name)).toEqual(
      expect.arrayContaining(['measures.observations', 'platform.audit_log', 'assurance.findings']),
    );
  });

  it('creates each distributed table after the tables its foreign keys point at, co-located with one anchor', () => {
    const position = new Map(plan.distributed.map((table, index) => [table.name, index]));
    for (const table of plan.distributed) {
      for (const dependency of table.dependsOn) {
        expect(position.get(dependency), `${table.name} after ${dependency}`).toBeLessThan(
          position.get(table.name) as number,
        );
      }
    }
    expect(plan.distributed[0]?.name).toBe(ANCHOR_TABLE);
    const sql = renderDistributeSql(plan);
    const calls = sql.match(/create_distributed_table\([^)]*\)/g) ?? [];
    expect(calls).toHaveLength(plan.distributed.length);
    for (const call of calls.slice(1)) expect(call).toContain(`colocate_with => '${ANCHOR_TABLE}'`);
    // Reference tables first: distributed tables hold foreign keys to them.
    expect(sql.indexOf('create_reference_table')).toBeLessThan(sql.indexOf('create_distributed_table'));
  });
});
