import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listen, loadConfig, stopOnSignals } from '@qms/platform';
import { DEMO_MEASURE_SET } from './demo/demo-measures.js';
import { demoId } from './demo/demo-organisations.js';
import { BANNER_PRINCIPALS, mintDemoToken } from './demo/demo-tokens.js';
import { startPlatform } from './platform.js';

const config = loadConfig();
const platform = await startPlatform({ config });
const { logger } = platform.services;

const listening = await listen(platform.app.fetch, { port: config.PORT, hostname: config.HOST });
stopOnSignals(listening, logger, platform.close);

// The banner: where to look, and ready-made requests for the demo.
const base = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${listening.port}`;
const lines = [
  '',
  `QMS platform listening on ${base} (${platform.services.database.kind === 'pglite' ? `embedded PostgreSQL in ${config.QMS_DATA_DIR}` : 'PostgreSQL'})`,
  `  API docs:  ${base}/docs`,
  `  OpenAPI:   ${base}/openapi.json`,
  '',
];
if (!config.QMS_SECRETS) {
  lines.push('Demo tokens (valid 12 hours; more with `npm run token -- --org <slug> --role <role>`):');
  for (const principal of BANNER_PRINCIPALS) {
    const token = await mintDemoToken(platform.services.keys, config, principal.slug, principal.role);
    lines.push(`  # ${principal.who} (${principal.slug}, ${principal.role})`);
    lines.push(`  curl -s ${base}/v1/organisations -H "Authorization: Bearer ${token}"`);
  }
}
if (!config.QMS_SECRETS) {
  // The demo data runs to March 2019: ask for the board as it stood then.
  const viewer = await mintDemoToken(platform.services.keys, config, 'barts-health', 'viewer');
  const board = `${base}/v1/board-summary?measureSetId=${demoId(`measure-set/${DEMO_MEASURE_SET.code}`)}&asOf=2019-04-30`;
  lines.push(
    '',
    "Barts Health's board summary (Making Data Count table), as JSON and as a picture:",
    `  curl -s "${board}" -H "Authorization: Bearer ${viewer}"`,
    `  curl -s "${board.replace('/board-summary?', '/board-summary.svg?')}" -H "Authorization: Bearer ${viewer}" > board.svg`,
  );
}
if (platform.seededClients.length > 0) {
  // On a PostgreSQL server nothing else has created the data folder.
  mkdirSync(config.QMS_DATA_DIR, { recursive: true });
  const file = join(config.QMS_DATA_DIR, 'demo-clients.json');
  writeFileSync(file, JSON.stringify(platform.seededClients, null, 2), { mode: 0o600 });
  const first = platform.seededClients[0];
  lines.push('', `Demo API clients (secrets shown once, also saved to ${file}):`);
  if (first) {
    lines.push(
      `  curl -s -X POST ${base}/oauth/token -d grant_type=client_credentials -d client_id=${first.clientId} -d client_secret=${first.clientSecret}`,
    );
  }
}
console.log(lines.join('\n'));
