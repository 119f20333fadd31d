import type { RatingLevel, RollUpRule } from '@qms/db';

/**
 * The roll-up of ratings through a framework's tree, free of the database. A leaf's rating is
 * the inspectors' judgement; a parent's is computed from its children's (effective) ratings by
 * the rule the framework version declares, unless the inspectors override it — the computed
 * value is then kept beside the override.
 */

export const DEFAULT_ROLL_UP: RollUpRule = { method: 'worst_of' };

export interface RollUpNode {
  id: string;
  parentId: string | null;
}

export interface RolledUpRating {
  nodeId: string;
  /** False for a leaf. */
  hasChildren: boolean;
  /** What the children's ratings give (null for a leaf, or when no child is rated yet). */
  computed: string | null;
  /** The inspectors' level: a leaf's rating, or a parent's override. */
  judged: string | null;
  /** The rating that stands: the judged level when there is one, else the computed one. */
  effective: string | null;
  overridden: boolean;
}

/** The level several child levels combine into under the rule; null when none is rated. */
export function combineLevels(
  levels: readonly string[],
  scale: readonly RatingLevel[],
  rule: RollUpRule,
): string | null {
  const rankOf = new Map(scale.map((level) => [level.key, level.rank]));
  const ranks = levels.map((key) => rankOf.get(key)).filter((rank): rank is number => rank !== undefined);
  if (ranks.length === 0) return null;
  const byRank = [...scale].sort((a, b) => a.rank - b.rank);
  if (rule.method === 'worst_of') {
    const worst = Math.max(...ranks);
    return byRank.find((level) => level.rank === worst)?.key ?? null;
  }
  const mean = ranks.reduce((sum, rank) => sum + rank, 0) / ranks.length;
  const threshold = [...rule.thresholds].sort((a, b) => a.upTo - b.upTo).find((t) => mean <= t.upTo + 1e-9);
  // Beyond the last threshold: the worst level of the scale.
  return threshold?.level ?? byRank[byRank.length - 1]?.key ?? null;
}

/**
 * Rolls the judged levels up the tree. `nodes` may come in any order; every node gets an entry.
 * A judged level not on the scale is ignored (the API refuses such levels before they are stored).
 */
export function rollUp(
  nodes: readonly RollUpNode[],
  scale: readonly RatingLevel[],
  rule: RollUpRule,
  judged: ReadonlyMap<string, string | null>,
): Map<string, RolledUpRating> {
  const onScale = new Set(scale.map((level) => level.key));
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parentId === null) continue;
    const list = children.get(node.parentId);
    if (list) list.push(node.id);
    else children.set(node.parentId, [node.id]);
  }
  const out = new Map<string, RolledUpRating>();
  const visit = (id: string): RolledUpRating => {
    const done = out.get(id);
    if (done) return done;
    const kids = children.get(id) ?? [];
    const level = judged.get(id) ?? null;
    const own = level !== null && onScale.has(level) ? level : null;
    const computed = kids.length
      ? combineLevels(
          kids.map((kid) => visit(kid).effective).filter((value): value is string => value !== null),
          scale,
          rule,
        )
      : null;
    const rating: RolledUpRating = {
      nodeId: id,
      hasChildren: kids.length > 0,
      computed,
      judged: own,
      effective: own ?? computed,
      overridden: kids.length > 0 && own !== null,
    };
    out.set(id, rating);
    return rating;
  };
  for (const node of nodes) visit(node.id);
  return out;
}

/** What is wrong with a roll-up rule for a rating scale (pointers relative to the rule). */
export function checkRollUpRule(
  rule: RollUpRule,
  scale: readonly { key: string }[],
): { pointer: string; detail: string }[] {
  if (rule.method === 'worst_of') return [];
  const keys = new Set(scale.map((level) => level.key));
  const problems: { pointer: string; detail: string }[] = [];
  if (rule.thresholds.length === 0)
    problems.push({ pointer: '/thresholds', detail: 'Give at least one threshold' });
  rule.thresholds.forEach((threshold, index) => {
    if (!keys.has(threshold.level)) {
      problems.push({
        pointer: `/thresholds/${index}/level`,
        detail: `"${threshold.level}" is not a level of the rating scale`,
      });
    }
    const previous = rule.thresholds[index - 1];
    if (previous && previous.upTo >= threshold.upTo) {
      problems.push({
        pointer: `/thresholds/${index}/upTo`,
        detail: 'Thresholds go up: each upTo above the one before',
      });
    }
  });
  return problems;
}
