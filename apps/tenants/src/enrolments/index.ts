import { createRouter } from '@qms/platform';
import * as handlers from './enrolments.handlers.js';
import * as routes from './enrolments.routes.js';

export const enrolmentsRouter = createRouter()
  .openapi(routes.createEnrolment, handlers.create)
  .openapi(routes.listEnrolments, handlers.list)
  .openapi(routes.getEnrolment, handlers.get)
  .openapi(routes.acceptEnrolment, handlers.accept)
  .openapi(routes.withdrawEnrolment, handlers.withdraw);
