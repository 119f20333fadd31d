import type { RouteHandler } from '@hono/zod-openapi';
import { findings, frameworkNodes, frameworkVersions, inspections, measures, type Tx } from '@qms/db';
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
import {
  decideTransition,
  findingsWritableIn,
  type InspectionAction,
  stageTimestamp,
} from './inspection-lifecycle.js';
import type {
  closeInspection,
  createFinding,
  createInspection,
  getFinding,
  getInspection,
  listFindings,
  listInspections,
  publishInspection,
  shareInspectionDraft,
  startInspectionFieldwork,
  submitInspectionDraft,
} from './inspections.routes.js';

type InspectionRow = typeof inspections.$inferSelect;
type FindingRow = typeof findings.$inferSelect;

const iso = (value: Date | null) => (value ? value.toISOString() : null);

const toInspection = (row: InspectionRow) => ({
  id: row.id,
  inspectingOrganisationId: row.tenantId,
  organisationId: row.organisationId,
  frameworkVersionId: row.frameworkVersionId,
  type: row.type,
  title: row.title,
  team: row.team,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  stage: row.stage,
  fieldworkStartedAt: iso(row.fieldworkStartedAt),
  draftedAt: iso(row.draftedAt),
  factualAccuracyAt: iso(row.factualAccuracyAt),
  publishedAt: iso(row.publishedAt),
  closedAt: iso(row.closedAt),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const toFinding = (row: FindingRow) => ({
  id: row.id,
  inspectionId: row.inspectionId,
  type: row.type,
  severity: row.severity,
  statement: row.statement,
  nodeIds: row.nodeIds,
  measureIds: row.measureIds,
  dueOn: row.dueOn,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const unprocessable = (pointer: string, detail: string) =>
  new ProblemError('unprocessable-entity', detail, { errors: [{ pointer, detail }] });

/** An inspection the caller runs or undergoes (RLS shows no other); 404 otherwise. */
async function findInspection(tx: Tx, inspectionId: string) {
  const [row] = await tx.select().from(inspections).where(eq(inspections.id, inspectionId)).limit(1);
  if (!row) throw notFound('Inspection');
  return row;
}

export const create: RouteHandler<typeof createInspection, AppEnv> = async (c) => {
  const principal = principalOf(c);
  assertAssuranceBody(principal, 'plan inspections');
  const body = c.req.valid('json');
  const tx = c.var.tx;
  const [version] = await tx
    .select({ status: frameworkVersions.status })
    .from(frameworkVersions)
    .where(eq(frameworkVersions.id, body.frameworkVersionId))
    .limit(1);
  if (!version)
    throw unprocessable('/body/frameworkVersionId', 'None of your framework versions has this id');
  if (version.status !== 'published') {
    throw unprocessable(
      '/body/frameworkVersionId',
      `The framework version is ${version.status}: pin a published one`,
    );
  }
  const id = uuidv7();
  const [row] = await tx
    .insert(inspections)
    .values({ tenantId: principal.tenantId, id, ...body, createdBy: `${principal.issuer}|${principal.id}` })
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

export const addFinding: RouteHandler<typeof createFinding, AppEnv> = async (c) => {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const body = c.req.valid('json');
  const inspection = await findInspection(tx, c.req.valid('param').inspectionId);
  if (inspection.tenantId !== principal.tenantId) {
    throw new ProblemError('forbidden', 'Only the inspecting organisation records findings');
  }
  if (!findingsWritableIn.includes(inspection.stage)) {
    throw new ProblemError(
      'conflict',
      `Findings are recorded from fieldwork to factual accuracy; the inspection is ${inspection.stage.replace('_', ' ')}`,
    );
  }
  const nodeIds = [...new Set(body.nodeIds)];
  const measureIds = [...new Set(body.measureIds)];
  if (nodeIds.length) {
    const known = await tx
      .select({ id: frameworkNodes.id })
      .from(frameworkNodes)
      .where(
        and(
          eq(frameworkNodes.tenantId, inspection.tenantId),
          eq(frameworkNodes.versionId, inspection.frameworkVersionId),
          inArray(frameworkNodes.id, nodeIds),
        ),
      );
    const missing = nodeIds.filter((id) => !known.some((node) => node.id === id));
    if (missing.length) {
      throw unprocessable(
        '/body/nodeIds',
        `Not nodes of the inspection's framework version: ${missing.join(', ')}`,
      );
    }
  }
  if (measureIds.length) {
    const visible = await tx
      .select({ id: measures.id })
      .from(measures)
      .where(inArray(measures.id, measureIds));
    const missing = measureIds.filter((id) => !visible.some((measure) => measure.id === id));
    if (missing.length) {
      throw unprocessable(
        '/body/measureIds',
        `No measure visible to your organisation has the id: ${missing.join(', ')}`,
      );
    }
  }
  const id = uuidv7();
  const [row] = await tx
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
    .returning();
  if (!row) throw new Error('insert returned no row');
  await recordAudit(c, { action: 'finding.recorded', targetType: 'finding', targetId: id, change: body });
  c.header('Location', `/v1/inspections/${inspection.id}/findings/${id}`);
  c.header('ETag', etagOf(row.version));
  return c.json(toFinding(row), 201);
};

export const findingsOf: RouteHandler<typeof listFindings, AppEnv> = async (c) => {
  const { inspectionId } = c.req.valid('param');
  const { limit, cursor } = c.req.valid('query');
  const inspection = await findInspection(c.var.tx, inspectionId);
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
      ),
    )
    .orderBy(asc(findings.id))
    .limit(limit + 1);
  const page = pageOf(c, list, rows, limit, (row) => row.id);
  return c.json({ items: page.items.map(toFinding), nextCursor: page.nextCursor }, 200);
};

export const findingOf: RouteHandler<typeof getFinding, AppEnv> = async (c) => {
  const { inspectionId, findingId } = c.req.valid('param');
  const inspection = await findInspection(c.var.tx, inspectionId);
  const [row] = await c.var.tx
    .select()
    .from(findings)
    .where(
      and(
        eq(findings.tenantId, inspection.tenantId),
        eq(findings.inspectionId, inspectionId),
        eq(findings.id, findingId),
      ),
    )
    .limit(1);
  if (!row) throw notFound('Finding');
  c.header('ETag', etagOf(row.version));
  return c.json(toFinding(row), 200);
};
