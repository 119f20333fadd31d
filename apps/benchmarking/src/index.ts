import { createRouter } from '@qms/platform';

/** The benchmarking service's API, mounted by the gateway under `/v1`. */
export function createBenchmarkingApi() {
  return createRouter();
}
