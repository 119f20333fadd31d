import { readFileSync } from 'node:fs';
import { analyseSpc, type SpcResult } from '@qms/statistics';
import { describe, expect, it } from 'vitest';
import type { RulePoint } from '../action-plans/verification-rule.js';
import {
  alignOrganisation,
  type ControlInput,
  combineSummaries,
  controlUse,
  type JudgementInput,
  judgementBand,
  type MeasureInfo,
  samePeriodFrom,
} from './alignment.js';

const csv = readFileSync(
  new URL('../../../../data/ae-attendances/ae_attendances.csv', import.meta.url),
  'utf8',
);
function fourHourSpc(ods: string): SpcResult {
  const points = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.replaceAll('"', '').split(','))
    .filter((cells) => cells[1] === ods && cells[2] === '1')
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''))
    .map((cells) => ({
      period: cells[0] ?? '',
      numerator: Number(cells[3]) - Number(cells[4]),
      denominator: Number(cells[3]),
    }));
  return analyseSpc(points, {
    ruleFamily: 'mdc',
    chart: 'xmr',
    improvementDirection: 'increase',
    target: 0.95,
  });
}
const rulePoints = (result: SpcResult): RulePoint[] =>
  result.points.map((p) => ({ ...p, target: result.options.target }));

const fourHour: MeasureInfo = {
  measureId: 'm-4hr',
  ownerOrganisationId: 'national',
  code: 'AE-4HR',
  title: 'A&E four-hour performance',
  periodicity: 'month',
  improvementDirection: 'increase',
};
const attendances: MeasureInfo = {
  ...fourHour,
  measureId: 'm-att',
  code: 'AE-ATT',
  improvementDirection: 'neutral',
};
const asOf = new Date('2019-04-20T00:00:00Z');
const controlOf = (result: SpcResult, submitted = new Date('2019-04-10T00:00:00Z')): ControlInput => ({
  lastSubmittedAt: submitted,
  points: rulePoints(result),
  variationIcon: result.variationIcon,
  assuranceIcon: result.assuranceIcon,
  problem: null,
});
const judgement = (rating: string, rank: number, measureIds = ['m-4hr']): JudgementInput => ({
  inspectionId: 'i-1',
  inspectionTitle: 'Urgent care',
  startsOn: '2019-02-04',
  endsOn: '2019-02-08',
  nodeId: `n-${rating}`,
  nodeCode: 'RESP.1',
  nodeTitle: 'People are seen promptly',
  rating,
  ratingLabel: rating,
  rank,
  scaleSize: 4,
  boundMeasureIds: measureIds,
});

describe('judgementBand', () => {
  it('splits a scale into top half, bottom half and the middle level of an odd scale, by rank', () => {
    expect([1, 2, 3, 4].map((rank) => judgementBand(rank, 4))).toEqual([
      'good_or_better',
      'good_or_better',
      'poor',
      'poor',
    ]);
    expect([1, 2, 3, 4, 5, 6].map((rank) => judgementBand(rank, 6))).toEqual([
      'good_or_better',
      'good_or_better',
      'good_or_better',
      'poor',
      'poor',
      'poor',
    ]);
    expect([1, 2, 3, 4, 5].map((rank) => judgementBand(rank, 5))).toEqual([
      'good_or_better',
      'good_or_better',
      'middle',
      'poor',
      'poor',
    ]);
  });
});

describe('controlUse', () => {
  const barts = fourHourSpc('R1H');
  it('needs data submitted within three reporting periods and SPC with limits and an icon', () => {
    expect(controlUse(fourHour, controlOf(barts), asOf)).toMatchObject({ used: true, spcAvailable: true });
    const stale = controlUse(fourHour, controlOf(barts, new Date('2019-01-17T00:00:00Z')), asOf);
    expect(stale).toMatchObject({ used: false, spcAvailable: true });
    expect(stale.reason).toContain('92 days');
    const weekly = controlUse(
      { ...fourHour, periodicity: 'week' },
      controlOf(barts, new Date('2019-03-29T00:00:00Z')),
      asOf,
    );
    expect(weekly.used).toBe(false);
    const short = analyseSpc(
      barts.points.slice(0, 10).map((p) => ({ period: p.period, value: p.value })),
      {
        ruleFamily: 'mdc',
        chart: 'xmr',
      },
    );
    expect(controlUse(fourHour, controlOf(short), asOf)).toMatchObject({ used: false, spcAvailable: false });
    expect(
      controlUse(
        fourHour,
        { lastSubmittedAt: null, points: [], variationIcon: null, assuranceIcon: null, problem: null },
        asOf,
      ).reason,
    ).toBe('No data submitted');
  });
});

describe('alignOrganisation on real A&E data', () => {
  it('finds a good judgement while the bound measure shows special-cause concern in the same period (Barts)', () => {
    const spc = fourHourSpc('R1H');
    const result = alignOrganisation({
      organisationId: 'barts',
      asOf,
      measures: [fourHour, attendances],
      control: new Map([['m-4hr', controlOf(spc)]]),
      assurance: new Map([
        [
          'm-4hr',
          {
            nodes: [{ inspectionId: 'i-1', nodeId: 'n', code: 'RESP.1', title: 't' }],
            findingIds: [],
            evidenceIds: [],
          },
        ],
      ]),
      judgements: [judgement('good', 2), judgement('requires_improvement', 3)],
      assuranceVisible: true,
    });
    const from = samePeriodFrom('2019-02-04', 'month');
    expect(from).toBe('2018-11-04');
    // Every concern point the engine found in the window, and nothing outside it.
    const concernPeriods = spc.points
      .filter((p) => p.period >= from && p.period <= '2019-02-08' && p.classification === 'concern')
      .map((p) => p.period);
    expect(concernPeriods.length).toBeGreaterThan(0);
    expect(result.divergences).toHaveLength(1);
    const divergence = result.divergences[0];
    expect(divergence).toMatchObject({
      kind: 'judged_good_control_concern',
      node: { code: 'RESP.1' },
      judgement: { rating: 'good', band: 'good_or_better' },
      measure: { code: 'AE-4HR' },
      period: { from, to: '2019-02-08' },
    });
    const concern = divergence?.signals.filter((s) => s.kind === 'special_cause_concern') ?? [];
    expect(concern.map((s) => s.period)).toEqual(concernPeriods);
    for (const signal of concern) {
      const point = spc.points.find((p) => p.period === signal.period);
      expect(signal.rules).toEqual(point?.specialCauses.filter((rule) => rule !== 'fewCrossings'));
    }
    // The 95% standard sits above the upper limit: consistently failing, read at the window's last point.
    const last = spc.points.filter((p) => p.period <= '2019-02-08').at(-1);
    expect((last?.upperProcessLimit ?? 1) < 0.95).toBe(true);
    expect(divergence?.signals.at(-1)).toMatchObject({ kind: 'consistently_failing', period: last?.period });
    // Requires improvement agrees with the concern: no divergence from it.
    expect(result.summary).toMatchObject({
      measures: 2,
      controlMeasures: 1,
      assuranceMeasures: 1,
      controlMeasuresUsedByAssurance: 1,
      shareOfControlMeasuresUsedByAssurance: 1,
      judgements: 2,
      judgementsBackedByControl: 2,
      shareOfJudgementsBackedByControl: 1,
      divergences: { judged_good_control_concern: 1, judged_poor_control_improving: 0, total: 1 },
    });
    expect(result.measures.map((m) => [m.measure.code, m.alignment])).toEqual([
      ['AE-4HR', 'aligned'],
      ['AE-ATT', 'unused'],
    ]);
  });

  it('finds a poor judgement while the measure shows special-cause improvement (RJE, a run above the mean)', () => {
    const spc = fourHourSpc('RJE');
    const result = alignOrganisation({
      organisationId: 'rje',
      asOf,
      measures: [fourHour],
      control: new Map([['m-4hr', controlOf(spc)]]),
      assurance: new Map(),
      judgements: [{ ...judgement('inadequate', 4), startsOn: '2019-03-04', endsOn: '2019-03-08' }],
      assuranceVisible: true,
    });
    const improving = spc.points.filter(
      (p) => p.period >= '2018-12-02' && p.period <= '2019-03-08' && p.classification === 'improvement',
    );
    expect(improving.length).toBeGreaterThan(0);
    expect(result.divergences.map((d) => [d.kind, d.judgement.band])).toEqual([
      ['judged_poor_control_improving', 'poor'],
    ]);
    expect(
      result.divergences[0]?.signals
        .filter((s) => s.kind === 'special_cause_improvement')
        .map((s) => s.period),
    ).toEqual(improving.map((p) => p.period));
    // Used in control, but not bound to any node: a control-only measure.
    expect(result.measures[0]?.alignment).toBe('control_only');
    expect(result.summary.shareOfControlMeasuresUsedByAssurance).toBe(0);
  });

  it('reports what it cannot assess rather than guessing', () => {
    const spc = fourHourSpc('R1H');
    const result = alignOrganisation({
      organisationId: 'barts',
      asOf,
      measures: [fourHour, attendances],
      control: new Map([['m-4hr', controlOf(spc)]]),
      assurance: new Map(),
      judgements: [
        { ...judgement('good', 2), startsOn: '2026-02-02', endsOn: '2026-02-06' },
        judgement('outstanding', 1, ['m-att']),
      ],
      assuranceVisible: true,
    });
    expect(result.divergences).toEqual([]);
    expect(result.notAssessable.map((n) => n.reason)).toEqual([
      'No assessed SPC point between 2025-11-02 and 2026-02-06',
      'The measure has no improvement direction',
    ]);
    expect(result.summary.judgementsBackedByControl).toBe(1);
  });

  it('adds organisations up for a programme', () => {
    const one = alignOrganisation({
      organisationId: 'a',
      asOf,
      measures: [fourHour],
      control: new Map([['m-4hr', controlOf(fourHourSpc('R1H'))]]),
      assurance: new Map(),
      judgements: [judgement('good', 2)],
      assuranceVisible: true,
    });
    const two = alignOrganisation({
      organisationId: 'b',
      asOf,
      measures: [fourHour],
      control: new Map(),
      assurance: new Map(),
      judgements: [],
      assuranceVisible: false,
    });
    expect(combineSummaries([one.summary, two.summary])).toMatchObject({
      measures: 2,
      controlMeasures: 1,
      judgements: 1,
      judgementsBackedByControl: 1,
      shareOfJudgementsBackedByControl: 1,
      divergences: { total: 1 },
    });
  });
});
