import type { RouteHandler } from '@hono/zod-openapi';
import { crosswalks, frameworkNodes, frameworkVersions, type Tx } from '@qms/db';
import {
  type AppEnv,
  databaseErrorOf,
  notFound,
  ProblemError,
  principalOf,
  recordAudit,
} from '@qms/platform';
import { and, eq, inArray, or } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { assertAssuranceBody, findFrameworkVersion } from '../frameworks/frameworks.handlers.js';
import { authorOf, unprocessable } from '../inspections/inspection-access.js';
import type { createCrosswalk, listNodeCrosswalks } from './crosswalks.routes.js';

/** A node of one of the caller's framework versions (RLS shows no other), with its framework. */
async function findNode(tx: Tx, ids: { frameworkId: string; versionId: string; nodeId: string }) {
  const { version } = await findFrameworkVersion(tx, ids.frameworkId, ids.versionId);
  const [node] = await tx
    .select()
    .from(frameworkNodes)
    .where(
      and(
        eq(frameworkNodes.tenantId, version.tenantId),
        eq(frameworkNodes.versionId, version.id),
        eq(frameworkNodes.id, ids.nodeId),
      ),
    )
    .limit(1);
  if (!node) throw notFound('Framework node');
  return { node, version };
}

export const create: RouteHandler<typeof createCrosswalk, AppEnv> = async (c) => {
  const principal = principalOf(c);
  assertAssuranceBody(principal, 'crosswalk frameworks');
  const tx = c.var.tx;
  const body = c.req.valid('json');
  const { node, version } = await findNode(tx, c.req.valid('param'));
  const [target] = await tx
    .select({ id: frameworkNodes.id, frameworkId: frameworkVersions.frameworkId })
    .from(frameworkNodes)
    .innerJoin(
      frameworkVersions,
      and(
        eq(frameworkVersions.tenantId, frameworkNodes.tenantId),
        eq(frameworkVersions.id, frameworkNodes.versionId),
      ),
    )
    .where(and(eq(frameworkNodes.tenantId, node.tenantId), eq(frameworkNodes.id, body.toNodeId)))
    .limit(1);
  if (!target) throw unprocessable('/body/toNodeId', 'None of your frameworks has a node with this id');
  if (target.frameworkId === version.frameworkId) {
    throw unprocessable('/body/toNodeId', 'A crosswalk joins nodes of two different frameworks');
  }
  const id = uuidv7();
  const [row] = await tx
    .insert(crosswalks)
    .values({
      tenantId: node.tenantId,
      id,
      fromNodeId: node.id,
      toNodeId: target.id,
      relation: body.relation,
      createdBy: authorOf(principal),
    })
    .returning()
    .catch((error: unknown) => {
      if (databaseErrorOf(error)?.code === '23505') {
        throw new ProblemError('conflict', 'These nodes are already crosswalked this way');
      }
      throw error;
    });
  if (!row) throw new Error('insert returned no row');
  await recordAudit(c, { action: 'crosswalk.created', targetType: 'crosswalk', targetId: id, change: body });
  return c.json(
    {
      id: row.id,
      fromNodeId: row.fromNodeId,
      toNodeId: row.toNodeId,
      relation: row.relation,
      createdBy: row.createdBy,
      createdAt: row.createdAt.toISOString(),
    },
    201,
  );
};

export const list: RouteHandler<typeof listNodeCrosswalks, AppEnv> = async (c) => {
  const tx = c.var.tx;
  const { node } = await findNode(tx, c.req.valid('param'));
  const links = await tx
    .select()
    .from(crosswalks)
    .where(
      and(
        eq(crosswalks.tenantId, node.tenantId),
        or(eq(crosswalks.fromNodeId, node.id), eq(crosswalks.toNodeId, node.id)),
      ),
    );
  const otherIds = links.map((link) => (link.fromNodeId === node.id ? link.toNodeId : link.fromNodeId));
  const others = otherIds.length
    ? await tx
        .select({
          id: frameworkNodes.id,
          versionId: frameworkNodes.versionId,
          code: frameworkNodes.code,
          title: frameworkNodes.title,
          frameworkId: frameworkVersions.frameworkId,
        })
        .from(frameworkNodes)
        .innerJoin(
          frameworkVersions,
          and(
            eq(frameworkVersions.tenantId, frameworkNodes.tenantId),
            eq(frameworkVersions.id, frameworkNodes.versionId),
          ),
        )
        .where(and(eq(frameworkNodes.tenantId, node.tenantId), inArray(frameworkNodes.id, otherIds)))
    : [];
  const byId = new Map(others.map((other) => [other.id, other]));
  const items = links.flatMap((link) => {
    const outgoing = link.fromNodeId === node.id;
    const other = byId.get(outgoing ? link.toNodeId : link.fromNodeId);
    if (!other) return [];
    return [
      {
        crosswalkId: link.id,
        direction: outgoing ? ('outgoing' as const) : ('incoming' as const),
        relation: link.relation,
        nodeId: other.id,
        frameworkId: other.frameworkId,
        frameworkVersionId: other.versionId,
        code: other.code,
        title: other.title,
        evidenceServes: outgoing || link.relation === 'equivalent',
      },
    ];
  });
  return c.json({ items }, 200);
};
