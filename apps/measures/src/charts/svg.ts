import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

/**
 * SPC charts as SVG markup in the Making Data Count style. Pure functions: data in, a string
 * out; every piece of text is escaped. Scales and paths come from d3-scale and d3-shape.
 */

/** Colours of the NHS Making Data Count charts and icons. */
export const MDC_COLOURS = {
  commonCause: '#7B7D7D',
  improvement: '#289DE0',
  concern: '#FAB428',
  neutral: '#361475',
  notAssessed: '#BFBFBF',
  line: '#A6A6A6',
  centre: '#595959',
  limit: '#7B7D7D',
  target: '#DE1B1B',
  annotation: '#005EB8',
  text: '#231F20',
} as const;

export type PointClassification =
  | 'commonCause'
  | 'improvement'
  | 'concern'
  | 'neutralHigh'
  | 'neutralLow'
  | 'notAssessed';

export function colourOf(classification: PointClassification): string {
  switch (classification) {
    case 'improvement':
      return MDC_COLOURS.improvement;
    case 'concern':
      return MDC_COLOURS.concern;
    case 'neutralHigh':
    case 'neutralLow':
      return MDC_COLOURS.neutral;
    case 'notAssessed':
      return MDC_COLOURS.notAssessed;
    default:
      return MDC_COLOURS.commonCause;
  }
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Control characters XML 1.0 forbids (all below U+0020 except tab, line feed and carriage return). */
const forbidden = (code: number) => code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;

/** Text and attribute values made safe for XML; control characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  let out = '';
  for (const char of text) {
    if (forbidden(char.charCodeAt(0))) continue;
    out += XML_ESCAPES[char] ?? char;
  }
  return out;
}

/** Short numbers for coordinates. */
const n = (value: number) => (Math.round(value * 100) / 100).toString();

/** A value for a label: up to 3 significant decimals, no trailing zeros. */
export function formatValue(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  const digits = abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 1 ? 2 : 3;
  return Number(value.toFixed(digits)).toString();
}

export interface SpcChartPoint {
  period: string;
  value: number | null;
  phase: number;
  centre: number | null;
  lowerProcessLimit: number | null;
  upperProcessLimit: number | null;
  target: number | null;
  classification: PointClassification;
}

export interface SpcChartAnnotation {
  period: string;
  category: string;
  text: string;
}

export interface SpcChartInput {
  title: string;
  subtitle?: string;
  points: readonly SpcChartPoint[];
  annotations?: readonly SpcChartAnnotation[];
  width?: number;
  height?: number;
}

type Accessor = (p: SpcChartPoint) => number | null;

/** Path data of one line per phase (a break between phases), skipping missing values. */
function phasePaths(
  points: readonly SpcChartPoint[],
  x: (k: number) => number,
  y: (v: number) => number,
  get: Accessor,
) {
  const paths: string[] = [];
  let start = 0;
  for (let k = 1; k <= points.length; k++) {
    if (k === points.length || points[k]?.phase !== points[start]?.phase) {
      const segment = points.slice(start, k).map((p, j) => ({ k: start + j, v: get(p) }));
      const d = line<{ k: number; v: number | null }>()
        .defined((d) => d.v !== null && Number.isFinite(d.v))
        .x((d) => x(d.k))
        .y((d) => y(d.v ?? 0))(segment);
      if (d) paths.push(d);
      start = k;
    }
  }
  return paths;
}

function extent(values: readonly (number | null)[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === Number.POSITIVE_INFINITY) return [0, 1];
  if (lo === hi) return [lo - 1, hi + 1];
  return [lo, hi];
}

/**
 * An SPC chart: data line with points coloured by classification (grey common cause, orange
 * concern, blue improvement, purple neutral special cause), grey centre line, dashed process
 * limits, red dashed target, a break in every line between phases, annotations as markers with a
 * title (shown as a tooltip).
 */
export function renderSpcChart(input: SpcChartInput): string {
  const width = input.width ?? 800;
  const height = input.height ?? 360;
  const margin = { top: 48, right: 24, bottom: 48, left: 64 };
  const points = input.points;
  const count = Math.max(points.length, 1);
  const [lo, hi] = extent(
    points.flatMap((p) => [p.value, p.centre, p.lowerProcessLimit, p.upperProcessLimit, p.target]),
  );
  const y = scaleLinear()
    .domain([lo, hi])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const x = scaleLinear()
    .domain([0, Math.max(count - 1, 1)])
    .range([margin.left, width - margin.right]);
  const xk = (k: number) => x(k);
  const yv = (v: number) => y(v);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="Arial, sans-serif">`,
  );
  parts.push(`<title>${escapeXml(input.title)}</title>`);
  parts.push(`<rect width="${width}" height="${height}" fill="#FFFFFF"/>`);
  parts.push(
    `<text x="${margin.left}" y="20" font-size="15" font-weight="bold" fill="${MDC_COLOURS.text}">${escapeXml(input.title)}</text>`,
  );
  if (input.subtitle) {
    parts.push(
      `<text x="${margin.left}" y="36" font-size="11" fill="${MDC_COLOURS.centre}">${escapeXml(input.subtitle)}</text>`,
    );
  }
  // Axes: y ticks with grid, x labels for a few periods.
  parts.push('<g class="axis y" font-size="10" fill="#595959">');
  for (const tick of y.ticks(6)) {
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${n(y(tick))}" y2="${n(y(tick))}" stroke="#EEEEEE"/>`,
      `<text x="${margin.left - 6}" y="${n(y(tick) + 3)}" text-anchor="end">${escapeXml(formatValue(tick))}</text>`,
    );
  }
  parts.push('</g>');
  const every = Math.max(1, Math.ceil(points.length / 12));
  parts.push('<g class="axis x" font-size="10" fill="#595959">');
  points.forEach((p, k) => {
    if (k % every !== 0 && k !== points.length - 1) return;
    parts.push(
      `<text x="${n(xk(k))}" y="${height - margin.bottom + 16}" text-anchor="middle">${escapeXml(p.period.slice(0, 7))}</text>`,
    );
  });
  parts.push('</g>');

  const lines: [string, Accessor, string][] = [
    ['centre', (p) => p.centre, `stroke="${MDC_COLOURS.centre}" stroke-width="1.5"`],
    ['limit upper', (p) => p.upperProcessLimit, `stroke="${MDC_COLOURS.limit}" stroke-dasharray="6 4"`],
    ['limit lower', (p) => p.lowerProcessLimit, `stroke="${MDC_COLOURS.limit}" stroke-dasharray="6 4"`],
    ['target', (p) => p.target, `stroke="${MDC_COLOURS.target}" stroke-width="1.5" stroke-dasharray="8 4"`],
  ];
  for (const [name, get, style] of lines) {
    for (const d of phasePaths(points, xk, yv, get)) {
      parts.push(`<path class="${name}" d="${d}" fill="none" ${style}/>`);
    }
  }
  const data = line<SpcChartPoint & { k: number }>()
    .defined((p) => p.value !== null && Number.isFinite(p.value))
    .x((p) => xk(p.k))
    .y((p) => yv(p.value ?? 0))(points.map((p, k) => ({ ...p, k })));
  if (data)
    parts.push(
      `<path class="data" d="${data}" fill="none" stroke="${MDC_COLOURS.line}" stroke-width="1.5"/>`,
    );

  // Annotations: a marker at the period, with the text as a tooltip and a short label.
  const at = new Map(points.map((p, k) => [p.period, k]));
  for (const note of input.annotations ?? []) {
    const k = at.get(note.period) ?? points.findIndex((p) => p.period >= note.period);
    if (k === undefined || k < 0) continue;
    const px = xk(k);
    const top = margin.top - 6;
    parts.push(
      `<g class="annotation ${escapeXml(note.category)}"><title>${escapeXml(`${note.period} (${note.category.replaceAll('_', ' ')}): ${note.text}`)}</title>` +
        `<line x1="${n(px)}" x2="${n(px)}" y1="${top}" y2="${height - margin.bottom}" stroke="${MDC_COLOURS.annotation}" stroke-dasharray="2 3"/>` +
        `<path d="M${n(px - 5)},${top - 8}L${n(px + 5)},${top - 8}L${n(px)},${top}Z" fill="${MDC_COLOURS.annotation}"/></g>`,
    );
  }

  parts.push('<g class="points">');
  points.forEach((p, k) => {
    if (p.value === null || !Number.isFinite(p.value)) return;
    parts.push(
      `<circle cx="${n(xk(k))}" cy="${n(yv(p.value))}" r="4" fill="${colourOf(p.classification)}" stroke="#FFFFFF" stroke-width="0.5"><title>${escapeXml(`${p.period}: ${formatValue(p.value)}`)}</title></circle>`,
    );
  });
  parts.push('</g>');
  parts.push('</svg>');
  return parts.join('');
}

export interface SparklineRow {
  title: string;
  latestPeriod: string | null;
  latestValue: number | null;
  target: number | null;
  variationIcon: string | null;
  assuranceIcon: string | null;
  points: readonly { period: string; value: number | null; classification: PointClassification }[];
}

/** The path and points of one sparkline inside a box (x0, y0, w, h). */
function sparkline(points: SparklineRow['points'], x0: number, y0: number, w: number, h: number): string {
  const [lo, hi] = extent(points.map((p) => p.value));
  const y = scaleLinear()
    .domain([lo, hi])
    .range([y0 + h, y0]);
  const x = scaleLinear()
    .domain([0, Math.max(points.length - 1, 1)])
    .range([x0, x0 + w]);
  const d = line<{ k: number; value: number | null }>()
    .defined((p) => p.value !== null && Number.isFinite(p.value))
    .x((p) => x(p.k))
    .y((p) => y(p.value ?? 0))(points.map((p, k) => ({ k, value: p.value })));
  const parts = [d ? `<path d="${d}" fill="none" stroke="${MDC_COLOURS.line}" stroke-width="1.2"/>` : ''];
  points.forEach((p, k) => {
    if (p.value === null || !Number.isFinite(p.value)) return;
    parts.push(
      `<circle cx="${n(x(k))}" cy="${n(y(p.value))}" r="2.5" fill="${colourOf(p.classification)}"><title>${escapeXml(`${p.period}: ${formatValue(p.value)}`)}</title></circle>`,
    );
  });
  return parts.join('');
}

/** The board summary as a picture: one row per measure with its latest value, icons and a sparkline. */
export function renderBoardSummaryChart(input: { title: string; rows: readonly SparklineRow[] }): string {
  const width = 760;
  const rowHeight = 40;
  const top = 56;
  const height = top + rowHeight * Math.max(input.rows.length, 1) + 12;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="Arial, sans-serif">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    `<text x="12" y="22" font-size="15" font-weight="bold" fill="${MDC_COLOURS.text}">${escapeXml(input.title)}</text>`,
    `<g font-size="10" fill="#595959"><text x="12" y="46">Measure</text><text x="300" y="46">Latest</text><text x="380" y="46">Target</text><text x="450" y="46">Variation / assurance</text><text x="600" y="46">Trend</text></g>`,
  ];
  input.rows.forEach((row, i) => {
    const y0 = top + i * rowHeight;
    const mid = y0 + rowHeight / 2 + 4;
    parts.push(
      `<g class="row">`,
      `<line x1="12" x2="${width - 12}" y1="${y0}" y2="${y0}" stroke="#EEEEEE"/>`,
      `<text x="12" y="${mid}" font-size="12" fill="${MDC_COLOURS.text}">${escapeXml(row.title.length > 44 ? `${row.title.slice(0, 43)}…` : row.title)}</text>`,
      `<text x="300" y="${mid}" font-size="12" fill="${MDC_COLOURS.text}">${escapeXml(formatValue(row.latestValue))}</text>`,
      `<text x="380" y="${mid}" font-size="12" fill="${MDC_COLOURS.text}">${escapeXml(formatValue(row.target))}</text>`,
      `<text x="450" y="${mid}" font-size="10" fill="#595959">${escapeXml(`${row.variationIcon ?? '–'} / ${row.assuranceIcon ?? '–'}`)}</text>`,
      sparkline(row.points, 600, y0 + 6, 140, rowHeight - 12),
      '</g>',
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
