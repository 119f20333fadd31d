import { createRouter } from '@qms/platform';
import * as handlers from './audit-events.handlers.js';
import * as routes from './audit-events.routes.js';

export const auditEventsRouter = createRouter().openapi(routes.listAuditEvents, handlers.list);
