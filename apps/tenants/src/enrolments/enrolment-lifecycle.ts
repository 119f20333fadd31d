import type { EnrolmentStatus } from '@qms/db';

/**
 * The enrolment lifecycle, free of the database: which transitions exist, from which status,
 * and which side may make each. The programme's owner invites (creating an `invited`
 * enrolment); the invited organisation (the member) accepts; either side withdraws.
 *
 *   invited ──accept (member)──▶ active
 *   invited ──withdraw (either)─▶ withdrawn
 *   active  ──withdraw (either)─▶ withdrawn
 *
 * `withdrawn` is final: a new invitation creates a new enrolment.
 */

/** The programme owner's side, or the enrolled organisation's side. */
export type EnrolmentSide = 'owner' | 'member';

export const enrolmentActions = ['accept', 'withdraw'] as const;
export type EnrolmentAction = (typeof enrolmentActions)[number];

interface Transition {
  from: readonly EnrolmentStatus[];
  to: EnrolmentStatus;
  sides: readonly EnrolmentSide[];
  /** As in "An enrolment that is withdrawn cannot be accepted". */
  pastParticiple: string;
}

export const enrolmentTransitions: Readonly<Record<EnrolmentAction, Transition>> = {
  accept: { from: ['invited'], to: 'active', sides: ['member'], pastParticiple: 'accepted' },
  withdraw: {
    from: ['invited', 'active'],
    to: 'withdrawn',
    sides: ['owner', 'member'],
    pastParticiple: 'withdrawn',
  },
};

export type TransitionDecision =
  | { allowed: true; to: EnrolmentStatus }
  /** `forbidden`: this side may never make the transition; `conflict`: not from this status. */
  | { allowed: false; refusal: 'forbidden' | 'conflict'; message: string };

const sideNames: Record<EnrolmentSide, string> = {
  owner: 'the programme’s owner',
  member: 'the enrolled organisation',
};

/**
 * Whether `side` may apply `action` to an enrolment in `status`. The side is checked first: a
 * side that may never make a transition is told so whatever the status.
 */
export function decideTransition(
  status: EnrolmentStatus,
  action: EnrolmentAction,
  side: EnrolmentSide,
): TransitionDecision {
  const transition = enrolmentTransitions[action];
  if (!transition.sides.includes(side)) {
    const allowed = transition.sides.map((name) => sideNames[name]).join(' or ');
    return {
      allowed: false,
      refusal: 'forbidden',
      message: `Only ${allowed} may ${action} an enrolment`,
    };
  }
  if (!transition.from.includes(status)) {
    return {
      allowed: false,
      refusal: 'conflict',
      message: `An enrolment that is ${status} cannot be ${transition.pastParticiple}`,
    };
  }
  return { allowed: true, to: transition.to };
}

/** The actions `side` may take now, e.g. to offer them in a client. */
export function availableActions(status: EnrolmentStatus, side: EnrolmentSide): EnrolmentAction[] {
  return enrolmentActions.filter((action) => decideTransition(status, action, side).allowed);
}

/** Which side of the enrolment a tenant is on; undefined when it is on neither. */
export function sideOf(
  tenantId: string,
  enrolment: { tenantId: string; organisationId: string },
): EnrolmentSide | undefined {
  if (tenantId === enrolment.tenantId) return 'owner';
  if (tenantId === enrolment.organisationId) return 'member';
  return undefined;
}
