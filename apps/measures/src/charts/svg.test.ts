import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  MDC_COLOURS,
  renderBoardSummaryChart,
  renderSpcChart,
  type SpcChartPoint,
} from './svg.js';

const point = (k: number, overrides: Partial<SpcChartPoint> = {}): SpcChartPoint => ({
  period: `2018-${String(k + 1).padStart(2, '0')}-01`,
  value: 80 + (k % 3),
  phase: k < 6 ? 1 : 2,
  centre: k < 6 ? 81 : 82,
  lowerProcessLimit: 75,
  upperProcessLimit: 87,
  target: 95,
  classification: 'commonCause',
  ...overrides,
});

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

describe('escapeXml', () => {
  it('escapes markup characters and drops forbidden control characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0001`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });
});

describe('renderSpcChart', () => {
  const points = Array.from({ length: 12 }, (_, k) => point(k));
  points[3] = point(3, { value: null });
  points[10] = point(10, { value: 90, classification: 'improvement' });
  points[11] = point(11, { value: 70, classification: 'concern' });
  points[8] = point(8, { value: 88, classification: 'neutralHigh' });
  const svg = renderSpcChart({
    title: 'A&E <type 1> "4 hours"',
    subtitle: 'mdc xmr',
    points,
    annotations: [{ period: '2018-07-01', category: 'system_change', text: 'New <triage> & streaming' }],
  });

  it('draws one circle per point with a value', () => {
    expect(count(svg, /<circle/g)).toBe(11);
  });

  it('colours special causes as Making Data Count does', () => {
    expect(svg).toContain(`fill="${MDC_COLOURS.improvement}"`);
    expect(svg).toContain(`fill="${MDC_COLOURS.concern}"`);
    expect(svg).toContain(`fill="${MDC_COLOURS.neutral}"`);
    expect(count(svg, new RegExp(`<circle[^>]*fill="${MDC_COLOURS.commonCause}"`, 'g'))).toBe(8);
  });

  it('breaks centre and limit lines between phases, target line red dashed', () => {
    expect(count(svg, /class="centre"/g)).toBe(2);
    expect(count(svg, /class="limit upper"/g)).toBe(2);
    expect(svg).toMatch(new RegExp(`class="target"[^>]*stroke="${MDC_COLOURS.target}"[^>]*stroke-dasharray`));
  });

  it('escapes every text and marks annotations with a title', () => {
    expect(svg).not.toContain('<type 1>');
    expect(svg).toContain('A&amp;E &lt;type 1&gt; &quot;4 hours&quot;');
    expect(svg).toContain(
      '<g class="annotation system_change"><title>2018-07-01 (system change): New &lt;triage&gt; &amp; streaming</title>',
    );
    // Balanced: every opened element closes (a cheap well-formedness check without a parser).
    const opened = count(svg, /<(?!\/)[a-z]+[^>]*[^/]>/g);
    const closed = count(svg, /<\/[a-z]+>/g);
    expect(opened).toBe(closed);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('draws an empty series without failing', () => {
    const empty = renderSpcChart({ title: 'Nothing yet', points: [] });
    expect(count(empty, /<circle/g)).toBe(0);
    expect(empty.endsWith('</svg>')).toBe(true);
  });
});

describe('renderBoardSummaryChart', () => {
  it('draws one sparkline per row with its points', () => {
    const rows = [3, 5].map((n, i) => ({
      title: `Measure ${i} & more`,
      latestPeriod: '2019-03-01',
      latestValue: 1.5,
      target: null,
      variationIcon: 'commonCause',
      assuranceIcon: null,
      points: Array.from({ length: n }, (_, k) => ({
        period: `2019-0${k + 1}-01`,
        value: k,
        classification: 'commonCause' as const,
      })),
    }));
    const svg = renderBoardSummaryChart({ title: 'Board <IPR>', rows });
    expect(count(svg, /<g class="row">/g)).toBe(2);
    expect(count(svg, /<circle/g)).toBe(8);
    expect(svg).toContain('Board &lt;IPR&gt;');
    expect(svg).toContain('Measure 0 &amp; more');
  });
});
