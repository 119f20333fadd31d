import { createRouter } from '@qms/platform';
import { adoptionsRouter } from './adoptions/index.js';
import { annotationsRouter } from './annotations/index.js';
import { boardSummaryRouter } from './board-summary/index.js';
import { dataQualityRouter } from './data-quality/index.js';
import { goldenThreadRouter } from './golden-thread/index.js';
import { limitChangesRouter } from './limit-changes/index.js';
import { measureLinksRouter } from './measure-links/index.js';
import { measureSetsRouter } from './measure-sets/index.js';
import { measuresRouter } from './measures/index.js';
import { observationsRouter } from './observations/index.js';
import { programmeMeasuresRouter } from './programme-measures/index.js';
import { qualityControlRouter } from './quality-control/index.js';
import { spcRouter } from './spc/index.js';
import { submissionsRouter } from './submissions/index.js';

/** The measures service's API, mounted by the gateway under `/v1`. */
export function createMeasuresApi() {
  return createRouter()
    .route('/', spcRouter)
    .route('/', measuresRouter)
    .route('/', programmeMeasuresRouter)
    .route('/', adoptionsRouter)
    .route('/', measureSetsRouter)
    .route('/', measureLinksRouter)
    .route('/', submissionsRouter)
    .route('/', observationsRouter)
    .route('/', qualityControlRouter)
    .route('/', limitChangesRouter)
    .route('/', annotationsRouter)
    .route('/', boardSummaryRouter)
    .route('/', goldenThreadRouter)
    .route('/', dataQualityRouter);
}

// Used by the assurance service to verify actions from a measure's SPC and for the alignment report.
export { storedSpc } from './quality-control/quality-control.handlers.js';
export type { StoredSpcResponse } from './quality-control/quality-control.schemas.js';
// Used by the assurance service to take frozen measure snapshots for inspection evidence.
export {
  analyseSeriesBatch,
  type BatchEntry,
  type LatestSignal,
  latestSignalOf,
} from './quality-control/signals.js';
export type { StoredAnalysis } from './quality-control/stored-series.js';
