import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/spc/', import.meta.url));

/** Minimal CSV reader for the fixture files (R write.csv: quoted text, empty = NA). */
export function readFixture(name: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(`${FIXTURES}${name}`, 'utf8').trim().split(/\r?\n/);
  const split = (line: string) => {
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    return cells;
  };
  const names = split(header!);
  return rows.map((row) => {
    const cells = split(row);
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
}

/** England-wide monthly totals, as NHSRplotthedots' integration tests build `ae_all()`. */
export function aeAll(): { period: string; attendances: number; breaches: number; performance: number }[] {
  const totals = new Map<string, { attendances: number; breaches: number }>();
  for (const row of readFixture('nhsrdatasets_ae_attendances.csv')) {
    const t = totals.get(row.period!) ?? { attendances: 0, breaches: 0 };
    t.attendances += Number(row.attendances);
    t.breaches += Number(row.breaches);
    totals.set(row.period!, t);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([period, t]) => ({ period, ...t, performance: 1 - t.breaches / t.attendances }));
}

/** Sample number n as an ISO period (one per day from 2000-01-01), for tables without dates. */
export function periodOf(sample: number): string {
  return new Date(Date.UTC(2000, 0, sample)).toISOString().slice(0, 10);
}
