import { createRouter } from '@qms/platform';
import { spcRouter } from './spc/index.js';

/** The measures service's API, mounted by the gateway under `/v1`. */
export function createMeasuresApi() {
  return createRouter().route('/', spcRouter);
}
