import type { RouteHandler } from '@hono/zod-openapi';
import { evidence, judgements } from '@qms/db';
import {
  type AppEnv,
  assertVersion,
  databaseErrorOf,
  etagOf,
  notFound,
  ProblemError,
  principalOf,
  recordAudit,
  requiredIfMatchVersion,
} from '@qms/platform';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import {
  assertInspecting,
  assertWorkable,
  authorOf,
  findInspection,
  findInspectionRecords,
  unprocessable,
} from '../inspections/inspection-access.js';
import { judgementTree } from './judgement-tree.js';
import type { getJudgement, judgeNode, listJudgements } from './judgements.routes.js';

export const list: RouteHandler<typeof listJudgements, AppEnv> = async (c) => {
  const inspection = await findInspectionRecords(c.var.tx, principalOf(c), c.req.valid('param').inspectionId);
  return c.json(await judgementTree(c.var.tx, inspection), 200);
};

export const get: RouteHandler<typeof getJudgement, AppEnv> = async (c) => {
  const { inspectionId, nodeId } = c.req.valid('param');
  const inspection = await findInspectionRecords(c.var.tx, principalOf(c), inspectionId);
  const tree = await judgementTree(c.var.tx, inspection);
  const item = tree.items.find((candidate) => candidate.nodeId === nodeId);
  if (!item) throw notFound('Framework node');
  c.header('ETag', etagOf(item.version));
  return c.json(item, 200);
};

const precondition = () =>
  new ProblemError('precondition-failed', 'The judgement changed while you were editing it; read it again');

export const judge: RouteHandler<typeof judgeNode, AppEnv> = async (c) => {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const { inspectionId, nodeId } = c.req.valid('param');
  const body = c.req.valid('json');
  const inspection = await findInspection(tx, inspectionId);
  assertInspecting(principal, inspection, 'judges');
  const expected = requiredIfMatchVersion(c);
  assertWorkable(inspection, 'Judgements are written, like evidence and findings,');
  const before = await judgementTree(tx, inspection);
  const item = before.items.find((candidate) => candidate.nodeId === nodeId);
  if (!item) throw notFound('Framework node');
  assertVersion(item.version, expected);

  if (body.rating !== null && !before.ratingScale.some((level) => level.key === body.rating)) {
    throw unprocessable(
      '/body/rating',
      `Not a level of the rating scale: use one of ${before.ratingScale.map((level) => level.key).join(', ')}`,
    );
  }
  if (!item.hasChildren && body.overrideReason !== undefined) {
    throw unprocessable(
      '/body/overrideReason',
      'A leaf node is rated directly; only a parent’s computed rating is overridden',
    );
  }
  if (item.hasChildren && body.rating !== null && body.overrideReason === undefined) {
    throw unprocessable(
      '/body/overrideReason',
      'The rating of a parent node is computed from its children: overriding it needs a reason',
    );
  }
  if (item.hasChildren && body.rating === null && body.overrideReason !== undefined) {
    throw unprocessable('/body/overrideReason', 'No override, so no reason for one');
  }
  const evidenceIds = [...new Set(body.evidenceIds)];
  if (evidenceIds.length) {
    const known = await tx
      .select({ id: evidence.id })
      .from(evidence)
      .where(
        and(
          eq(evidence.tenantId, inspection.tenantId),
          eq(evidence.inspectionId, inspection.id),
          inArray(evidence.id, evidenceIds),
        ),
      );
    const missing = evidenceIds.filter((id) => !known.some((row) => row.id === id));
    if (missing.length)
      throw unprocessable('/body/evidenceIds', `Not evidence of this inspection: ${missing.join(', ')}`);
  }

  const values = {
    rating: body.rating,
    overrideReason: body.overrideReason ?? null,
    rationale: body.rationale ?? null,
    evidenceIds,
    updatedBy: authorOf(principal),
  };
  if (expected === 0) {
    await tx
      .insert(judgements)
      .values({ tenantId: inspection.tenantId, id: uuidv7(), inspectionId: inspection.id, nodeId, ...values })
      .catch((error: unknown) => {
        // Another inspector judged the node first.
        if (databaseErrorOf(error)?.code === '23505') throw precondition();
        throw error;
      });
  } else {
    const [row] = await tx
      .update(judgements)
      .set({ ...values, version: sql`${judgements.version} + 1`, updatedAt: sql`now()` })
      .where(
        and(
          eq(judgements.tenantId, inspection.tenantId),
          eq(judgements.inspectionId, inspection.id),
          eq(judgements.nodeId, nodeId),
          eq(judgements.version, expected),
        ),
      )
      .returning({ id: judgements.id });
    if (!row) throw precondition();
  }
  await recordAudit(c, {
    action: 'judgement.recorded',
    targetType: 'judgement',
    targetId: nodeId,
    change: { inspectionId: inspection.id, nodeId, ...body },
  });
  const after = (await judgementTree(tx, inspection)).items.find((candidate) => candidate.nodeId === nodeId);
  if (!after) throw new Error('judged node vanished');
  c.header('ETag', etagOf(after.version));
  return c.json(after, 200);
};
