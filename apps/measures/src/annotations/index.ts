import { createRouter } from '@qms/platform';
import * as handlers from './annotations.handlers.js';
import * as routes from './annotations.routes.js';

export const annotationsRouter = createRouter()
  .openapi(routes.createAnnotation, handlers.create)
  .openapi(routes.listAnnotations, handlers.list);
