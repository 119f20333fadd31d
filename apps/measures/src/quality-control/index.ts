import { createRouter } from '@qms/platform';
import * as handlers from './quality-control.handlers.js';
import * as routes from './quality-control.routes.js';

export const qualityControlRouter = createRouter()
  .openapi(routes.getMeasureSpcSvg, handlers.spcSvg)
  .openapi(routes.getMeasureSpc, handlers.spc);
