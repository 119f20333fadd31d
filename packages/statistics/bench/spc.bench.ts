/**
 * SPC engine benchmark (not a test): times `analyseSpc` on 10,000-point series for each
 * chart type and prints a markdown table. Run: pnpm --filter @qms/statistics exec tsx bench/spc.bench.ts
 */
import { analyseSpc, type ChartType, SPC_ENGINE_VERSION, type SpcInputPoint } from '../src/spc/index.js';

const N = 10_000;
const WARMUP = 20;
const RUNS = 100;

// Deterministic pseudo-random series (no Math.random, so runs are comparable).
let seed = 12345;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const period = (i: number) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
const valueSeries: SpcInputPoint[] = Array.from({ length: N }, (_, i) => ({
  period: period(i),
  value: 1 + Math.round(100 * next()),
}));
const ratioSeries: SpcInputPoint[] = Array.from({ length: N }, (_, i) => {
  const denominator = 200 + Math.round(800 * next());
  return { period: period(i), numerator: Math.round(denominator * 0.1 * (0.5 + next())), denominator };
});

const charts: ChartType[] = ['xmr', 'run', 'i', 'mr', 'c', 'u', 'p', 'pp', 'up', 'g', 't'];
const rows: string[] = [];
for (const chart of charts) {
  const ratio = chart === 'u' || chart === 'p' || chart === 'pp' || chart === 'up';
  const points = ratio ? ratioSeries : valueSeries;
  const options = { ruleFamily: chart === 'xmr' ? ('mdc' as const) : ('anhoej' as const), chart };
  for (let w = 0; w < WARMUP; w++) analyseSpc(points, options);
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    analyseSpc(points, options);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)]!;
  const p95 = times[Math.floor(RUNS * 0.95)]!;
  const family = options.ruleFamily === 'mdc' ? 'MDC' : 'Anhøj';
  rows.push(
    `| ${chart} | ${family} | ${N.toLocaleString('en-GB')} | ${median.toFixed(2)} | ${p95.toFixed(2)} | ${Math.round(N / (median / 1000)).toLocaleString('en-GB')} |`,
  );
}

console.log(
  `SPC engine ${SPC_ENGINE_VERSION}, Node ${process.version}, ${RUNS} runs after ${WARMUP} warm-up runs\n`,
);
console.log('| chart | rule family | points | median ms / analysis | p95 ms | points / s (median) |');
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
