// Prints fresh platform secrets (ES256 signing key and cursor secret) as the JSON that
// QMS_SECRETS takes. Every replica of every service must be given the same value.
//   export QMS_SECRETS="$(pnpm --silent --filter @qms/infra secrets)"
import { generateSecrets } from '@qms/platform';

process.stdout.write(`${JSON.stringify(await generateSecrets())}\n`);
