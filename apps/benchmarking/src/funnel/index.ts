import { createRouter } from '@qms/platform';
import * as handlers from './funnel.handlers.js';
import * as routes from './funnel.routes.js';

export const funnelRouter = createRouter().openapi(routes.analyseFunnelPlot, handlers.analyse);
