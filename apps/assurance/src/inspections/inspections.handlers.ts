import type { RouteHandler } from '@hono/zod-openapi';
import { findings, frameworkVersions, inspections, measures, queryRows, type Tx } from '@qms/db';
import {
  type AppEnv,
  assertVersion,
  databaseErrorOf,
  decodeCursor,
  etagOf,
  notFound,
  ProblemError,
  pageOf,
  principalOf,
  recordAudit,
  requiredIfMatchVersion,
} from '@qms/platform';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { uuidv7 } from 'uuidv7';
import { assertAssuranceBody } from '../frameworks/frameworks.handlers.js';
import { snapshotOf, writeReportVersion } from '../reports/report-versions.js';
import {
  assertInspecting,
  assertPinnedNodes,
  assertWorkable,
  findInspection,
  findInspectionRecords,
  type InspectionRow,
  pinnedBindings,
  pinnedNodes,
  pinnedVersion,
} from './inspection-access.js';
import { decideTransition, type InspectionAction, stageTimestamp } from './inspection-lifecycle.js';
import { toFinding, toInspection } from './inspection-views.js';
import type {
  closeInspection,
  createFinding,
  createInspection,
  getFinding,
  getInspection,
  getInspectionFramework,
  listFindings,
  listInspections,
  publishInspection,
  shareInspectionDraft,
  startInspectionFieldwork,
  submitInspectionDraft,
  updateFinding,
} from './inspections.routes.js';

const unprocessable = (pointer: string, detail: string) =>
  new ProblemError('unprocessable-entity', detail, { errors: [{ pointer, detail }] });

export const create: RouteHandler<typeof createInspection, AppEnv> = async (c) => {
  const principal = principalOf(c);
  assertAssuranceBody(principal, 'plan inspections');
  const body = c.req.valid('json');
  const tx = c.var.tx;
  const [version] = await tx
    .select({ status: frameworkVersions.status })
    .from(frameworkVersions)
    .where(
      and(
        eq(frameworkVersions.tenantId, principal.tenantId),
        eq(frameworkVersions.id, body.frameworkVersionId),
      ),
    )
    .limit(1);
  if (!version)
    throw unprocessable('/body/frameworkVersionId', 'None of your framework versions has this id');
  if (version.status !== 'published') {
    throw unprocessable(
      '/body/frameworkVersionId',
      `The framework version is ${version.status}: pin a published one`,
    );
  }
  const unitIds = [...new Set(body.unitIds)];
  if (unitIds.length) {
    // The organisation's units are not readable across tenants; the helper only says which are not its.
    const [outside] = await queryRows<{ ids: string[] | string }>(
      tx,
      sql`select assurance.units_outside(${body.organisationId}::uuid, ${`{${unitIds.join(',')}}`}::uuid[])::text[] as ids`,
    );
    const ids =
      typeof outside?.ids === 'string'
        ? outside.ids.replace(/[{}]/g, '').split(',').filter(Boolean)
        : (outside?.ids ?? []);
    if (ids.length)
      throw unprocessable('/body/unitIds', `Not units of the inspected organisation: ${ids.join(', ')}`);
  }
  const id = uuidv7();
  const [row] = await tx
    .insert(inspections)
    .values({
      tenantId: principal.tenantId,
      id,
      ...body,
      unitIds,
      createdBy: `${principal.issuer}|${principal.id}`,
    })
    .returning()
    .catch((error: unknown) => {
      if (databaseErrorOf(error)?.code === '23503') {
        throw unprocessable('/body/organisationId', 'No organisation with this id exists');
      }
      throw error;
    });
  if (!row) throw new Error('insert returned no row');
  await recordAudit(c, {
    action: 'inspection.planned',
    targetType: 'inspection',
    targetId: id,
    change: body,
  });
  c.header('Location', `/v1/inspections/${id}`);
  c.header('ETag', etagOf(row.version));
  return c.json(toInspection(row), 201);
};

export const list: RouteHandler<typeof listInspections, AppEnv> = async (c) => {
  const { limit, cursor, stage } = c.req.valid('query');
  const after = decodeCursor(c, 'inspections', cursor);
  // No tenant filter: RLS gives the inspecting organisation its inspections and an inspected
  // organisation the inspections of itself.
  const rows = await c.var.tx
    .select()
    .from(inspections)
    .where(
      and(after ? gt(inspections.id, after) : undefined, stage ? eq(inspections.stage, stage) : undefined),
    )
    .orderBy(asc(inspections.id))
    .limit(limit + 1);
  const page = pageOf(c, 'inspections', rows, limit, (row) => row.id);
  return c.json({ items: page.items.map(toInspection), nextCursor: page.nextCursor }, 200);
};

export const get: RouteHandler<typeof getInspection, AppEnv> = async (c) => {
  const row = await findInspection(c.var.tx, c.req.valid('param').inspectionId);
  c.header('ETag', etagOf(row.version));
  return c.json(toInspection(row), 200);
};

/** 403 for the inspected organisation or a role that may never do it, 412 stale, 409 wrong stage. */
async function transition(c: Context<AppEnv>, inspectionId: string, action: InspectionAction) {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const expected = requiredIfMatchVersion(c);
  const current = await findInspection(tx, inspectionId);
  if (current.tenantId !== principal.tenantId) {
    throw new ProblemError('forbidden', 'Only the inspecting organisation moves an inspection along');
  }
  const decision = decideTransition(current.stage, action, principal.roles);
  if (!decision.allowed && decision.refusal === 'forbidden')
    throw new ProblemError('forbidden', decision.message);
  assertVersion(current.version, expected);
  if (!decision.allowed) throw new ProblemError('conflict', decision.message);
  const [row] = await tx
    .update(inspections)
    .set({
      stage: decision.to,
      [stageTimestamp[decision.to]]: sql`now()`,
      version: sql`${inspections.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(inspections.tenantId, current.tenantId),
        eq(inspections.id, current.id),
        eq(inspections.version, expected),
      ),
    )
    .returning();
  if (!row)
    throw new ProblemError('precondition-failed', 'The inspection changed while you were updating it');
  if (decision.to === 'published') {
    // Publication freezes the report: version 1, a complete snapshot (amendments add versions).
    await writeReportVersion(
      tx,
      row,
      { number: 1, kind: 'publication', reason: null, createdBy: `${principal.issuer}|${principal.id}` },
      await snapshotOf(tx, row),
    );
  }
  await recordAudit(c, {
    action: `inspection.${decision.to}`,
    targetType: 'inspection',
    targetId: current.id,
    change: { action, from: current.stage, to: decision.to },
  });
  c.header('ETag', etagOf(row.version));
  return toInspection(row);
}

export const startFieldwork: RouteHandler<typeof startInspectionFieldwork, AppEnv> = async (c) =>
  c.json(await transition(c, c.req.valid('param').inspectionId, 'start-fieldwork'), 200);
export const submitDraft: RouteHandler<typeof submitInspectionDraft, AppEnv> = async (c) =>
  c.json(await transition(c, c.req.valid('param').inspectionId, 'submit-draft'), 200);
export const shareDraft: RouteHandler<typeof shareInspectionDraft, AppEnv> = async (c) =>
  c.json(await transition(c, c.req.valid('param').inspectionId, 'share-draft'), 200);
export const publish: RouteHandler<typeof publishInspection, AppEnv> = async (c) =>
  c.json(await transition(c, c.req.valid('param').inspectionId, 'publish'), 200);
export const close: RouteHandler<typeof closeInspection, AppEnv> = async (c) =>
  c.json(await transition(c, c.req.valid('param').inspectionId, 'close'), 200);

/** 422 unless the nodes are of the pinned version and the measures bound to it or visible. */
async function checkFindingLinks(tx: Tx, inspection: InspectionRow, nodeIds: string[], measureIds: string[]) {
  await assertPinnedNodes(tx, inspection, nodeIds, '/body/nodeIds');
  if (measureIds.length === 0) return;
  const bound = new Set((await pinnedBindings(tx, inspection)).map((binding) => binding.measureId));
  const wanted = measureIds.filter((id) => !bound.has(id));
  const visible = wanted.length
    ? await tx.select({ id: measures.id }).from(measures).where(inArray(measures.id, wanted))
    : [];
  const missing = wanted.filter((id) => !visible.some((measure) => measure.id === id));
  if (missing.length) {
    throw unprocessable(
      '/body/measureIds',
      `Neither bound to the framework version nor visible to your organisation: ${missing.join(', ')}`,
    );
  }
}

export const addFinding: RouteHandler<typeof createFinding, AppEnv> = async (c) => {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const body = c.req.valid('json');
  const inspection = await findInspection(tx, c.req.valid('param').inspectionId);
  assertInspecting(principal, inspection, 'records findings');
  assertWorkable(inspection, 'Findings are recorded, like evidence and judgements,');
  const nodeIds = [...new Set(body.nodeIds)];
  const measureIds = [...new Set(body.measureIds)];
  await checkFindingLinks(tx, inspection, nodeIds, measureIds);
  const id = uuidv7();
  // The finding and its audit record are independent statements: sent together, one round trip.
  const [[row]] = await Promise.all([
    tx
      .insert(findings)
      .values({
        tenantId: inspection.tenantId,
        id,
        inspectionId: inspection.id,
        type: body.type,
        severity: body.severity,
        statement: body.statement,
        nodeIds,
        measureIds,
        dueOn: body.dueOn ?? null,
        createdBy: `${principal.issuer}|${principal.id}`,
      })
      .returning(),
    recordAudit(c, { action: 'finding.recorded', targetType: 'finding', targetId: id, change: body }),
  ]);
  if (!row) throw new Error('insert returned no row');
  c.header('Location', `/v1/inspections/${inspection.id}/findings/${id}`);
  c.header('ETag', etagOf(row.version));
  return c.json(toFinding(row), 201);
};

async function findFinding(tx: Tx, inspection: InspectionRow, findingId: string) {
  const [row] = await tx
    .select()
    .from(findings)
    .where(
      and(
        eq(findings.tenantId, inspection.tenantId),
        eq(findings.inspectionId, inspection.id),
        eq(findings.id, findingId),
      ),
    )
    .limit(1);
  if (!row) throw notFound('Finding');
  return row;
}

export const changeFinding: RouteHandler<typeof updateFinding, AppEnv> = async (c) => {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const { inspectionId, findingId } = c.req.valid('param');
  const body = c.req.valid('json');
  const inspection = await findInspection(tx, inspectionId);
  const current = await findFinding(tx, inspection, findingId);
  assertInspecting(principal, inspection, 'changes findings');
  const expected = requiredIfMatchVersion(c);
  assertWorkable(inspection, 'Findings are changed, like evidence and judgements,');
  assertVersion(current.version, expected);
  const next = {
    type: body.type ?? current.type,
    severity: body.severity ?? current.severity,
    statement: body.statement ?? current.statement,
    nodeIds: body.nodeIds ? [...new Set(body.nodeIds)] : current.nodeIds,
    measureIds: body.measureIds ? [...new Set(body.measureIds)] : current.measureIds,
    dueOn: body.dueOn === undefined ? current.dueOn : body.dueOn,
  };
  if ((next.type === 'requirement') !== (next.dueOn !== null)) {
    throw unprocessable('/body/dueOn', 'A requirement needs a due date, and only a requirement has one');
  }
  await checkFindingLinks(
    tx,
    inspection,
    body.nodeIds ? next.nodeIds : [],
    body.measureIds ? next.measureIds : [],
  );
  const [row] = await tx
    .update(findings)
    .set({ ...next, version: sql`${findings.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(findings.tenantId, current.tenantId),
        eq(findings.id, current.id),
        eq(findings.version, expected),
      ),
    )
    .returning();
  if (!row) throw new ProblemError('precondition-failed', 'The finding changed while you were updating it');
  await recordAudit(c, { action: 'finding.changed', targetType: 'finding', targetId: row.id, change: body });
  c.header('ETag', etagOf(row.version));
  return c.json(toFinding(row), 200);
};

export const findingsOf: RouteHandler<typeof listFindings, AppEnv> = async (c) => {
  const { inspectionId } = c.req.valid('param');
  const { limit, cursor, type, severity, nodeId } = c.req.valid('query');
  const inspection = await findInspectionRecords(c.var.tx, principalOf(c), inspectionId);
  const list = `inspections/${inspectionId}/findings`;
  const after = decodeCursor(c, list, cursor);
  // No stage check here: RLS hides the findings from the inspected organisation until factual accuracy.
  const rows = await c.var.tx
    .select()
    .from(findings)
    .where(
      and(
        eq(findings.tenantId, inspection.tenantId),
        eq(findings.inspectionId, inspectionId),
        after ? gt(findings.id, after) : undefined,
        type ? eq(findings.type, type) : undefined,
        severity ? eq(findings.severity, severity) : undefined,
        nodeId ? sql`${nodeId}::uuid = any(${findings.nodeIds})` : undefined,
      ),
    )
    .orderBy(asc(findings.id))
    .limit(limit + 1);
  const page = pageOf(c, list, rows, limit, (row) => row.id);
  return c.json({ items: page.items.map(toFinding), nextCursor: page.nextCursor }, 200);
};

export const findingOf: RouteHandler<typeof getFinding, AppEnv> = async (c) => {
  const { inspectionId, findingId } = c.req.valid('param');
  const inspection = await findInspectionRecords(c.var.tx, principalOf(c), inspectionId);
  const row = await findFinding(c.var.tx, inspection, findingId);
  c.header('ETag', etagOf(row.version));
  return c.json(toFinding(row), 200);
};

export const pinnedFramework: RouteHandler<typeof getInspectionFramework, AppEnv> = async (c) => {
  const tx = c.var.tx;
  const inspection = await findInspectionRecords(tx, principalOf(c), c.req.valid('param').inspectionId);
  const version = await pinnedVersion(tx, inspection);
  const nodes = await pinnedNodes(tx, inspection);
  return c.json(
    {
      id: version.id,
      frameworkId: version.frameworkId,
      version: version.version,
      nodeKinds: version.nodeKinds,
      ratingScale: version.ratingScale,
      evidenceCategories: version.evidenceCategories,
      rollUp: version.rollUp,
      nodes: nodes.map((node) => ({
        id: node.id,
        parentId: node.parentId,
        kind: node.kind,
        code: node.code,
        title: node.title,
        description: node.description,
      })),
    },
    200,
  );
};
