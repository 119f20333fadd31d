import { type InspectionStage, inspectionStages } from '@qms/db';
import { describe, expect, it } from 'vitest';
import {
  availableActions,
  decideTransition,
  type InspectionAction,
  inspectionActions,
  inspectionTransitions,
} from './inspection-lifecycle.js';

const path: [InspectionStage, InspectionAction, InspectionStage, string][] = [
  ['planned', 'start-fieldwork', 'fieldwork', 'inspector'],
  ['fieldwork', 'submit-draft', 'draft', 'inspector'],
  ['draft', 'share-draft', 'factual_accuracy', 'inspector'],
  ['factual_accuracy', 'publish', 'published', 'tenant_admin'],
  ['published', 'close', 'closed', 'inspector'],
];

describe('decideTransition', () => {
  it('walks planned → fieldwork → draft → factual accuracy → published → closed', () => {
    for (const [from, action, to, role] of path) {
      expect(decideTransition(from, action, [role])).toEqual({ allowed: true, to });
    }
  });

  it('allows every transition only from its one stage (409 otherwise)', () => {
    for (const action of inspectionActions) {
      for (const stage of inspectionStages) {
        const decision = decideTransition(stage, action, ['inspector', 'tenant_admin']);
        if (stage === inspectionTransitions[action].from) expect(decision.allowed).toBe(true);
        else expect(decision).toMatchObject({ allowed: false, refusal: 'conflict' });
      }
    }
    expect(decideTransition('planned', 'publish', ['tenant_admin'])).toEqual({
      allowed: false,
      refusal: 'conflict',
      message: 'An inspection that is planned cannot be published',
    });
  });

  it('refuses the wrong role whatever the stage (403)', () => {
    for (const stage of inspectionStages) {
      expect(decideTransition(stage, 'start-fieldwork', ['tenant_admin'])).toMatchObject({
        refusal: 'forbidden',
      });
      expect(decideTransition(stage, 'submit-draft', ['tenant_admin'])).toMatchObject({
        refusal: 'forbidden',
      });
      expect(decideTransition(stage, 'publish', ['inspector'])).toMatchObject({
        refusal: 'forbidden',
        message: 'Only a tenant administrator of the inspecting organisation may publish',
      });
      for (const action of inspectionActions) {
        expect(decideTransition(stage, action, ['viewer'])).toMatchObject({ refusal: 'forbidden' });
      }
    }
  });

  it('treats closed as final and never returns to planned', () => {
    expect(availableActions('closed', ['inspector', 'tenant_admin'])).toEqual([]);
    for (const stage of inspectionStages) {
      for (const action of inspectionActions) {
        const decision = decideTransition(stage, action, ['inspector', 'tenant_admin']);
        if (decision.allowed) expect(decision.to).not.toBe('planned');
      }
    }
  });
});

describe('availableActions', () => {
  it('lists what each role can do in each stage', () => {
    expect(availableActions('planned', ['inspector'])).toEqual(['start-fieldwork']);
    expect(availableActions('planned', ['tenant_admin'])).toEqual([]);
    expect(availableActions('draft', ['tenant_admin'])).toEqual(['share-draft']);
    expect(availableActions('factual_accuracy', ['inspector'])).toEqual([]);
    expect(availableActions('factual_accuracy', ['tenant_admin'])).toEqual(['publish']);
    expect(availableActions('published', ['inspector'])).toEqual(['close']);
  });
});
