// Writes openapi/openapi.json from the route definitions (--write), or fails when the committed
// document differs from the code (--check). No database is opened: only the routes are read.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from '@qms/db';
import { createLogger, loadConfig, MemoryRateLimiter, SigningKeys, TokenVerifier } from '@qms/platform';
import { createGateway } from '../src/app.js';
import { openApiDocument } from '../src/openapi.js';

const target = fileURLToPath(new URL('../../../openapi/openapi.json', import.meta.url));
const config = loadConfig({ LOG_LEVEL: 'silent' });
const keys = await SigningKeys.inMemory();
const noDatabase = new Proxy({} as Database, {
  get() {
    throw new Error('the OpenAPI generator opens no database');
  },
});
const app = createGateway({
  config,
  database: noDatabase,
  keys,
  verifier: new TokenVerifier(config, keys),
  rateLimiter: new MemoryRateLimiter(1, 1),
  logger: createLogger('silent'),
});
const document = `${JSON.stringify(openApiDocument(app), null, 2)}\n`;

if (process.argv.includes('--check')) {
  const committed = readFileSync(target, 'utf8');
  if (committed !== document) {
    console.error('openapi/openapi.json is out of date: run `pnpm openapi` and commit the result.');
    process.exit(1);
  }
  console.log('openapi/openapi.json matches the code.');
} else {
  writeFileSync(target, document);
  console.log(`wrote ${target}`);
}
