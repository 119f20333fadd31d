import { createRouter } from '@qms/platform';
import { benchmarkRunsRouter } from './benchmark-runs/index.js';
import { funnelRouter } from './funnel/index.js';
import { programmeBenchmarksRouter } from './programmes/index.js';

/** The benchmarking service's API, mounted by the gateway under `/v1`. */
export function createBenchmarkingApi() {
  return createRouter()
    .route('/', funnelRouter)
    .route('/', benchmarkRunsRouter)
    .route('/', programmeBenchmarksRouter);
}
