import { createRouter } from '@qms/platform';
import * as handlers from './outlier-cases.handlers.js';
import * as routes from './outlier-cases.routes.js';

/** Outlier cases: alerts and alarms of published runs, managed from detection to publication. */
export const outlierCasesRouter = createRouter()
  .openapi(routes.openOutlierCases, handlers.open)
  .openapi(routes.listOutlierCases, handlers.list)
  .openapi(routes.getOutlierCase, handlers.get)
  .openapi(routes.checkOutlierCaseData, handlers.dataChecked)
  .openapi(routes.notifyOutlierProvider, handlers.notifyProvider)
  .openapi(routes.respondToOutlierCase, handlers.respond)
  .openapi(routes.escalateOutlierCase, handlers.escalate)
  .openapi(routes.reviewOutlierCase, handlers.review)
  .openapi(routes.notifyConfirmedOutlier, handlers.notifyConfirmed)
  .openapi(routes.acknowledgeOutlierCase, handlers.acknowledge)
  .openapi(routes.publishOutlierCase, handlers.publish)
  .openapi(routes.rerunOutlierCase, handlers.rerun);
