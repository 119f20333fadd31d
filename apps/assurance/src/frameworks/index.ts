import { createRouter } from '@qms/platform';
import * as handlers from './frameworks.handlers.js';
import * as routes from './frameworks.routes.js';

export const frameworksRouter = createRouter()
  .openapi(routes.importFramework, handlers.importHandler)
  .openapi(routes.listFrameworks, handlers.list)
  .openapi(routes.getFramework, handlers.get)
  .openapi(routes.getFrameworkVersion, handlers.getVersion)
  .openapi(routes.exportFrameworkVersion, handlers.exportVersion)
  .openapi(routes.publishFrameworkVersion, handlers.publish)
  .openapi(routes.retireFrameworkVersion, handlers.retire);
