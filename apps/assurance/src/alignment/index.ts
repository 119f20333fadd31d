import { createRouter } from '@qms/platform';
import * as handlers from './alignment.handlers.js';
import * as routes from './alignment.routes.js';

export const alignmentRouter = createRouter()
  .openapi(routes.getOrganisationAlignment, handlers.organisationAlignment)
  .openapi(routes.getProgrammeAlignment, handlers.programmeAlignment);
