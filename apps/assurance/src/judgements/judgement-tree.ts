import { judgements, type RatingLevel, type RollUpRule, type Tx } from '@qms/db';
import { and, eq } from 'drizzle-orm';
import { type InspectionRow, pinnedNodes, pinnedVersion } from '../inspections/inspection-access.js';
import { rollUp } from './roll-up.js';

export type JudgementRow = typeof judgements.$inferSelect;

/** One node's judgement as the API and the report show it: the roll-up beside what was judged. */
export interface NodeJudgement {
  nodeId: string;
  parentId: string | null;
  code: string;
  kind: string;
  title: string;
  hasChildren: boolean;
  /** The rating that stands: the judged level, else the computed one. */
  rating: string | null;
  computedRating: string | null;
  judgedRating: string | null;
  overridden: boolean;
  overrideReason: string | null;
  rationale: string | null;
  evidenceIds: string[];
  /** 0 while the node has never been judged (send If-Match "0" to judge it first). */
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface JudgementTree {
  frameworkVersionId: string;
  ratingScale: RatingLevel[];
  rollUp: RollUpRule;
  items: NodeJudgement[];
}

/**
 * Every node of the pinned version with its judgement (RLS decides which judgements the caller
 * sees) and the roll-up computed now from the judged levels.
 */
export async function judgementTree(tx: Tx, inspection: InspectionRow): Promise<JudgementTree> {
  const version = await pinnedVersion(tx, inspection);
  const nodes = await pinnedNodes(tx, inspection);
  const rows = await tx
    .select()
    .from(judgements)
    .where(and(eq(judgements.tenantId, inspection.tenantId), eq(judgements.inspectionId, inspection.id)));
  return {
    frameworkVersionId: version.id,
    ratingScale: version.ratingScale,
    rollUp: version.rollUp,
    items: composeTree(nodes, rows, version.ratingScale, version.rollUp),
  };
}

/** Pure: nodes in tree order, judgement rows, the scale and the rule → the judged tree. */
export function composeTree(
  nodes: { id: string; parentId: string | null; code: string; kind: string; title: string }[],
  rows: JudgementRow[],
  scale: RatingLevel[],
  rule: RollUpRule,
): NodeJudgement[] {
  const byNode = new Map(rows.map((row) => [row.nodeId, row]));
  const rolled = rollUp(nodes, scale, rule, new Map(rows.map((row) => [row.nodeId, row.rating])));
  return nodes.map((node) => {
    const row = byNode.get(node.id);
    const rating = rolled.get(node.id);
    return {
      nodeId: node.id,
      parentId: node.parentId,
      code: node.code,
      kind: node.kind,
      title: node.title,
      hasChildren: rating?.hasChildren ?? false,
      rating: rating?.effective ?? null,
      computedRating: rating?.computed ?? null,
      judgedRating: rating?.judged ?? null,
      overridden: rating?.overridden ?? false,
      overrideReason: row?.overrideReason ?? null,
      rationale: row?.rationale ?? null,
      evidenceIds: row?.evidenceIds ?? [],
      version: row?.version ?? 0,
      updatedBy: row?.updatedBy ?? null,
      updatedAt: row ? row.updatedAt.toISOString() : null,
    };
  });
}
