import { createRouter } from '@qms/platform';
import { benchmarkRunsRouter } from './benchmark-runs/index.js';
import { funnelRouter } from './funnel/index.js';
import { outlierCasesRouter } from './outlier-cases/index.js';
import { programmeBenchmarksRouter } from './programmes/index.js';

/** The benchmarking service's API, mounted by the gateway under `/v1`. */
export function createBenchmarkingApi() {
  return createRouter()
    .route('/', funnelRouter)
    .route('/', benchmarkRunsRouter)
    .route('/', programmeBenchmarksRouter)
    .route('/', outlierCasesRouter);
}

export {
  addWorkingDays,
  ENGLAND_AND_WALES_BANK_HOLIDAYS_2026_2027,
  workingDaysOverdue,
} from './outlier-cases/working-days.js';
