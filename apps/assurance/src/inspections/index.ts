import { createRouter } from '@qms/platform';
import * as handlers from './inspections.handlers.js';
import * as routes from './inspections.routes.js';

export const inspectionsRouter = createRouter()
  .openapi(routes.createInspection, handlers.create)
  .openapi(routes.listInspections, handlers.list)
  .openapi(routes.getInspection, handlers.get)
  .openapi(routes.startInspectionFieldwork, handlers.startFieldwork)
  .openapi(routes.submitInspectionDraft, handlers.submitDraft)
  .openapi(routes.shareInspectionDraft, handlers.shareDraft)
  .openapi(routes.publishInspection, handlers.publish)
  .openapi(routes.closeInspection, handlers.close)
  .openapi(routes.createFinding, handlers.addFinding)
  .openapi(routes.listFindings, handlers.findingsOf)
  .openapi(routes.getFinding, handlers.findingOf)
  .openapi(routes.updateFinding, handlers.changeFinding)
  .openapi(routes.getInspectionFramework, handlers.pinnedFramework);
