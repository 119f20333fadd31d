/**
 * A framework version as a JSON document (the import and export format), and its checks, free
 * of the database. Nodes are a flat list in tree order: each names its parent by code, and a
 * parent comes before its children.
 */

import type { RollUpRule } from '@qms/db';
import { checkRollUpRule } from '../judgements/roll-up.js';

export const FRAMEWORK_FORMAT = 'qms-framework/1';

export interface FrameworkDocument {
  format: typeof FRAMEWORK_FORMAT;
  code: string;
  name: string;
  description?: string | null | undefined;
  nodeKinds: { key: string; label: string }[];
  /** Best first. */
  ratingScale: { key: string; label: string }[];
  evidenceCategories: { key: string; label: string }[];
  /** How parents' ratings follow from their children's; absent means `worst_of`. */
  rollUp?: RollUpRule | undefined;
  nodes: {
    code: string;
    parentCode?: string | null | undefined;
    kind: string;
    title: string;
    description?: string | null | undefined;
    measureIds?: string[] | undefined;
  }[];
}

export interface DocumentProblem {
  pointer: string;
  detail: string;
}

function duplicates(keys: string[], pointer: (index: number) => string, what: string): DocumentProblem[] {
  const seen = new Set<string>();
  const problems: DocumentProblem[] = [];
  keys.forEach((key, index) => {
    if (seen.has(key)) problems.push({ pointer: pointer(index), detail: `Duplicate ${what} "${key}"` });
    seen.add(key);
  });
  return problems;
}

/**
 * What is wrong with a document beyond its JSON shape: duplicate keys and codes, unknown kinds,
 * parents that are missing or come later, and a child whose kind is not below its parent's in
 * the declared order of node kinds. Empty when the document is sound.
 */
export function checkFrameworkDocument(document: FrameworkDocument): DocumentProblem[] {
  const problems: DocumentProblem[] = [
    ...duplicates(
      document.nodeKinds.map((kind) => kind.key),
      (index) => `/body/nodeKinds/${index}/key`,
      'node kind',
    ),
    ...duplicates(
      document.ratingScale.map((level) => level.key),
      (index) => `/body/ratingScale/${index}/key`,
      'rating level',
    ),
    ...duplicates(
      document.evidenceCategories.map((category) => category.key),
      (index) => `/body/evidenceCategories/${index}/key`,
      'evidence category',
    ),
  ];
  if (document.rollUp) {
    problems.push(
      ...checkRollUpRule(document.rollUp, document.ratingScale).map((problem) => ({
        pointer: `/body/rollUp${problem.pointer}`,
        detail: problem.detail,
      })),
    );
  }
  const depthOfKind = new Map(document.nodeKinds.map((kind, index) => [kind.key, index]));
  const kindOfNode = new Map<string, string>();
  document.nodes.forEach((node, index) => {
    const at = `/body/nodes/${index}`;
    if (kindOfNode.has(node.code))
      problems.push({ pointer: `${at}/code`, detail: `Duplicate node code "${node.code}"` });
    const depth = depthOfKind.get(node.kind);
    if (depth === undefined) {
      problems.push({ pointer: `${at}/kind`, detail: `Unknown node kind "${node.kind}"` });
    } else if (node.parentCode) {
      const parentKind = kindOfNode.get(node.parentCode);
      if (parentKind === undefined) {
        problems.push({
          pointer: `${at}/parentCode`,
          detail: `No earlier node has the code "${node.parentCode}" (parents come before their children)`,
        });
      } else if ((depthOfKind.get(parentKind) ?? Number.POSITIVE_INFINITY) >= depth) {
        problems.push({
          pointer: `${at}/kind`,
          detail: `A ${node.kind} cannot sit under a ${parentKind}: node kinds are declared top down`,
        });
      }
    } else if (depth !== 0) {
      problems.push({
        pointer: `${at}/parentCode`,
        detail: `Only a ${document.nodeKinds[0]?.key} can be at the top of the tree`,
      });
    }
    problems.push(...duplicates(node.measureIds ?? [], (item) => `${at}/measureIds/${item}`, 'measure'));
    if (!kindOfNode.has(node.code)) kindOfNode.set(node.code, node.kind);
  });
  return problems;
}
