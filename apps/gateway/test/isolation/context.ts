import type { TestPlatform } from '../harness.js';

/** What an isolation case gets: the platform, the attacker's calls and the victim's ids. */
export interface IsolationContext {
  t: TestPlatform;
  /** Token of the attacker: an administrator of another trust (guys-st-thomas) in the same programme. */
  attacker: string;
  /** Ids of records that belong to other organisations, filled by each module's setup. */
  victim: Record<string, string>;
  /** A call as the attacker. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Asserts the status, and that no victim id appears anywhere in the body. */
  expectNothingForeign(response: Response, status: number): Promise<Record<string, unknown>>;
  /** A creating POST as someone else, expecting 201; returns the body. */
  postAs(token: string, path: string, body: unknown): Promise<{ id: string } & Record<string, unknown>>;
}

/** One service's cases: one per operationId, run by tenant-isolation.test.ts. */
export interface IsolationModule {
  setup(context: IsolationContext): Promise<void>;
  cases(context: IsolationContext): Record<string, () => Promise<void>>;
  /** Throws when an attack changed a victim's record. */
  verifyUntouched(context: IsolationContext): Promise<void>;
}
