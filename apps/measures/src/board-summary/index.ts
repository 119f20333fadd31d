import { createRouter } from '@qms/platform';
import * as handlers from './board-summary.handlers.js';
import * as routes from './board-summary.routes.js';

export const boardSummaryRouter = createRouter()
  .openapi(routes.getBoardSummarySvg, handlers.summarySvg)
  .openapi(routes.getBoardSummary, handlers.summary);
