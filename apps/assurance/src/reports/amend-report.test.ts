import { describe, expect, it } from 'vitest';
import type { NodeJudgement } from '../judgements/judgement-tree.js';
import { amendReport, type ReportSnapshot } from './amend-report.js';

const judgement = (
  nodeId: string,
  parentId: string | null,
  extra: Partial<NodeJudgement>,
): NodeJudgement => ({
  nodeId,
  parentId,
  code: nodeId.toUpperCase(),
  kind: parentId ? 'statement' : 'question',
  title: nodeId,
  hasChildren: parentId === null,
  rating: null,
  computedRating: null,
  judgedRating: null,
  overridden: false,
  overrideReason: null,
  rationale: null,
  evidenceIds: [],
  version: 1,
  updatedBy: 'inspector',
  updatedAt: '2026-03-01T00:00:00.000Z',
  ...extra,
});

const previous = {
  inspection: { id: 'i' },
  frameworkVersion: {
    id: 'v',
    ratingScale: [
      { key: 'good', label: 'Good', rank: 1 },
      { key: 'poor', label: 'Poor', rank: 2 },
    ],
    rollUp: { method: 'worst_of' },
  },
  judgements: [
    judgement('q', null, { rating: 'poor', computedRating: 'poor' }),
    judgement('a', 'q', { rating: 'good', judgedRating: 'good' }),
    judgement('b', 'q', { rating: 'poor', judgedRating: 'poor' }),
  ],
  findings: [
    {
      id: 'f',
      inspectionId: 'i',
      type: 'concern',
      severity: 'high',
      statement: 'Before',
      nodeIds: [],
      measureIds: [],
      dueOn: null,
      createdAt: '2026-03-01T00:00:00.000Z',
      updatedAt: '2026-03-01T00:00:00.000Z',
    },
  ],
  evidence: [],
} as unknown as ReportSnapshot;

describe('amendReport', () => {
  it('changes ratings and findings, rolls up again, and leaves the previous snapshot alone', () => {
    const result = amendReport(
      previous,
      {
        ratings: [{ nodeId: 'b', rating: 'good' }],
        findings: [{ id: 'f', statement: 'After', severity: 'low' }],
      },
      '2026-04-01T00:00:00.000Z',
    );
    if (!('snapshot' in result)) throw new Error('refused');
    expect(result.snapshot.judgements.map((item) => [item.nodeId, item.rating])).toEqual([
      ['q', 'good'],
      ['a', 'good'],
      ['b', 'good'],
    ]);
    expect(result.snapshot.findings[0]).toMatchObject({ statement: 'After', severity: 'low' });
    expect(previous.judgements[2]?.rating).toBe('poor');
    expect(previous.findings[0]?.statement).toBe('Before');
  });

  it('keeps the computed rating beside an override, which needs a reason', () => {
    const refused = amendReport(previous, { ratings: [{ nodeId: 'q', rating: 'good' }] }, 'now');
    expect(refused).toEqual({
      problems: [expect.objectContaining({ pointer: '/body/ratings/0/overrideReason' })],
    });
    const result = amendReport(
      previous,
      { ratings: [{ nodeId: 'q', rating: 'good', overrideReason: 'Context' }] },
      'now',
    );
    if (!('snapshot' in result)) throw new Error('refused');
    expect(result.snapshot.judgements[0]).toMatchObject({
      rating: 'good',
      computedRating: 'poor',
      overridden: true,
      overrideReason: 'Context',
    });
  });

  it('refuses unknown nodes, levels and findings, and due dates on anything but a requirement', () => {
    const result = amendReport(
      previous,
      {
        ratings: [
          { nodeId: 'x', rating: 'good' },
          { nodeId: 'a', rating: 'excellent' },
          { nodeId: 'a', rating: 'good', overrideReason: 'Leaf' },
        ],
        findings: [
          { id: 'nope', statement: 'x' },
          { id: 'f', dueOn: '2026-12-31' },
        ],
      },
      'now',
    );
    expect('problems' in result ? result.problems.map((problem) => problem.pointer) : []).toEqual([
      '/body/ratings/0/nodeId',
      '/body/ratings/1/rating',
      '/body/ratings/2/overrideReason',
      '/body/findings/0/id',
      '/body/findings/1/dueOn',
    ]);
  });
});
