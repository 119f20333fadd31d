import { createRouter } from '@qms/platform';
import * as handlers from './spc.handlers.js';
import * as routes from './spc.routes.js';

export const spcRouter = createRouter().openapi(routes.analyseSpc, handlers.analyse);
