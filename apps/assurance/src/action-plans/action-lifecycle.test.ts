import { type ActionStatus, actionStatuses } from '@qms/db';
import { describe, expect, it } from 'vitest';
import {
  actionTransitionNames,
  actionTransitions,
  availableActionTransitions,
  decideActionTransition,
  isOverdue,
} from './action-lifecycle.js';

const organisation = { side: 'organisation', roles: ['tenant_admin'] } as const;
const inspector = { side: 'inspecting', roles: ['inspector'] } as const;

describe('decideActionTransition', () => {
  it('walks open → in progress → completed → verified', () => {
    expect(decideActionTransition('open', 'start', organisation)).toEqual({
      allowed: true,
      to: 'in_progress',
    });
    expect(decideActionTransition('in_progress', 'complete', organisation)).toEqual({
      allowed: true,
      to: 'completed',
    });
    expect(decideActionTransition('completed', 'verify', inspector)).toEqual({
      allowed: true,
      to: 'verified',
    });
    expect(decideActionTransition('completed', 'reopen', organisation)).toEqual({
      allowed: true,
      to: 'in_progress',
    });
  });

  it('allows each transition only from its one status (409 otherwise)', () => {
    for (const name of actionTransitionNames) {
      const caller = actionTransitions[name].side === 'organisation' ? organisation : inspector;
      for (const status of actionStatuses) {
        const decision = decideActionTransition(status, name, caller);
        if (status === actionTransitions[name].from) expect(decision.allowed).toBe(true);
        else expect(decision).toMatchObject({ allowed: false, refusal: 'conflict' });
      }
    }
    expect(decideActionTransition('open', 'complete', organisation)).toEqual({
      allowed: false,
      refusal: 'conflict',
      message: 'An action that is open cannot be completed',
    });
  });

  it('lets only the inspecting organisation’s inspector verify, and only the organisation do the rest (403)', () => {
    for (const status of actionStatuses) {
      expect(decideActionTransition(status, 'verify', organisation)).toMatchObject({
        refusal: 'forbidden',
        message: 'Only an inspector of the inspecting organisation may verify an action',
      });
      expect(
        decideActionTransition(status, 'verify', { side: 'inspecting', roles: ['tenant_admin'] }),
      ).toMatchObject({ refusal: 'forbidden' });
      for (const name of ['start', 'complete', 'reopen'] as const) {
        expect(decideActionTransition(status, name, inspector)).toMatchObject({ refusal: 'forbidden' });
        expect(
          decideActionTransition(status, name, { side: 'organisation', roles: ['viewer'] }),
        ).toMatchObject({
          refusal: 'forbidden',
        });
      }
    }
  });

  it('treats verified as final', () => {
    expect(availableActionTransitions('verified', organisation)).toEqual([]);
    expect(availableActionTransitions('verified', inspector)).toEqual([]);
    expect(availableActionTransitions('completed', inspector)).toEqual(['verify']);
    expect(availableActionTransitions('completed', organisation)).toEqual(['reopen']);
  });
});

describe('isOverdue', () => {
  const cases: [ActionStatus, boolean][] = [
    ['open', true],
    ['in_progress', true],
    ['completed', false],
    ['verified', false],
  ];
  it('is overdue from the day after the due date while not yet completed', () => {
    for (const [status, overdueAfter] of cases) {
      expect(isOverdue('2026-03-31', status, '2026-03-30')).toBe(false);
      expect(isOverdue('2026-03-31', status, '2026-03-31')).toBe(false);
      expect(isOverdue('2026-03-31', status, '2026-04-01')).toBe(overdueAfter);
    }
  });
});
