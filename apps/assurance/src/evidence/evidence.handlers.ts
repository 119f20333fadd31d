import type { RouteHandler } from '@hono/zod-openapi';
import { evidence, type Tx } from '@qms/db';
import { type AppEnv, decodeCursor, notFound, pageOf, principalOf, recordAudit } from '@qms/platform';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { nodesServing, reportedAgainst } from '../crosswalks/crosswalk-reach.js';
import {
  assertInspecting,
  assertPinnedNodes,
  assertWorkable,
  authorOf,
  findInspection,
  findInspectionRecords,
  pinnedBindings,
  pinnedVersion,
  unprocessable,
} from '../inspections/inspection-access.js';
import type { captureEvidence, getEvidence, listEvidence } from './evidence.routes.js';
import { takeMeasureSnapshot } from './measure-snapshot.js';

export type EvidenceRow = typeof evidence.$inferSelect;

/** The API shape of evidence rows, with the nodes of other frameworks each is reported against. */
export async function toEvidenceList(tx: Tx, rows: EvidenceRow[]) {
  const first = rows[0];
  const reach = first
    ? await reportedAgainst(
        tx,
        first.tenantId,
        rows.flatMap((row) => row.nodeIds),
      )
    : new Map();
  return rows.map((row) => {
    const seen = new Set<string>();
    const against = row.nodeIds
      .flatMap((nodeId) => reach.get(nodeId) ?? [])
      .filter((node) => {
        if (seen.has(node.nodeId)) return false;
        seen.add(node.nodeId);
        return true;
      });
    return {
      id: row.id,
      inspectionId: row.inspectionId,
      category: row.category,
      source: row.source,
      nodeIds: row.nodeIds,
      description: row.description,
      reference: row.reference,
      measureId: row.measureId,
      measureSnapshot: row.measureSnapshot,
      reportedAgainst: against,
      capturedBy: row.capturedBy,
      capturedAt: row.capturedAt.toISOString(),
    };
  });
}

const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

export const capture: RouteHandler<typeof captureEvidence, AppEnv> = async (c) => {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const body = c.req.valid('json');
  const inspection = await findInspection(tx, c.req.valid('param').inspectionId);
  assertInspecting(principal, inspection, 'captures evidence');
  assertWorkable(inspection, 'Evidence is captured, and findings and judgements');
  const version = await pinnedVersion(tx, inspection);
  if (!version.evidenceCategories.some((category) => category.key === body.category)) {
    throw unprocessable(
      '/body/category',
      `Not an evidence category of the framework version: use one of ${version.evidenceCategories.map((category) => category.key).join(', ') || '(none declared)'}`,
    );
  }
  const nodeIds = [...new Set(body.nodeIds)];
  await assertPinnedNodes(tx, inspection, nodeIds, '/body/nodeIds');
  let measure: { tenantId: string; id: string } | null = null;
  let snapshot = null;
  if (body.measureId !== undefined) {
    const binding = (await pinnedBindings(tx, inspection)).find((row) => row.measureId === body.measureId);
    if (!binding) {
      throw unprocessable(
        '/body/measureId',
        'The measure is not bound to any node of the inspection’s framework version',
      );
    }
    measure = { tenantId: binding.measureTenantId, id: binding.measureId };
    snapshot = await takeMeasureSnapshot(tx, inspection.organisationId, measure);
    if (!snapshot) {
      throw unprocessable(
        '/body/measureId',
        'The measure has no active version visible to your organisation to analyse with',
      );
    }
  }
  const id = uuidv7();
  const [row] = await tx
    .insert(evidence)
    .values({
      tenantId: inspection.tenantId,
      id,
      inspectionId: inspection.id,
      category: body.category,
      source: body.source,
      nodeIds,
      description: body.description,
      reference: body.reference ?? null,
      measureTenantId: measure?.tenantId ?? null,
      measureId: measure?.id ?? null,
      measureSnapshot: snapshot,
      capturedBy: authorOf(principal),
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await recordAudit(c, { action: 'evidence.captured', targetType: 'evidence', targetId: id, change: body });
  c.header('Location', `/v1/inspections/${inspection.id}/evidence/${id}`);
  c.header('ETag', '"1"');
  const [out] = await toEvidenceList(tx, [row]);
  return c.json(out as NonNullable<typeof out>, 201);
};

export const list: RouteHandler<typeof listEvidence, AppEnv> = async (c) => {
  const { inspectionId } = c.req.valid('param');
  const { limit, cursor, nodeId, servesNodeId, source } = c.req.valid('query');
  const tx = c.var.tx;
  const inspection = await findInspectionRecords(tx, principalOf(c), inspectionId);
  const listName = `inspections/${inspectionId}/evidence`;
  const after = decodeCursor(c, listName, cursor);
  let serving: string[] | null = null;
  if (servesNodeId !== undefined) serving = await nodesServing(tx, inspection.tenantId, servesNodeId);
  if (serving !== null && serving.length === 0) return c.json({ items: [], nextCursor: null }, 200);
  // No stage check: RLS hides evidence from the inspected organisation until factual accuracy.
  const rows = await tx
    .select()
    .from(evidence)
    .where(
      and(
        eq(evidence.tenantId, inspection.tenantId),
        eq(evidence.inspectionId, inspectionId),
        after ? gt(evidence.id, after) : undefined,
        nodeId ? sql`${nodeId}::uuid = any(${evidence.nodeIds})` : undefined,
        serving ? sql`${evidence.nodeIds} && ${uuidArray(serving)}::uuid[]` : undefined,
        source ? eq(evidence.source, source) : undefined,
      ),
    )
    .orderBy(asc(evidence.id))
    .limit(limit + 1);
  const page = pageOf(c, listName, rows, limit, (row) => row.id);
  return c.json({ items: await toEvidenceList(tx, page.items), nextCursor: page.nextCursor }, 200);
};

export const get: RouteHandler<typeof getEvidence, AppEnv> = async (c) => {
  const { inspectionId, evidenceId } = c.req.valid('param');
  const tx = c.var.tx;
  const inspection = await findInspectionRecords(tx, principalOf(c), inspectionId);
  const [row] = await tx
    .select()
    .from(evidence)
    .where(
      and(
        eq(evidence.tenantId, inspection.tenantId),
        eq(evidence.inspectionId, inspectionId),
        eq(evidence.id, evidenceId),
      ),
    )
    .limit(1);
  if (!row) throw notFound('Evidence');
  const [out] = await toEvidenceList(tx, [row]);
  return c.json(out as NonNullable<typeof out>, 200);
};

export type EvidenceView = Awaited<ReturnType<typeof toEvidenceList>>[number];
