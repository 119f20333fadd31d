import { createRouter } from '@qms/platform';
import * as handlers from './reports.handlers.js';
import * as routes from './reports.routes.js';

export const reportsRouter = createRouter()
  .openapi(routes.getReport, handlers.get)
  .openapi(routes.listReportVersions, handlers.list)
  .openapi(routes.amendReport, handlers.amendment);
