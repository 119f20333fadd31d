#!/usr/bin/env node
// The root commands (`npm start`, `npm test`, `npm run token`, ...) on a fresh clone with only
// Node.js and npm: bootstrap the pinned pnpm, install with the frozen lockfile when the lockfile
// changed since the last install, then run the command.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.replace(
  /^pnpm@/,
  '',
);
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', COREPACK_ENABLE_STRICT: '0' };
// Packages run in their own folders: pin the data folder to where the command was typed.
env.QMS_DATA_DIR = resolve(process.cwd(), process.env.QMS_DATA_DIR ?? '.qms');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** The pinned pnpm: the one on PATH when it is that version, otherwise through npx. */
function pnpmCommand() {
  const onPath = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env });
  if (onPath.status === 0 && onPath.stdout.trim() === pinned) return ['pnpm', []];
  return ['npx', ['-y', `pnpm@${pinned}`]];
}

function pnpm(args) {
  const [command, prefix] = pnpmCommand();
  return run(command, [...prefix, ...args]);
}

function ensureInstalled() {
  const lock = readFileSync(join(root, 'pnpm-lock.yaml'));
  const hash = createHash('sha256').update(lock).digest('hex');
  const marker = join(root, 'node_modules', '.qms-lock-hash');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === hash) return;
  console.log(`Installing dependencies with pnpm ${pinned} (frozen lockfile)...`);
  const status = pnpm(['install', '--frozen-lockfile']);
  if (status !== 0) process.exit(status);
  writeFileSync(marker, hash);
}

const [task, ...rest] = process.argv.slice(2);
ensureInstalled();

switch (task) {
  case 'start':
    process.exit(pnpm(['--filter', '@qms/gateway', 'run', 'start', ...rest]));
    break;
  case 'token':
    process.exit(pnpm(['--filter', '@qms/gateway', '--silent', 'run', 'token', ...rest]));
    break;
  case 'db:migrate':
    process.exit(pnpm(['--filter', '@qms/db', 'run', 'db:migrate']));
    break;
  case 'bench':
    process.exit(pnpm(['-r', '--workspace-concurrency=1', 'run', 'bench', ...rest]));
    break;
  case 'load':
    process.exit(pnpm(['--filter', '@qms/infra', 'run', 'load', ...rest]));
    break;
  case 'test':
    process.exit(run(process.execPath, [join(root, 'scripts', 'test.mjs'), ...rest]));
    break;
  default:
    console.error(`unknown task "${task}"; use start, test, token, db:migrate, bench or load`);
    process.exit(2);
}
