import { createRouter } from '@qms/platform';
import { actionPlansRouter } from './action-plans/index.js';
import { alignmentRouter } from './alignment/index.js';
import { crosswalksRouter } from './crosswalks/index.js';
import { evidenceRouter } from './evidence/index.js';
import { frameworksRouter } from './frameworks/index.js';
import { inspectionsRouter } from './inspections/index.js';
import { judgementsRouter } from './judgements/index.js';
import { reportsRouter } from './reports/index.js';

/** The assurance service's API, mounted by the gateway under `/v1`. */
export function createAssuranceApi() {
  return createRouter()
    .route('/', frameworksRouter)
    .route('/', crosswalksRouter)
    .route('/', inspectionsRouter)
    .route('/', actionPlansRouter)
    .route('/', alignmentRouter)
    .route('/', evidenceRouter)
    .route('/', judgementsRouter)
    .route('/', reportsRouter);
}

export { FRAMEWORK_FORMAT, type FrameworkDocument } from './frameworks/framework-document.js';
export { writeFrameworkDocument } from './frameworks/frameworks.handlers.js';
