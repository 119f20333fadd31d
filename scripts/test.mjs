#!/usr/bin/env node
// Runs every package's tests in one vitest run (PGlite always; PostgreSQL as well when
// TEST_DATABASE_URL is set) and ends with a plain "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'node_modules', '.vitest-results.json');
rmSync(results, { force: true });
console.log(
  process.env.TEST_DATABASE_URL
    ? `Test suites run on PGlite and on PostgreSQL (${new URL(process.env.TEST_DATABASE_URL).host}).`
    : 'Test suites run on PGlite (set TEST_DATABASE_URL to run them on PostgreSQL too).',
);
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(
  process.execPath,
  [
    vitest,
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
);
if (existsSync(results)) {
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  const skipped = summary.numPendingTests + summary.numTodoTests;
  console.log(
    `\n${summary.numPassedTests} passed, ${summary.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
}
process.exit(result.status ?? 1);
