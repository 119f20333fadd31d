import type { RouteHandler } from '@hono/zod-openapi';
import { measures, measureVersions, queryRows, type Tx } from '@qms/db';
import {
  type AppEnv,
  databaseErrorOf,
  decodeCursor,
  notFound,
  ProblemError,
  pageOf,
  principalOf,
  recordAudit,
} from '@qms/platform';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { uuidv7 } from 'uuidv7';
import {
  activationPlan,
  activationProblems,
  latestVersion,
  lifecycleRefusal,
  newDraftRefusal,
  nextVersionNumber,
} from './measure-lifecycle.js';
import {
  assertConsistent,
  assertIfMatch,
  changesOf,
  contentEtag,
  type Definition,
  definitionDefaults,
  definitionOf,
  findOwnMeasure,
  findVisibleMeasure,
  insertDraft,
  type MeasureRow,
  toMeasure,
  toMeasureSummary,
  touchMeasure,
  toVersion,
  type VersionRow,
  versionEtag,
  versionsOf,
} from './measure-store.js';
import type {
  activateMeasureVersion,
  createMeasure,
  createMeasureVersion,
  getMeasure,
  getMeasureVersion,
  listMeasures,
  retireMeasureVersion,
  updateMeasureVersion,
} from './measures.routes.js';

const duplicateCode = (code: string) => {
  const detail = `Your organisation already has a measure with the code "${code}"`;
  return new ProblemError('conflict', detail, { errors: [{ pointer: '/body/code', detail }] });
};

const conflict = (detail: string) => new ProblemError('conflict', detail);

export const create: RouteHandler<typeof createMeasure, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const tenantId = principal.tenantId;
  const { code, ...fields } = body;
  const definition: Definition = { ...definitionDefaults, ...changesOf(fields) } as Definition;
  assertConsistent(definition);
  const [clash] = await tx
    .select({ id: measures.id })
    .from(measures)
    .where(and(eq(measures.tenantId, tenantId), eq(measures.code, code)))
    .limit(1);
  if (clash) throw duplicateCode(code);
  const id = uuidv7();
  const [measure] = await tx
    .insert(measures)
    .values({ tenantId, id, code })
    .returning()
    .catch((error: unknown) => {
      // The unique index settles a race between two creations with the same code.
      if (databaseErrorOf(error)?.code === '23505') throw duplicateCode(code);
      throw error;
    });
  if (!measure) throw new Error('insert returned no row');
  const draft = await insertDraft(tx, { tenantId, measureId: id, version: 1, definition });
  await recordAudit(c, { action: 'measure.created', targetType: 'measure', targetId: id, change: body });
  const representation = toMeasure(measure, [draft]);
  c.header('Location', `/v1/measures/${id}`);
  c.header('ETag', contentEtag(representation));
  return c.json(representation, 201);
};

export const list: RouteHandler<typeof listMeasures, AppEnv> = async (c) => {
  const { limit, cursor, code, domain, kind, status, owner } = c.req.valid('query');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const after = decodeCursor(c, 'measures', cursor);
  // No tenant filter unless `owner=self`: row-level security returns exactly the caller's own
  // measures and those published to a programme it is invited to or enrolled in; a tenant filter
  // would drop the latter. Each measure is summarised by its active version, else its latest
  // draft, else its latest version, and the filters apply to that version.
  const page = await queryRows<{ id: string; version_id: string }>(
    tx,
    sql`
      select m.id, v.id as version_id
        from measures.measures m
        join lateral (
          select mv.id, mv.status, mv.kind, mv.domains
            from measures.measure_versions mv
           where mv.tenant_id = m.tenant_id and mv.measure_id = m.id
           order by case mv.status when 'active' then 0 when 'draft' then 1 else 2 end, mv.version desc
           limit 1) v on true
       where true
         ${owner === 'self' ? sql`and m.tenant_id = ${principal.tenantId}::uuid` : sql``}
         ${after ? sql`and m.id > ${after}::uuid` : sql``}
         ${code ? sql`and m.code = ${code}` : sql``}
         ${kind ? sql`and v.kind = ${kind}` : sql``}
         ${status ? sql`and v.status = ${status}` : sql``}
         ${domain ? sql`and ${domain} = any (v.domains)` : sql``}
       order by m.id
       limit ${limit + 1}`,
  );
  const ids = page.map((row) => String(row.id));
  const versionIds = page.map((row) => String(row.version_id));
  const [measureRows, versionRows] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          tx.select().from(measures).where(inArray(measures.id, ids)),
          tx.select().from(measureVersions).where(inArray(measureVersions.id, versionIds)),
        ]);
  const measureById = new Map(measureRows.map((row) => [row.id, row]));
  const versionByMeasure = new Map(versionRows.map((row) => [row.measureId, row]));
  const rows = ids.flatMap((id) => {
    const measure = measureById.get(id);
    const version = versionByMeasure.get(id);
    return measure && version ? [{ measure, version }] : [];
  });
  const result = pageOf(c, 'measures', rows, limit, (row) => row.measure.id);
  return c.json(
    {
      items: result.items.map((row) => toMeasureSummary(row.measure, row.version)),
      nextCursor: result.nextCursor,
    },
    200,
  );
};

export const get: RouteHandler<typeof getMeasure, AppEnv> = async (c) => {
  const tx = c.var.tx;
  const measure = await findVisibleMeasure(tx, c.req.valid('param').measureId);
  const representation = toMeasure(measure, await versionsOf(tx, measure));
  c.header('ETag', contentEtag(representation));
  return c.json(representation, 200);
};

export const createVersion: RouteHandler<typeof createMeasureVersion, AppEnv> = async (c) => {
  const { measureId } = c.req.valid('param');
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const measure = await findOwnMeasure(tx, principal.tenantId, measureId);
  // Locking the versions serialises two concurrent "new draft" calls: the second sees the first's draft.
  const versions = await versionsOf(tx, measure, true);
  const refusal = newDraftRefusal(versions);
  if (refusal) throw conflict(refusal);
  const latest = latestVersion(versions);
  if (!latest) throw notFound('Measure');
  const definition: Definition = { ...definitionOf(latest), ...changesOf(body) } as Definition;
  assertConsistent(definition);
  const draft = await insertDraft(tx, {
    tenantId: principal.tenantId,
    measureId,
    version: nextVersionNumber(versions),
    definition,
  }).catch((error: unknown) => {
    if (databaseErrorOf(error)?.code === '23505')
      throw conflict('Another version was created at the same time');
    throw error;
  });
  await touchMeasure(tx, measure);
  await recordAudit(c, {
    action: 'measure_version.created',
    targetType: 'measure_version',
    targetId: draft.id,
    change: { measureId, copiedFrom: latest.id, ...body },
  });
  c.header('Location', `/v1/measures/${measureId}/versions/${draft.id}`);
  c.header('ETag', versionEtag(draft));
  return c.json(toVersion(draft), 201);
};

async function findVisibleVersion(tx: Tx, measureId: string, versionId: string) {
  const measure = await findVisibleMeasure(tx, measureId);
  const [row] = await tx
    .select()
    .from(measureVersions)
    .where(
      and(
        eq(measureVersions.tenantId, measure.tenantId),
        eq(measureVersions.measureId, measure.id),
        eq(measureVersions.id, versionId),
      ),
    );
  if (!row) throw notFound('Measure version');
  return row;
}

export const getVersion: RouteHandler<typeof getMeasureVersion, AppEnv> = async (c) => {
  const { measureId, versionId } = c.req.valid('param');
  const row = await findVisibleVersion(c.var.tx, measureId, versionId);
  c.header('ETag', versionEtag(row));
  return c.json(toVersion(row), 200);
};

/**
 * The caller's own measure and its versions, locked for a lifecycle change, with the version
 * named in the path and its `If-Match` checked.
 */
async function lockedVersion(
  c: Context<AppEnv>,
  measureId: string,
  versionId: string,
): Promise<{ measure: MeasureRow; versions: VersionRow[]; version: VersionRow }> {
  const tx = c.var.tx;
  const measure = await findOwnMeasure(tx, principalOf(c).tenantId, measureId);
  const versions = await versionsOf(tx, measure, true);
  const version = versions.find((row) => row.id === versionId);
  if (!version) throw notFound('Measure version');
  assertIfMatch(c, versionEtag(version));
  return { measure, versions, version };
}

export const updateVersion: RouteHandler<typeof updateMeasureVersion, AppEnv> = async (c) => {
  const { measureId, versionId } = c.req.valid('param');
  const body = c.req.valid('json');
  const tx = c.var.tx;
  const { measure, version } = await lockedVersion(c, measureId, versionId);
  const refusal = lifecycleRefusal(version.status, 'edit');
  if (refusal) throw conflict(refusal);
  const definition: Definition = { ...definitionOf(version), ...changesOf(body) } as Definition;
  assertConsistent(definition);
  const [row] = await tx
    .update(measureVersions)
    .set({ ...definition, updatedAt: sql`now()` })
    .where(
      and(
        eq(measureVersions.tenantId, measure.tenantId),
        eq(measureVersions.id, versionId),
        eq(measureVersions.status, 'draft'),
      ),
    )
    .returning();
  if (!row) throw new ProblemError('precondition-failed', 'The version changed while you were updating it');
  await touchMeasure(tx, measure);
  await recordAudit(c, {
    action: 'measure_version.updated',
    targetType: 'measure_version',
    targetId: versionId,
    change: body,
  });
  c.header('ETag', versionEtag(row));
  return c.json(toVersion(row), 200);
};

export const activateVersion: RouteHandler<typeof activateMeasureVersion, AppEnv> = async (c) => {
  const { measureId, versionId } = c.req.valid('param');
  const tx = c.var.tx;
  const { measure, versions, version } = await lockedVersion(c, measureId, versionId);
  const plan = activationPlan(versions, versionId);
  if ('refusal' in plan) throw conflict(plan.refusal);
  const gaps = activationProblems(version);
  if (gaps.length > 0) {
    throw new ProblemError('unprocessable-entity', gaps.map((gap) => gap.detail).join('; '), {
      errors: gaps.map((gap) => ({ pointer: `/${gap.field}`, detail: gap.detail })),
    });
  }
  // The old version is retired first: the unique index allows one active version per measure.
  for (const retiring of plan.retire) {
    await tx
      .update(measureVersions)
      .set({ status: 'retired', retiredAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(measureVersions.tenantId, measure.tenantId), eq(measureVersions.id, retiring)));
    await recordAudit(c, {
      action: 'measure_version.retired',
      targetType: 'measure_version',
      targetId: retiring,
      change: { measureId, replacedBy: versionId },
    });
  }
  const [row] = await tx
    .update(measureVersions)
    .set({ status: 'active', activatedAt: sql`now()`, updatedAt: sql`now()` })
    .where(
      and(
        eq(measureVersions.tenantId, measure.tenantId),
        eq(measureVersions.id, versionId),
        eq(measureVersions.status, 'draft'),
      ),
    )
    .returning();
  if (!row) throw new ProblemError('precondition-failed', 'The version changed while you were activating it');
  await touchMeasure(tx, measure);
  await recordAudit(c, {
    action: 'measure_version.activated',
    targetType: 'measure_version',
    targetId: versionId,
    change: { measureId, retired: plan.retire },
  });
  c.header('ETag', versionEtag(row));
  return c.json(toVersion(row), 200);
};

export const retireVersion: RouteHandler<typeof retireMeasureVersion, AppEnv> = async (c) => {
  const { measureId, versionId } = c.req.valid('param');
  const tx = c.var.tx;
  const { measure, version } = await lockedVersion(c, measureId, versionId);
  const refusal = lifecycleRefusal(version.status, 'retire');
  if (refusal) throw conflict(refusal);
  const [row] = await tx
    .update(measureVersions)
    .set({ status: 'retired', retiredAt: sql`now()`, updatedAt: sql`now()` })
    .where(
      and(
        eq(measureVersions.tenantId, measure.tenantId),
        eq(measureVersions.id, versionId),
        eq(measureVersions.status, 'active'),
      ),
    )
    .returning();
  if (!row) throw new ProblemError('precondition-failed', 'The version changed while you were retiring it');
  await touchMeasure(tx, measure);
  await recordAudit(c, {
    action: 'measure_version.retired',
    targetType: 'measure_version',
    targetId: versionId,
    change: { measureId },
  });
  c.header('ETag', versionEtag(row));
  return c.json(toVersion(row), 200);
};
