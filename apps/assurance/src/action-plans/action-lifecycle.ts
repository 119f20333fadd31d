import type { ActionStatus } from '@qms/db';

/**
 * The life of an action in an action plan, free of the database: which transitions exist, from
 * which status, and which side may make each.
 *
 *   open ──start (organisation)────────────────▶ in_progress
 *   in_progress ──complete (organisation)──────▶ completed
 *   completed ──reopen (organisation)──────────▶ in_progress   (completion was premature)
 *   completed ──verify (inspecting inspector)──▶ verified      (final)
 *
 * The inspected organisation owns the plan and moves its actions; the inspecting organisation
 * only verifies, and only an inspector does. A trigger (migration 0015) enforces the same rules
 * in the database, so a handler bug cannot let either side do the other's part.
 */

/** Which side of the inspection the caller is on. */
export type ActionSide = 'organisation' | 'inspecting';

export const actionTransitionNames = ['start', 'complete', 'reopen', 'verify'] as const;
export type ActionTransitionName = (typeof actionTransitionNames)[number];

interface ActionTransition {
  from: ActionStatus;
  to: ActionStatus;
  side: ActionSide;
  roles: readonly string[];
  /** As in "An action that is open cannot be completed". */
  pastParticiple: string;
}

export const actionTransitions: Readonly<Record<ActionTransitionName, ActionTransition>> = {
  start: {
    from: 'open',
    to: 'in_progress',
    side: 'organisation',
    roles: ['tenant_admin'],
    pastParticiple: 'started',
  },
  complete: {
    from: 'in_progress',
    to: 'completed',
    side: 'organisation',
    roles: ['tenant_admin'],
    pastParticiple: 'completed',
  },
  reopen: {
    from: 'completed',
    to: 'in_progress',
    side: 'organisation',
    roles: ['tenant_admin'],
    pastParticiple: 'reopened',
  },
  verify: {
    from: 'completed',
    to: 'verified',
    side: 'inspecting',
    roles: ['inspector'],
    pastParticiple: 'verified',
  },
};

export type ActionDecision =
  | { allowed: true; to: ActionStatus }
  /** `forbidden`: this side or these roles may never do it (403); `conflict`: not from this status (409). */
  | { allowed: false; refusal: 'forbidden' | 'conflict'; message: string };

const sideNames: Record<ActionSide, string> = {
  organisation: 'the inspected organisation',
  inspecting: 'the inspecting organisation',
};
const roleNames: Record<string, string> = {
  tenant_admin: 'a tenant administrator',
  inspector: 'an inspector',
};

/**
 * Whether someone on `side` holding `roles` may apply `transition` to an action in `status`.
 * Side and role are checked first, whatever the status.
 */
export function decideActionTransition(
  status: ActionStatus,
  transition: ActionTransitionName,
  caller: { side: ActionSide; roles: readonly string[] },
): ActionDecision {
  const rule = actionTransitions[transition];
  if (rule.side !== caller.side || !rule.roles.some((role) => caller.roles.includes(role))) {
    const who = rule.roles.map((role) => roleNames[role] ?? role).join(' or ');
    return {
      allowed: false,
      refusal: 'forbidden',
      message: `Only ${who} of ${sideNames[rule.side]} may ${transition} an action`,
    };
  }
  if (rule.from !== status) {
    return {
      allowed: false,
      refusal: 'conflict',
      message: `An action that is ${status.replace('_', ' ')} cannot be ${rule.pastParticiple}`,
    };
  }
  return { allowed: true, to: rule.to };
}

/** The transitions this caller may make now. */
export function availableActionTransitions(
  status: ActionStatus,
  caller: { side: ActionSide; roles: readonly string[] },
): ActionTransitionName[] {
  return actionTransitionNames.filter((name) => decideActionTransition(status, name, caller).allowed);
}

/**
 * An action is overdue when its due date has passed (the day after `dueOn`, in `today`'s
 * calendar) and the organisation has not yet completed it. A completed action awaiting
 * verification is not overdue: the organisation has done its part. Computed, never stored.
 */
export function isOverdue(dueOn: string, status: ActionStatus, today: string): boolean {
  return (status === 'open' || status === 'in_progress') && today > dueOn;
}

/** The organisation edits an action's content (title, owner, due date…) until it is verified. */
export const actionEditable = (status: ActionStatus) => status !== 'verified';
