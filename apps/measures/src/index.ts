import { createRouter } from '@qms/platform';

/** The measures service's API, mounted by the gateway under `/v1`. */
export function createMeasuresApi() {
  return createRouter();
}
