import { createRouter } from '@qms/platform';
import * as handlers from './action-plans.handlers.js';
import * as routes from './action-plans.routes.js';

export const actionPlansRouter = createRouter()
  .openapi(routes.createActionPlan, handlers.createPlan)
  .openapi(routes.getInspectionActionPlan, handlers.planOfInspection)
  .openapi(routes.listActionPlans, handlers.listPlans)
  .openapi(routes.getActionPlan, handlers.getPlan)
  .openapi(routes.createAction, handlers.addAction)
  .openapi(routes.listActions, handlers.actionsOf)
  .openapi(routes.getAction, handlers.actionOf)
  .openapi(routes.updateAction, handlers.changeAction)
  .openapi(routes.startAction, handlers.start)
  .openapi(routes.completeAction, handlers.complete)
  .openapi(routes.reopenAction, handlers.reopen)
  .openapi(routes.verifyAction, handlers.verify)
  .openapi(routes.createActionNote, handlers.addNote)
  .openapi(routes.listActionNotes, handlers.notesOf)
  .openapi(routes.getActionVerification, handlers.verification);
