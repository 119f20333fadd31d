/**
 * How well a measure set aligns quality control, assurance and improvement: the point of the
 * platform is that inspectors, boards and improvement teams look at the same few measures.
 */
import type { measureUses } from '@qms/db';

export type MeasureUse = (typeof measureUses)[number];

export interface Alignment {
  /** Measures in the set. */
  measures: number;
  /** Measures marked with each use. */
  byUse: Record<MeasureUse, number>;
  /** Measures used for more than one purpose. */
  multiUse: number;
  /** `multiUse / measures`, rounded to 4 decimals; 0 for an empty set. */
  multiUseShare: number;
  /** Measures used for all three purposes. */
  allUses: number;
}

export function alignmentOf(items: readonly { uses: readonly string[] }[]): Alignment {
  const byUse: Record<MeasureUse, number> = { quality_control: 0, assurance: 0, improvement: 0 };
  let multiUse = 0;
  let allUses = 0;
  for (const item of items) {
    const uses = new Set(item.uses.filter((use): use is MeasureUse => use in byUse));
    for (const use of uses) byUse[use] += 1;
    if (uses.size > 1) multiUse += 1;
    if (uses.size === 3) allUses += 1;
  }
  const measures = items.length;
  return {
    measures,
    byUse,
    multiUse,
    multiUseShare: measures === 0 ? 0 : Math.round((multiUse / measures) * 10_000) / 10_000,
    allUses,
  };
}
