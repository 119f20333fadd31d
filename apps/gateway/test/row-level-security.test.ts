import { auditLog, measureLinks, measures, organisations, queryRows, roleGrants, units } from '@qms/db';
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '../src/demo/demo-organisations.js';
import { engines, startTestPlatform, type TestPlatform } from './harness.js';

const barts = demoId('barts-health');
const guys = demoId('guys-st-thomas');
const nationalBody = demoId('national-quality-body');
const cornwall = demoId('royal-cornwall');

describe.each(engines)('row-level security on %s', (engine) => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform(engine);
  });
  afterAll(() => t?.close());

  it('returns only the tenant’s rows to a query written without a tenant filter', async () => {
    const { database } = t.platform.services;
    // Deliberately no WHERE tenant_id: this is the handler bug RLS must contain.
    const seen = await database.tenant({ tenantId: barts }, (tx) => tx.select().from(units));
    expect(seen.length).toBe(5);
    expect(new Set(seen.map((unit) => unit.tenantId))).toEqual(new Set([barts]));
    const grants = await database.tenant({ tenantId: barts }, (tx) => tx.select().from(roleGrants));
    expect(grants.length).toBeGreaterThan(0);
    expect(grants.every((grant) => grant.tenantId === barts)).toBe(true);
    // The owner sees every trust's units: the filter above came from the database, not the query.
    const all = await t.platform.owner.db.select().from(units);
    expect(new Set(all.map((unit) => unit.tenantId)).size).toBeGreaterThan(1);
  });

  it('lets a programme owner read only organisations actively enrolled in its programmes', async () => {
    const { database } = t.platform.services;
    const visible = await database.tenant({ tenantId: nationalBody }, (tx) =>
      tx.select().from(organisations),
    );
    const ids = new Set(visible.map((organisation) => organisation.tenantId));
    expect(ids.has(nationalBody)).toBe(true);
    expect(ids.has(barts)).toBe(true);
    // Invited but not active: not readable.
    expect(ids.has(cornwall)).toBe(false);
    expect(ids.has(demoId('care-regulator'))).toBe(false);
    const enrolledUnits = await database.tenant({ tenantId: nationalBody }, (tx) => tx.select().from(units));
    expect(enrolledUnits.some((unit) => unit.tenantId === barts)).toBe(true);
    expect(enrolledUnits.some((unit) => unit.tenantId === cornwall)).toBe(false);
    // A trust sees neither its peers nor their units.
    const peerView = await database.tenant({ tenantId: guys }, (tx) => tx.select().from(units));
    expect(peerView.every((unit) => unit.tenantId === guys)).toBe(true);
  });

  it('shows a programme owner an enrolled organisation’s golden-thread links only into its own measures', async () => {
    const owner = t.platform.owner.db;
    const [wardMeasure, trustMeasure, nationalMeasure] = [uuidv7(), uuidv7(), uuidv7()];
    await owner.insert(measures).values([
      { tenantId: barts, id: wardMeasure, code: `RLS-WARD-${engine}` },
      { tenantId: barts, id: trustMeasure, code: `RLS-TRUST-${engine}` },
      { tenantId: nationalBody, id: nationalMeasure, code: `RLS-NATIONAL-${engine}` },
    ]);
    const [privateLink, upwardLink] = [uuidv7(), uuidv7()];
    await owner.insert(measureLinks).values([
      {
        tenantId: barts,
        id: privateLink,
        fromMeasureId: wardMeasure,
        toMeasureTenantId: barts,
        toMeasureId: trustMeasure,
        kind: 'contributes_to',
      },
      {
        tenantId: barts,
        id: upwardLink,
        fromMeasureId: trustMeasure,
        toMeasureTenantId: nationalBody,
        toMeasureId: nationalMeasure,
        kind: 'contributes_to',
      },
    ]);
    // Deliberately unfiltered.
    const seen = await t.platform.services.database.tenant({ tenantId: nationalBody }, (tx) =>
      tx.select().from(measureLinks),
    );
    const ids = seen.map((link) => link.id);
    expect(ids).toContain(upwardLink);
    expect(ids).not.toContain(privateLink);
    const own = await t.platform.services.database.tenant({ tenantId: barts }, (tx) =>
      tx.select().from(measureLinks),
    );
    expect(own.map((link) => link.id)).toEqual(expect.arrayContaining([privateLink, upwardLink]));
  });

  it('stops a tenant from writing rows for another tenant', async () => {
    const { database } = t.platform.services;
    await expect(
      database.tenant({ tenantId: barts }, (tx) =>
        tx.insert(units).values({ tenantId: guys, kind: 'ward', name: 'Smuggled ward' }),
      ),
    ).rejects.toThrow();
    const guysUnits = await t.platform.owner.db
      .select()
      .from(units)
      .where(sql`${units.name} = 'Smuggled ward'`);
    expect(guysUnits).toHaveLength(0);
  });

  it('fails closed when no tenant is set', async () => {
    await expect(t.platform.services.database.anonymous((tx) => tx.select().from(units))).rejects.toThrow();
  });

  it('runs requests as a role that owns nothing and cannot bypass RLS', async () => {
    const [role] = await t.platform.services.database.tenant({ tenantId: barts }, (tx) =>
      queryRows<{ current_user: string; rolbypassrls: boolean; rolsuper: boolean; owned: number }>(
        tx,
        sql`select current_user, r.rolbypassrls, r.rolsuper,
                   (select count(*)::int from pg_tables where tableowner = current_user) as owned
              from pg_roles r where r.rolname = current_user`,
      ),
    );
    expect(role).toEqual({ current_user: 'qms_app', rolbypassrls: false, rolsuper: false, owned: 0 });
    const forced = await queryRows<{ relname: string }>(
      t.platform.owner.db,
      sql`select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname in ('tenancy', 'platform', 'measures', 'assurance', 'benchmarking') and c.relkind = 'r'
             and not (c.relrowsecurity and c.relforcerowsecurity)`,
    );
    expect(forced).toEqual([]);
  });

  it('keeps the audit log append-only, even for the owner', async () => {
    const { database } = t.platform.services;
    await database.tenant({ tenantId: barts }, (tx) =>
      tx.insert(auditLog).values({
        tenantId: barts,
        actorType: 'system',
        actorId: 'test',
        action: 'test.appended',
        targetType: 'test',
        targetId: 'x',
        requestId: 'test',
        changeHash: 'abc',
      }),
    );
    await expect(
      database.tenant({ tenantId: barts }, (tx) =>
        tx.execute(sql`update platform.audit_log set action = 'rewritten'`),
      ),
    ).rejects.toThrow();
    await expect(
      database.tenant({ tenantId: barts }, (tx) => tx.execute(sql`delete from platform.audit_log`)),
    ).rejects.toThrow();
    const refusal = (query: Promise<unknown>) =>
      query.then(
        () => 'allowed',
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    expect(await refusal(t.platform.owner.db.execute(sql`delete from platform.audit_log`))).toMatch(
      /append-only/,
    );
    expect(
      await refusal(t.platform.owner.db.execute(sql`update platform.audit_log set action = 'x'`)),
    ).toMatch(/append-only/);
    const kept = await database.tenant({ tenantId: barts }, (tx) =>
      tx.select().from(auditLog).where(sql`${auditLog.action} = 'test.appended'`),
    );
    expect(kept).toHaveLength(1);
  });

  it('puts tenant_id first in the primary key and every foreign key of tenant tables', async () => {
    const keys = await queryRows<{ table_name: string; constraint_type: string; first_column: string }>(
      t.platform.owner.db,
      sql`select tc.table_schema || '.' || tc.table_name as table_name, tc.constraint_type,
                 (select kcu.column_name from information_schema.key_column_usage kcu
                   where kcu.constraint_name = tc.constraint_name and kcu.constraint_schema = tc.constraint_schema
                   order by kcu.ordinal_position limit 1) as first_column
            from information_schema.table_constraints tc
           where tc.table_schema in ('tenancy', 'platform', 'measures', 'assurance', 'benchmarking')
             and tc.constraint_type in ('PRIMARY KEY', 'FOREIGN KEY')`,
    );
    // Foreign keys into the organisation directory (a reference table) are the one exception.
    const offenders = keys.filter(
      (key) =>
        key.first_column !== 'tenant_id' &&
        !(key.constraint_type === 'FOREIGN KEY' && key.first_column === 'organisation_id'),
    );
    expect(keys.length).toBeGreaterThan(8);
    expect(offenders).toEqual([]);
  });
});
