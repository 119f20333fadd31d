/**
 * The golden thread is a directed graph of `contributes_to` links between measures (a ward
 * measure feeds a trust measure feeds a national outcome). It must stay acyclic, or "what does
 * this contribute to" never ends. Pure: the handler loads the links, this decides.
 */

export interface ThreadEdge {
  fromMeasureId: string;
  toMeasureId: string;
}

/**
 * The loop a new `from → to` link would close, as the measure ids along it (from, to, ..., from),
 * or null when there is none. `edges` are the existing `contributes_to` links reachable from
 * `to` (more are harmless). Measure ids are unique across organisations, so they name the nodes.
 */
export function cycleThrough(
  fromMeasureId: string,
  toMeasureId: string,
  edges: readonly ThreadEdge[],
): string[] | null {
  if (fromMeasureId === toMeasureId) return [fromMeasureId, toMeasureId];
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    const targets = next.get(edge.fromMeasureId);
    if (targets) targets.push(edge.toMeasureId);
    else next.set(edge.fromMeasureId, [edge.toMeasureId]);
  }
  // Breadth first from `to`, remembering how each measure was reached, so the loop is shortest.
  const cameFrom = new Map<string, string>();
  const queue = [toMeasureId];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const target of next.get(current) ?? []) {
      if (seen.has(target)) continue;
      seen.add(target);
      cameFrom.set(target, current);
      if (target === fromMeasureId) {
        const path = [target];
        let step: string | undefined = current;
        while (step !== undefined) {
          path.unshift(step);
          step = step === toMeasureId ? undefined : cameFrom.get(step);
        }
        return [fromMeasureId, ...path];
      }
      queue.push(target);
    }
  }
  return null;
}
