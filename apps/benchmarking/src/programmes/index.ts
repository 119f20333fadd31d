import { createRouter } from '@qms/platform';
import * as handlers from './programmes.handlers.js';
import * as routes from './programmes.routes.js';

/** Programme-level benchmarking reads: peer groups and the national trend. */
export const programmeBenchmarksRouter = createRouter()
  .openapi(routes.listBenchmarkPeerGroups, handlers.peerGroups)
  .openapi(routes.getNationalTrend, handlers.nationalTrend);
