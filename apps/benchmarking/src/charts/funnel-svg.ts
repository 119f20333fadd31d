/**
 * A funnel plot as an SVG string (no DOM, no chart library): the limits at 95% and 99.8%, the
 * target, organisations coloured by band, and one highlighted organisation.
 */
export interface FunnelSvgInput {
  title: string;
  target: number;
  curves: {
    denominators: number[];
    limits: { level: number; lower: number[]; upper: number[] }[];
  };
  points: { x: number; y: number; band: string; highlighted: boolean; label?: string | undefined }[];
  width?: number;
  height?: number;
}

export const BAND_COLOURS: Record<string, string> = {
  within: '#768692',
  alert_high: '#ED8B00',
  alert_low: '#ED8B00',
  alarm_high: '#DA291C',
  alarm_low: '#DA291C',
};

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch,
  );

const fmt = (value: number) => (Number.isFinite(value) ? Number(value.toFixed(2)).toString() : '0');

/** Round tick values across [min, max]. */
function ticks(min: number, max: number, count = 5): number[] {
  const span = max - min || Math.abs(max) || 1;
  const step0 = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= step0) ?? step0;
  const result: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
    result.push(Number(v.toPrecision(12)));
  return result;
}

function closestLevel<T extends { level: number }>(limits: readonly T[], level: number): T | undefined {
  return [...limits].sort((a, b) => Math.abs(a.level - level) - Math.abs(b.level - level))[0];
}

export function renderFunnelSvg(input: FunnelSvgInput): string {
  const width = input.width ?? 720;
  const height = input.height ?? 480;
  const margin = { top: 40, right: 24, bottom: 48, left: 64 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const limit95 = closestLevel(input.curves.limits, 0.95);
  const limit998 = closestLevel(input.curves.limits, 0.998);
  const xs = [...input.points.map((p) => p.x), ...input.curves.denominators].filter(Number.isFinite);
  const pointYs = input.points.map((p) => p.y);
  const limitYs = [limit998?.lower ?? [], limit998?.upper ?? []].flat();
  const yValues = [...pointYs, input.target, ...limitYs].filter(Number.isFinite);
  const xMax = Math.max(...xs, 1);
  const yLowRaw = Math.min(...pointYs, input.target);
  const yHighRaw = Math.max(...pointYs, input.target);
  const pad = (yHighRaw - yLowRaw || Math.abs(yHighRaw) || 1) * 0.15;
  // Limits may run far out at small denominators: clip the axis to the points' neighbourhood.
  const yMin = Math.max(Math.min(...yValues), yLowRaw - pad);
  const yMax = Math.min(Math.max(...yValues), yHighRaw + pad);
  const sx = (x: number) => margin.left + (x / xMax) * plotW;
  const sy = (y: number) => margin.top + plotH - ((y - yMin) / (yMax - yMin || 1)) * plotH;
  const clampY = (y: number) => Math.min(Math.max(y, yMin), yMax);
  const path = (values: readonly number[]) =>
    input.curves.denominators
      .map((d, i) => {
        const v = values[i];
        return v === undefined || !Number.isFinite(v) ? null : `${fmt(sx(d))},${fmt(sy(clampY(v)))}`;
      })
      .filter((p): p is string => p !== null)
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${p}`)
      .join(' ');
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(input.title)}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${margin.left}" y="24" font-family="sans-serif" font-size="14" font-weight="bold">${escapeXml(input.title)}</text>`,
  );
  // Axes and ticks.
  parts.push(
    `<g class="axes" stroke="#425563" stroke-width="1"><line x1="${margin.left}" y1="${margin.top + plotH}" x2="${margin.left + plotW}" y2="${margin.top + plotH}"/><line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${margin.top + plotH}"/></g>`,
  );
  for (const t of ticks(0, xMax)) {
    parts.push(
      `<text x="${fmt(sx(t))}" y="${margin.top + plotH + 16}" font-family="sans-serif" font-size="10" text-anchor="middle">${fmt(t)}</text>`,
    );
  }
  for (const t of ticks(yMin, yMax)) {
    parts.push(
      `<text x="${margin.left - 6}" y="${fmt(sy(t) + 3)}" font-family="sans-serif" font-size="10" text-anchor="end">${fmt(t)}</text>`,
    );
  }
  parts.push(
    `<text x="${margin.left + plotW / 2}" y="${height - 8}" font-family="sans-serif" font-size="11" text-anchor="middle">Denominator</text>`,
  );
  // Limits and target.
  if (limit998) {
    parts.push(
      `<g class="limits-998" fill="none" stroke="#425563" stroke-width="1.5"><path d="${path(limit998.lower)}"/><path d="${path(limit998.upper)}"/></g>`,
    );
  }
  if (limit95) {
    parts.push(
      `<g class="limits-95" fill="none" stroke="#425563" stroke-width="1" stroke-dasharray="4 3"><path d="${path(limit95.lower)}"/><path d="${path(limit95.upper)}"/></g>`,
    );
  }
  parts.push(
    `<line class="target" x1="${margin.left}" y1="${fmt(sy(input.target))}" x2="${margin.left + plotW}" y2="${fmt(sy(input.target))}" stroke="#005EB8" stroke-width="1.5"/>`,
  );
  // Organisations: the highlighted one last, so it sits on top.
  const ordered = [...input.points].sort((a, b) => Number(a.highlighted) - Number(b.highlighted));
  for (const point of ordered) {
    const colour = BAND_COLOURS[point.band] ?? '#768692';
    const cx = fmt(sx(point.x));
    const cy = fmt(sy(clampY(point.y)));
    const label = point.label ? `<title>${escapeXml(point.label)}</title>` : '';
    if (point.highlighted) {
      parts.push(
        `<circle class="organisation highlighted" data-band="${point.band}" cx="${cx}" cy="${cy}" r="7" fill="${colour}" stroke="#000000" stroke-width="2">${label}</circle>`,
      );
      if (point.label) {
        parts.push(
          `<text x="${fmt(sx(point.x) + 10)}" y="${fmt(sy(clampY(point.y)) - 8)}" font-family="sans-serif" font-size="11" font-weight="bold">${escapeXml(point.label)}</text>`,
        );
      }
    } else {
      parts.push(
        `<circle class="organisation" data-band="${point.band}" cx="${cx}" cy="${cy}" r="4" fill="${colour}" fill-opacity="0.85">${label}</circle>`,
      );
    }
  }
  parts.push('</svg>');
  return parts.join('');
}
