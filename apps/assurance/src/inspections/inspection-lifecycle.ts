import type { InspectionStage } from '@qms/db';

/**
 * The inspection lifecycle, free of the database: which transitions exist, from which stage,
 * and which role of the inspecting organisation may make each.
 *
 *   planned ──start-fieldwork (inspector)──────────────▶ fieldwork
 *   fieldwork ──submit-draft (inspector)───────────────▶ draft
 *   draft ──share-draft (inspector, tenant_admin)──────▶ factual_accuracy  (the organisation sees findings)
 *   factual_accuracy ──publish (tenant_admin)──────────▶ published         (immutable)
 *   published ──close (inspector, tenant_admin)────────▶ closed
 *
 * Only the inspecting organisation moves an inspection; the inspected organisation reads it.
 */

export type InspectionRole = 'inspector' | 'tenant_admin';

export const inspectionActions = [
  'start-fieldwork',
  'submit-draft',
  'share-draft',
  'publish',
  'close',
] as const;
export type InspectionAction = (typeof inspectionActions)[number];

interface Transition {
  from: InspectionStage;
  to: InspectionStage;
  roles: readonly InspectionRole[];
  /** As in "An inspection that is planned cannot be published". */
  pastParticiple: string;
}

export const inspectionTransitions: Readonly<Record<InspectionAction, Transition>> = {
  'start-fieldwork': {
    from: 'planned',
    to: 'fieldwork',
    roles: ['inspector'],
    pastParticiple: 'moved to fieldwork',
  },
  'submit-draft': { from: 'fieldwork', to: 'draft', roles: ['inspector'], pastParticiple: 'drafted' },
  'share-draft': {
    from: 'draft',
    to: 'factual_accuracy',
    roles: ['inspector', 'tenant_admin'],
    pastParticiple: 'shared for factual accuracy',
  },
  publish: {
    from: 'factual_accuracy',
    to: 'published',
    roles: ['tenant_admin'],
    pastParticiple: 'published',
  },
  close: { from: 'published', to: 'closed', roles: ['inspector', 'tenant_admin'], pastParticiple: 'closed' },
};

/** The column stamped when an inspection enters each stage after `planned`. */
export const stageTimestamp = {
  fieldwork: 'fieldworkStartedAt',
  draft: 'draftedAt',
  factual_accuracy: 'factualAccuracyAt',
  published: 'publishedAt',
  closed: 'closedAt',
} as const satisfies Partial<Record<InspectionStage, string>>;

export type TransitionDecision =
  | { allowed: true; to: Exclude<InspectionStage, 'planned'> }
  /** `forbidden`: none of these roles may ever make it; `conflict`: not from this stage. */
  | { allowed: false; refusal: 'forbidden' | 'conflict'; message: string };

const roleNames: Record<InspectionRole, string> = {
  inspector: 'an inspector',
  tenant_admin: 'a tenant administrator',
};

/**
 * Whether a person of the inspecting organisation holding `roles` may apply `action` to an
 * inspection in `stage`. The role is checked first, whatever the stage.
 */
export function decideTransition(
  stage: InspectionStage,
  action: InspectionAction,
  roles: readonly string[],
): TransitionDecision {
  const transition = inspectionTransitions[action];
  if (!transition.roles.some((role) => roles.includes(role))) {
    const allowed = transition.roles.map((role) => roleNames[role]).join(' or ');
    return {
      allowed: false,
      refusal: 'forbidden',
      message: `Only ${allowed} of the inspecting organisation may ${action.replace('-', ' ')}`,
    };
  }
  if (transition.from !== stage) {
    return {
      allowed: false,
      refusal: 'conflict',
      message: `An inspection that is ${stage.replace('_', ' ')} cannot be ${transition.pastParticiple}`,
    };
  }
  return { allowed: true, to: transition.to as Exclude<InspectionStage, 'planned'> };
}

/** The actions someone with `roles` may take now. */
export function availableActions(stage: InspectionStage, roles: readonly string[]): InspectionAction[] {
  return inspectionActions.filter((action) => decideTransition(stage, action, roles).allowed);
}

/** From this stage on, the inspected organisation reads the inspection's findings (and RLS agrees). */
export const findingsShownFrom: readonly InspectionStage[] = ['factual_accuracy', 'published', 'closed'];

/** Findings are written while the inspection is being worked on. */
export const findingsWritableIn: readonly InspectionStage[] = ['fieldwork', 'draft', 'factual_accuracy'];
