import { type CrosswalkRelation, crosswalks, frameworkNodes, type Tx } from '@qms/db';
import { and, eq, inArray, or } from 'drizzle-orm';

/**
 * How evidence travels along crosswalks: evidence attached to a node serves the node a crosswalk
 * leads to (whether `equivalent` or `partially_covers`), and, for `equivalent` crosswalks, the
 * node it comes from. Crosswalks are the framework owner's, so only the owner sees this reach.
 */

export interface CrosswalkedNode {
  nodeId: string;
  frameworkVersionId: string;
  code: string;
  title: string;
  relation: CrosswalkRelation;
}

/** For each of `nodeIds`, the nodes of other frameworks its evidence is reported against. */
export async function reportedAgainst(
  tx: Tx,
  tenantId: string,
  nodeIds: readonly string[],
): Promise<Map<string, CrosswalkedNode[]>> {
  const out = new Map<string, CrosswalkedNode[]>();
  if (nodeIds.length === 0) return out;
  const ids = [...new Set(nodeIds)];
  const links = await tx
    .select()
    .from(crosswalks)
    .where(
      and(
        eq(crosswalks.tenantId, tenantId),
        or(
          inArray(crosswalks.fromNodeId, ids),
          and(inArray(crosswalks.toNodeId, ids), eq(crosswalks.relation, 'equivalent')),
        ),
      ),
    );
  if (links.length === 0) return out;
  const wanted = new Set(ids);
  const reach: { from: string; to: string; relation: CrosswalkRelation }[] = [];
  for (const link of links) {
    if (wanted.has(link.fromNodeId))
      reach.push({ from: link.fromNodeId, to: link.toNodeId, relation: link.relation });
    if (link.relation === 'equivalent' && wanted.has(link.toNodeId))
      reach.push({ from: link.toNodeId, to: link.fromNodeId, relation: link.relation });
  }
  const targets = await tx
    .select()
    .from(frameworkNodes)
    .where(
      and(
        eq(frameworkNodes.tenantId, tenantId),
        inArray(frameworkNodes.id, [...new Set(reach.map((r) => r.to))]),
      ),
    );
  const byId = new Map(targets.map((node) => [node.id, node]));
  for (const { from, to, relation } of reach) {
    const node = byId.get(to);
    if (!node) continue;
    const entry = {
      nodeId: node.id,
      frameworkVersionId: node.versionId,
      code: node.code,
      title: node.title,
      relation,
    };
    const list = out.get(from);
    if (list) list.push(entry);
    else out.set(from, [entry]);
  }
  return out;
}

/** The nodes whose evidence serves `nodeId` (the reverse of `reportedAgainst`). */
export async function nodesServing(tx: Tx, tenantId: string, nodeId: string): Promise<string[]> {
  const links = await tx
    .select()
    .from(crosswalks)
    .where(
      and(
        eq(crosswalks.tenantId, tenantId),
        or(
          eq(crosswalks.toNodeId, nodeId),
          and(eq(crosswalks.fromNodeId, nodeId), eq(crosswalks.relation, 'equivalent')),
        ),
      ),
    );
  return [...new Set(links.map((link) => (link.toNodeId === nodeId ? link.fromNodeId : link.toNodeId)))];
}
