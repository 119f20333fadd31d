import { createRouter } from '@qms/platform';
import * as handlers from './golden-thread.handlers.js';
import * as routes from './golden-thread.routes.js';

export const goldenThreadRouter = createRouter().openapi(routes.getMeasureThread, handlers.thread);
