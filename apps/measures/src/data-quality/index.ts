import { createRouter } from '@qms/platform';
import * as handlers from './data-quality.handlers.js';
import * as routes from './data-quality.routes.js';

export const dataQualityRouter = createRouter().openapi(routes.getDataQuality, handlers.report);
