/**
 * Rules of the unit tree that need no database: the handlers load the facts, these decide.
 */

/**
 * True when making `newParentId` the parent of `unitId` would close a loop: the unit would
 * sit under itself, directly or through one of its own descendants. `ancestorsOfNewParent` is
 * the chain above the new parent (parent, grandparent, ... root), as the database holds it now;
 * the new parent itself may be included or not.
 */
export function wouldCreateCycle(
  unitId: string,
  newParentId: string | null,
  ancestorsOfNewParent: readonly string[],
): boolean {
  if (newParentId === null) return false;
  if (newParentId === unitId) return true;
  return ancestorsOfNewParent.includes(unitId);
}
