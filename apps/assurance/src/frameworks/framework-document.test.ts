import { describe, expect, it } from 'vitest';
import { checkFrameworkDocument, FRAMEWORK_FORMAT, type FrameworkDocument } from './framework-document.js';

const sound: FrameworkDocument = {
  format: FRAMEWORK_FORMAT,
  code: 'demo',
  name: 'Demo',
  nodeKinds: [
    { key: 'area', label: 'Area' },
    { key: 'domain', label: 'Domain' },
    { key: 'indicator', label: 'Indicator' },
  ],
  ratingScale: [
    { key: 'good', label: 'Good' },
    { key: 'poor', label: 'Poor' },
  ],
  evidenceCategories: [{ key: 'observation', label: 'Observation' }],
  nodes: [
    { code: 'A', kind: 'area', title: 'Area A' },
    { code: 'A.1', parentCode: 'A', kind: 'domain', title: 'Domain' },
    { code: 'A.1.1', parentCode: 'A.1', kind: 'indicator', title: 'Indicator' },
    // Skipping a level is allowed: kinds only need to go down.
    { code: 'A.2', parentCode: 'A', kind: 'indicator', title: 'Direct indicator' },
  ],
};

describe('checkFrameworkDocument', () => {
  it('accepts a sound tree', () => {
    expect(checkFrameworkDocument(sound)).toEqual([]);
  });

  it('checks a declared roll-up rule against the rating scale', () => {
    expect(
      checkFrameworkDocument({
        ...sound,
        rollUp: { method: 'mean_of_ranks', thresholds: [{ upTo: 1.5, level: 'good' }] },
      }),
    ).toEqual([]);
    expect(
      checkFrameworkDocument({
        ...sound,
        rollUp: { method: 'mean_of_ranks', thresholds: [{ upTo: 1.5, level: 'fine' }] },
      }),
    ).toEqual([
      { pointer: '/body/rollUp/thresholds/0/level', detail: '"fine" is not a level of the rating scale' },
    ]);
  });

  it('reports duplicate keys and codes', () => {
    const problems = checkFrameworkDocument({
      ...sound,
      ratingScale: [...sound.ratingScale, { key: 'good', label: 'Again' }],
      nodes: [...sound.nodes, { code: 'A', kind: 'area', title: 'Again' }],
    });
    expect(problems).toEqual([
      { pointer: '/body/ratingScale/2/key', detail: 'Duplicate rating level "good"' },
      { pointer: '/body/nodes/4/code', detail: 'Duplicate node code "A"' },
    ]);
  });

  it('reports unknown kinds, missing or later parents, and kinds out of order', () => {
    const problems = checkFrameworkDocument({
      ...sound,
      nodes: [
        { code: 'X', kind: 'chapter', title: 'Unknown kind' },
        { code: 'Y', parentCode: 'Z', kind: 'domain', title: 'Parent later' },
        { code: 'Z', kind: 'area', title: 'Area' },
        { code: 'W', parentCode: 'Z', kind: 'area', title: 'Area under area' },
        { code: 'V', kind: 'domain', title: 'Domain at the top' },
      ],
    });
    expect(problems.map((problem) => problem.pointer)).toEqual([
      '/body/nodes/0/kind',
      '/body/nodes/1/parentCode',
      '/body/nodes/3/kind',
      '/body/nodes/4/parentCode',
    ]);
  });
});
