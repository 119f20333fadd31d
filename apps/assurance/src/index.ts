import { createRouter } from '@qms/platform';
import { frameworksRouter } from './frameworks/index.js';
import { inspectionsRouter } from './inspections/index.js';

/** The assurance service's API, mounted by the gateway under `/v1`. */
export function createAssuranceApi() {
  return createRouter().route('/', frameworksRouter).route('/', inspectionsRouter);
}

export { FRAMEWORK_FORMAT, type FrameworkDocument } from './frameworks/framework-document.js';
export { writeFrameworkDocument } from './frameworks/frameworks.handlers.js';
