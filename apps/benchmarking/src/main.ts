// `pnpm --filter @qms/benchmarking start`: the benchmarking service as its own process, behind a gateway that
// forwards to it (QMS_BENCHMARKING_URL). Needs QMS_APP_DATABASE_URL (PostgreSQL as qms_app, already
// migrated by the gateway or `pnpm db:migrate`; or DATABASE_URL, whose server it uses as qms_app)
// and the same QMS_SECRETS as the gateway; listens on PORT (3003).
// The mounts are those of the gateway's service table (apps/gateway/src/services.ts).
import { runServiceProcess } from '@qms/platform';
import { createBenchmarkingApi } from './index.js';

await runServiceProcess(
  { name: 'benchmarking', mounts: [{ prefix: '/v1', api: createBenchmarkingApi }] },
  { port: 3003 },
);
