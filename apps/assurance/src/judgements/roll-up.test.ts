import type { RatingLevel } from '@qms/db';
import { describe, expect, it } from 'vitest';
import { checkRollUpRule, combineLevels, rollUp } from './roll-up.js';

const scale: RatingLevel[] = [
  { key: 'outstanding', label: 'Outstanding', rank: 1 },
  { key: 'good', label: 'Good', rank: 2 },
  { key: 'requires_improvement', label: 'Requires improvement', rank: 3 },
  { key: 'inadequate', label: 'Inadequate', rank: 4 },
];
const mean = {
  method: 'mean_of_ranks' as const,
  thresholds: [
    { upTo: 1.5, level: 'outstanding' },
    { upTo: 2.5, level: 'good' },
    { upTo: 3.25, level: 'requires_improvement' },
  ],
};

// Two key questions (Q1 with three statements, Q2 with one) under one overall node.
const nodes = [
  { id: 'all', parentId: null },
  { id: 'q1', parentId: 'all' },
  { id: 'q1.a', parentId: 'q1' },
  { id: 'q1.b', parentId: 'q1' },
  { id: 'q1.c', parentId: 'q1' },
  { id: 'q2', parentId: 'all' },
  { id: 'q2.a', parentId: 'q2' },
];

describe('combineLevels', () => {
  it('takes the worst child under worst_of', () => {
    expect(combineLevels(['good', 'inadequate', 'outstanding'], scale, { method: 'worst_of' })).toBe(
      'inadequate',
    );
    expect(combineLevels(['good'], scale, { method: 'worst_of' })).toBe('good');
  });
  it('maps the mean rank through the thresholds, inclusive, the worst level beyond them', () => {
    expect(combineLevels(['outstanding', 'good'], scale, mean)).toBe('outstanding'); // 1.5
    expect(combineLevels(['outstanding', 'good', 'good'], scale, mean)).toBe('good'); // 1.67
    expect(combineLevels(['good', 'requires_improvement'], scale, mean)).toBe('good'); // 2.5
    expect(
      combineLevels(['requires_improvement', 'requires_improvement', 'inadequate', 'good'], scale, mean),
    ).toBe('requires_improvement'); // 3.0
    expect(combineLevels(['inadequate', 'requires_improvement'], scale, mean)).toBe('inadequate'); // 3.5
  });
  it('gives nothing when no child is rated, and ignores levels off the scale', () => {
    expect(combineLevels([], scale, { method: 'worst_of' })).toBeNull();
    expect(combineLevels(['excellent'], scale, mean)).toBeNull();
    expect(combineLevels(['excellent', 'good'], scale, { method: 'worst_of' })).toBe('good');
  });
});

describe('rollUp', () => {
  it('computes parents from children, level by level, and leaves leaves alone', () => {
    const judged = new Map([
      ['q1.a', 'good'],
      ['q1.b', 'requires_improvement'],
      ['q1.c', 'good'],
      ['q2.a', 'outstanding'],
    ]);
    const worst = rollUp(nodes, scale, { method: 'worst_of' }, judged);
    expect(worst.get('q1')).toMatchObject({
      computed: 'requires_improvement',
      effective: 'requires_improvement',
    });
    expect(worst.get('q2')).toMatchObject({ computed: 'outstanding', overridden: false });
    expect(worst.get('all')).toMatchObject({ computed: 'requires_improvement', hasChildren: true });
    expect(worst.get('q1.a')).toEqual({
      nodeId: 'q1.a',
      hasChildren: false,
      computed: null,
      judged: 'good',
      effective: 'good',
      overridden: false,
    });
    const averaged = rollUp(nodes, scale, mean, judged);
    expect(averaged.get('q1')?.computed).toBe('good'); // (2 + 3 + 2) / 3 = 2.33
    expect(averaged.get('all')?.computed).toBe('outstanding'); // (2 + 1) / 2 = 1.5
  });

  it('keeps the computed value beside an override, and the override feeds the parent', () => {
    const judged = new Map<string, string | null>([
      ['q1.a', 'good'],
      ['q1', 'inadequate'],
      ['q2.a', 'good'],
    ]);
    const rolled = rollUp(nodes, scale, { method: 'worst_of' }, judged);
    expect(rolled.get('q1')).toMatchObject({
      computed: 'good',
      judged: 'inadequate',
      effective: 'inadequate',
      overridden: true,
    });
    expect(rolled.get('all')?.computed).toBe('inadequate');
  });

  it('leaves unrated parts of the tree unrated, whatever the order of the nodes', () => {
    const rolled = rollUp([...nodes].reverse(), scale, { method: 'worst_of' }, new Map([['q2.a', 'good']]));
    expect(rolled.get('q1')?.effective).toBeNull();
    expect(rolled.get('q2')?.effective).toBe('good');
    expect(rolled.get('all')?.effective).toBe('good');
    expect(rolled.size).toBe(nodes.length);
  });
});

describe('checkRollUpRule', () => {
  it('accepts worst_of and sound thresholds, refuses unknown levels and thresholds going down', () => {
    expect(checkRollUpRule({ method: 'worst_of' }, scale)).toEqual([]);
    expect(checkRollUpRule(mean, scale)).toEqual([]);
    const problems = checkRollUpRule(
      {
        method: 'mean_of_ranks',
        thresholds: [
          { upTo: 2, level: 'good' },
          { upTo: 1.5, level: 'excellent' },
        ],
      },
      scale,
    );
    expect(problems.map((problem) => problem.pointer)).toEqual(['/thresholds/1/level', '/thresholds/1/upTo']);
    expect(checkRollUpRule({ method: 'mean_of_ranks', thresholds: [] }, scale)).toHaveLength(1);
  });
});
