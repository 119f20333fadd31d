/** One problem with the caller's input, located by a JSON pointer into the request (RFC 6901). */
export interface FunnelInputIssue {
  pointer: string;
  detail: string;
}

/**
 * Thrown for input the engine refuses to analyse. It carries every problem found, not just the first,
 * so an API can answer with a single 422 listing all bad rows.
 */
export class FunnelInputError extends Error {
  readonly issues: readonly FunnelInputIssue[];

  constructor(issues: readonly FunnelInputIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(first ? `${first.pointer}: ${first.detail}${more}` : 'Invalid funnel input');
    this.name = 'FunnelInputError';
    this.issues = issues;
  }
}
