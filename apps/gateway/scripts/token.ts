// `npm run token -- --org <slug> --role <role> [--ttl <seconds>]`: a token for a demo person,
// signed with the keys of the embedded data folder (or QMS_SECRETS), for scripts and curl.
import { parseArgs } from 'node:util';
import { isRole, loadConfig, SigningKeys } from '@qms/platform';
import { DemoPrincipalError, mintDemoToken } from '../src/demo/demo-tokens.js';
import { secretsFile } from '../src/platform.js';

const { values } = parseArgs({
  options: { org: { type: 'string' }, role: { type: 'string' }, ttl: { type: 'string', default: '43200' } },
});
if (!values.org || !values.role || !isRole(values.role)) {
  console.error('usage: npm run token -- --org <slug> --role <role> [--ttl <seconds>]');
  process.exit(2);
}
const config = loadConfig();
const keys = config.QMS_SECRETS
  ? SigningKeys.fromJson(config.QMS_SECRETS)
  : await SigningKeys.loadOrCreate(secretsFile(config));
try {
  console.log(await mintDemoToken(keys, config, values.org, values.role, Number(values.ttl)));
} catch (error) {
  if (error instanceof DemoPrincipalError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
