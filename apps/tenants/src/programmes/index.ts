import { createRouter } from '@qms/platform';
import { enrolmentsRouter } from '../enrolments/index.js';
import * as handlers from './programmes.handlers.js';
import * as routes from './programmes.routes.js';

/** Programmes and, nested under them, their enrolments. */
export const programmesRouter = createRouter()
  .openapi(routes.createProgramme, handlers.create)
  .openapi(routes.listProgrammes, handlers.list)
  .openapi(routes.getProgramme, handlers.get)
  .openapi(routes.updateProgramme, handlers.update)
  .route('/', enrolmentsRouter);
