import type { OutlierOutcome, OutlierSide, OutlierStage } from '@qms/db';

/**
 * The outlier-case lifecycle, free of the database (national clinical audit practice: alert =
 * outside the 95% limits, alarm = outside 99.8%; positive outliers are cases too):
 *
 *   detected ──data-checked (owner)──▶ data_checked ──notify-provider (owner)──▶ provider_notified
 *   provider_notified ──respond (provider)──▶ provider_responded
 *   provider_notified ──escalate (owner, response overdue)──▶ provider_notified (escalated)
 *   provider_responded ──review no_case (owner)──▶ closed
 *   provider_responded ──review confirmed (owner)──▶ confirmed
 *   provider_notified, escalated ──review (owner)──▶ closed | confirmed  (no response came)
 *   confirmed ──notify-confirmed (owner)──▶ confirmed_notified   (leadership; regulator if configured)
 *   confirmed_notified ──acknowledge (provider)──▶ acknowledged
 *   acknowledged ──publish (owner)──▶ published
 *
 * `closed` and `published` are final. The owner is the programme's owner (the national body);
 * the provider is the organisation outside the limits. A provider response with corrected data
 * lets the owner re-run the benchmark (`rerun`, no change of stage) before reviewing.
 */

export type OutlierCaseSide = 'owner' | 'provider';

export const outlierActions = [
  'data-checked',
  'notify-provider',
  'respond',
  'escalate',
  'review',
  'notify-confirmed',
  'acknowledge',
  'publish',
  'rerun',
] as const;
export type OutlierAction = (typeof outlierActions)[number];

/** Roles that may act for each side (besides the side itself). */
export const ownerRoles = ['analyst', 'tenant_admin'] as const;
export const providerRoles = ['tenant_admin', 'measure_steward'] as const;

interface Transition {
  from: readonly OutlierStage[];
  side: OutlierCaseSide;
  /** The stage after; `review` depends on the outcome, `escalate` and `rerun` keep the stage. */
  to: OutlierStage | 'by-outcome' | 'same';
  pastParticiple: string;
}

export const outlierTransitions: Readonly<Record<OutlierAction, Transition>> = {
  'data-checked': { from: ['detected'], side: 'owner', to: 'data_checked', pastParticiple: 'data-checked' },
  'notify-provider': {
    from: ['data_checked'],
    side: 'owner',
    to: 'provider_notified',
    pastParticiple: 'notified to the provider',
  },
  respond: {
    from: ['provider_notified'],
    side: 'provider',
    to: 'provider_responded',
    pastParticiple: 'answered',
  },
  escalate: { from: ['provider_notified'], side: 'owner', to: 'same', pastParticiple: 'escalated' },
  review: {
    from: ['provider_responded', 'provider_notified'],
    side: 'owner',
    to: 'by-outcome',
    pastParticiple: 'reviewed',
  },
  'notify-confirmed': {
    from: ['confirmed'],
    side: 'owner',
    to: 'confirmed_notified',
    pastParticiple: 'notified as a confirmed outlier',
  },
  acknowledge: {
    from: ['confirmed_notified'],
    side: 'provider',
    to: 'acknowledged',
    pastParticiple: 'acknowledged',
  },
  publish: { from: ['acknowledged'], side: 'owner', to: 'published', pastParticiple: 'published' },
  rerun: { from: ['provider_responded'], side: 'owner', to: 'same', pastParticiple: 're-run' },
};

/** Final stages: no deadline, no further transition. */
export const finalStages: readonly OutlierStage[] = ['closed', 'published'];

/** Who must act next in each open stage (whose deadline it is). */
export const stageOwner: Readonly<Record<OutlierStage, OutlierCaseSide | null>> = {
  detected: 'owner',
  data_checked: 'owner',
  provider_notified: 'provider',
  provider_responded: 'owner',
  closed: null,
  confirmed: 'owner',
  confirmed_notified: 'provider',
  acknowledged: 'owner',
  published: null,
};

/** What a decision needs to know about the case besides its stage. */
export interface CaseFacts {
  stage: OutlierStage;
  escalated: boolean;
  dataCorrected: boolean;
  rerunRunId: string | null;
  /** Working days past the current stage's deadline (0 when not overdue). */
  daysOverdue: number;
}

export type OutlierDecision =
  | { allowed: true; to: OutlierStage }
  /** `forbidden`: this side or role may never make the transition; `conflict`: not now. */
  | { allowed: false; refusal: 'forbidden' | 'conflict'; message: string };

const sideNames: Record<OutlierCaseSide, string> = {
  owner: 'the programme’s owner',
  provider: 'the provider (the organisation outside the limits)',
};

const stageNames: Record<OutlierStage, string> = {
  detected: 'detected',
  data_checked: 'data-checked',
  provider_notified: 'awaiting the provider’s response',
  provider_responded: 'answered by the provider',
  closed: 'closed',
  confirmed: 'confirmed',
  confirmed_notified: 'notified as a confirmed outlier',
  acknowledged: 'acknowledged',
  published: 'published',
};

/**
 * Whether a person with `roles` on `side` may apply `action` to the case. Side and role are
 * checked first (403 whatever the stage), then the stage and the facts (409).
 */
export function decideOutlierTransition(
  facts: CaseFacts,
  action: OutlierAction,
  side: OutlierCaseSide,
  roles: readonly string[],
  outcome?: OutlierOutcome,
): OutlierDecision {
  const transition = outlierTransitions[action];
  if (transition.side !== side) {
    return {
      allowed: false,
      refusal: 'forbidden',
      message: `Only ${sideNames[transition.side]} may ${action} an outlier case`,
    };
  }
  const allowedRoles: readonly string[] = side === 'owner' ? ownerRoles : providerRoles;
  if (!roles.some((role) => allowedRoles.includes(role))) {
    return {
      allowed: false,
      refusal: 'forbidden',
      message: `This step needs one of the roles: ${allowedRoles.join(', ')}`,
    };
  }
  const conflict = (message: string): OutlierDecision => ({ allowed: false, refusal: 'conflict', message });
  if (!transition.from.includes(facts.stage)) {
    return conflict(
      `An outlier case that is ${stageNames[facts.stage]} cannot be ${transition.pastParticiple}`,
    );
  }
  switch (action) {
    case 'escalate':
      if (facts.escalated) return conflict('The case is already escalated');
      if (facts.daysOverdue <= 0) return conflict('The provider’s response is not overdue yet');
      return { allowed: true, to: facts.stage };
    case 'review':
      if (facts.stage === 'provider_notified' && !facts.escalated) {
        return conflict('Wait for the provider’s response, or escalate when it is overdue, before reviewing');
      }
      if (!outcome) return conflict('A review needs an outcome');
      return { allowed: true, to: outcome === 'no_case' ? 'closed' : 'confirmed' };
    case 'rerun':
      if (!facts.dataCorrected) return conflict('The provider did not report corrected data');
      if (facts.rerunRunId) return conflict('The benchmark was already re-run for this case');
      return { allowed: true, to: facts.stage };
    default:
      return { allowed: true, to: transition.to as OutlierStage };
  }
}

/** The actions `side` may take now, e.g. to offer them in a client. */
export function availableOutlierActions(
  facts: CaseFacts,
  side: OutlierCaseSide,
  roles: readonly string[],
): OutlierAction[] {
  return outlierActions.filter(
    (action) => decideOutlierTransition(facts, action, side, roles, 'confirmed').allowed,
  );
}

/** Which side of the case a tenant is on; undefined when neither (then the case is not found). */
export function sideOfCase(
  tenantId: string,
  outlierCase: { tenantId: string; organisationId: string },
): OutlierCaseSide | undefined {
  if (tenantId === outlierCase.tenantId) return 'owner';
  if (tenantId === outlierCase.organisationId) return 'provider';
  return undefined;
}

/** Cases are opened for alarms always, and for alerts when the programme chooses. */
export function opensCase(
  band: string,
  alerts: boolean,
): band is 'alarm_high' | 'alarm_low' | 'alert_high' | 'alert_low' {
  if (band === 'alarm_high' || band === 'alarm_low') return true;
  return alerts && (band === 'alert_high' || band === 'alert_low');
}

/** good: better than expected (a positive outlier); bad: worse; neutral: no improvement direction. */
export const sideOfOutlier = (assessment: string | null): OutlierSide =>
  assessment === 'good' ? 'good' : assessment === 'bad' ? 'bad' : 'neutral';
