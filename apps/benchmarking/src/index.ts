import { createRouter } from '@qms/platform';
import { funnelRouter } from './funnel/index.js';

/** The benchmarking service's API, mounted by the gateway under `/v1`. */
export function createBenchmarkingApi() {
  return createRouter().route('/', funnelRouter);
}
