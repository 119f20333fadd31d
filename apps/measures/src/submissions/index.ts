import { createRouter } from '@qms/platform';
import * as handlers from './submissions.handlers.js';
import * as routes from './submissions.routes.js';

export const submissionsRouter = createRouter()
  .openapi(routes.createSubmission, handlers.create)
  .openapi(routes.listSubmissions, handlers.list)
  .openapi(routes.getSubmissionPayload, handlers.payload)
  .openapi(routes.getSubmission, handlers.get)
  .openapi(routes.getMeasureSetTemplate, handlers.template);
