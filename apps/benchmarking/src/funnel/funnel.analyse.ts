import { analyseFunnel, FunnelInputError } from '@qms/statistics';
import { type FunnelRequest, type FunnelResponse, MAX_FUNNEL_ORGANISATIONS } from './funnel.schemas.js';

/**
 * Pure handler for `POST /v1/funnel`: takes a request already validated by FunnelRequestSchema and answers
 * with the engine's result. Throws FunnelInputError (issues with JSON pointers into the request) for
 * problems zod cannot express; the route turns that into a 422 problem+json listing every bad row.
 */
export function analyseFunnelRequest(request: FunnelRequest): FunnelResponse {
  const organisations = new Set(request.rows.map((row) => row.id)).size;
  if (organisations > MAX_FUNNEL_ORGANISATIONS) {
    throw new FunnelInputError([
      {
        pointer: '/rows',
        detail: `rows describe ${organisations} organisations; at most ${MAX_FUNNEL_ORGANISATIONS} are accepted`,
      },
    ]);
  }
  return analyseFunnel({ dataType: request.dataType, rows: request.rows, options: request.options });
}
