/**
 * An input problem a schema cannot express (duplicate periods, a recalculation point
 * that is not a period of the series, a baseline longer than its phase...). `pointer`
 * is a JSON pointer into the `POST /v1/spc` body (options sit beside `points`), so the
 * route can answer 422 problem+json without knowing the engine's internals.
 */
export class SpcInputError extends Error {
  readonly pointer: string;
  readonly detail: string;

  constructor(pointer: string, detail: string) {
    super(`${pointer}: ${detail}`);
    this.name = 'SpcInputError';
    this.pointer = pointer;
    this.detail = detail;
  }
}

export function isSpcInputError(error: unknown): error is SpcInputError {
  return error instanceof SpcInputError;
}
