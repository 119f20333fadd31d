/**
 * Funnel engine benchmark (not a test): times analyseFunnel on 10,000 synthetic organisations.
 * Run: pnpm --filter @qms/statistics exec tsx bench/funnel.bench.ts
 * Prints a markdown table for docs/benchmarks.md.
 */
import { analyseFunnel, type FunnelDataType, type FunnelOptionsInput, type FunnelRow } from '../src/index.js';

/** Deterministic PRNG (mulberry32) so every run times the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Normal deviate by Box–Muller. */
function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/**
 * Over-dispersed data with denominators spread log-uniformly over 20..20,000 (all distinct), like
 * hospital-level expected deaths or admissions.
 */
function organisations(dataType: FunnelDataType, count: number, seed: number): FunnelRow[] {
  const rand = random(seed);
  const rows: FunnelRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const denominator = Math.exp(Math.log(20) + rand() * Math.log(1000));
    const effect = Math.exp(0.15 * gaussian(rand));
    if (dataType === 'proportion') {
      const n = Math.round(denominator);
      const p = Math.min(0.95, 0.2 * effect);
      const events = Math.max(
        0,
        Math.min(n, Math.round(n * p + Math.sqrt(n * p * (1 - p)) * gaussian(rand))),
      );
      rows.push({ id: `org-${i}`, numerator: events, denominator: n });
    } else {
      const mean = denominator * effect;
      const events = Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(rand)));
      rows.push({ id: `org-${i}`, numerator: events, denominator });
    }
  }
  return rows;
}

interface Case {
  method: string;
  dataType: FunnelDataType;
  options: FunnelOptionsInput;
}

const cases: Case[] = [
  {
    method: 'ratio, exact Poisson, additive over-dispersion',
    dataType: 'ratio',
    options: { limitMethod: 'exact', overdispersion: { adjustment: 'additive' } },
  },
  {
    method: 'proportion, exact binomial, additive over-dispersion',
    dataType: 'proportion',
    options: { limitMethod: 'exact', overdispersion: { adjustment: 'additive' } },
  },
  {
    method: 'ratio, FunnelPlotR chi-square, SHMI additive',
    dataType: 'ratio',
    options: {
      limitMethod: 'funnelplotr',
      overdispersion: { adjustment: 'additive', estimator: 'truncated' },
    },
  },
  {
    method: 'proportion, Wilson, multiplicative over-dispersion',
    dataType: 'proportion',
    options: { limitMethod: 'wilson', overdispersion: { adjustment: 'multiplicative' } },
  },
];

const COUNT = 10_000;
const RUNS = 15;
const lines = ['| Method | Organisations | ms (median of 15) | orgs/s |', '|---|---:|---:|---:|'];
for (const c of cases) {
  const rows = organisations(c.dataType, COUNT, 20_050);
  for (let i = 0; i < 3; i += 1) analyseFunnel({ dataType: c.dataType, rows, options: c.options });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    analyseFunnel({ dataType: c.dataType, rows, options: c.options });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)] as number;
  const rate = Math.round(COUNT / (median / 1000)).toLocaleString('en-GB');
  lines.push(`| ${c.method} | ${COUNT.toLocaleString('en-GB')} | ${median.toFixed(1)} | ${rate} |`);
}
console.log(`Funnel engine, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(lines.join('\n'));
