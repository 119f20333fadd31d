import { createRouter } from '@qms/platform';
import * as handlers from './benchmark-runs.handlers.js';
import * as routes from './benchmark-runs.routes.js';

/** Benchmark runs: snapshots of a funnel plot across a programme's organisations. */
export const benchmarkRunsRouter = createRouter()
  .openapi(routes.createBenchmarkRun, handlers.create)
  .openapi(routes.listBenchmarkRuns, handlers.list)
  .openapi(routes.getBenchmarkRun, handlers.get)
  .openapi(routes.getBenchmarkRunInputs, handlers.inputs)
  .openapi(routes.verifyBenchmarkRun, handlers.verify)
  .openapi(routes.publishBenchmarkRun, handlers.publish)
  .openapi(routes.getBenchmarkPeerView, handlers.peerView)
  .openapi(routes.getBenchmarkFunnelSvg, handlers.funnelSvg);
