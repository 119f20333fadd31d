import type { EnrolmentStatus } from '@qms/db';
import { describe, expect, it } from 'vitest';
import {
  availableActions,
  decideTransition,
  type EnrolmentSide,
  enrolmentActions,
  sideOf,
} from './enrolment-lifecycle.js';

const sides: EnrolmentSide[] = ['owner', 'member'];
const enrolmentStatuses: EnrolmentStatus[] = ['invited', 'active', 'withdrawn'];

describe('decideTransition', () => {
  it('lets the invited organisation accept an invitation', () => {
    expect(decideTransition('invited', 'accept', 'member')).toEqual({ allowed: true, to: 'active' });
  });

  it('forbids the owner to accept on the organisation’s behalf, whatever the status', () => {
    for (const status of enrolmentStatuses) {
      const decision = decideTransition(status, 'accept', 'owner');
      expect(decision).toMatchObject({ allowed: false, refusal: 'forbidden' });
    }
  });

  it('refuses to accept an enrolment that is already active or withdrawn', () => {
    expect(decideTransition('active', 'accept', 'member')).toEqual({
      allowed: false,
      refusal: 'conflict',
      message: 'An enrolment that is active cannot be accepted',
    });
    expect(decideTransition('withdrawn', 'accept', 'member')).toEqual({
      allowed: false,
      refusal: 'conflict',
      message: 'An enrolment that is withdrawn cannot be accepted',
    });
  });

  it('lets either side withdraw an invited or active enrolment', () => {
    for (const side of sides) {
      expect(decideTransition('invited', 'withdraw', side)).toEqual({ allowed: true, to: 'withdrawn' });
      expect(decideTransition('active', 'withdraw', side)).toEqual({ allowed: true, to: 'withdrawn' });
    }
  });

  it('treats withdrawn as final', () => {
    for (const side of sides) {
      for (const action of enrolmentActions) {
        expect(decideTransition('withdrawn', action, side).allowed).toBe(false);
      }
    }
    expect(decideTransition('withdrawn', 'withdraw', 'owner')).toMatchObject({
      refusal: 'conflict',
      message: 'An enrolment that is withdrawn cannot be withdrawn',
    });
  });

  it('never returns to invited', () => {
    for (const status of enrolmentStatuses) {
      for (const action of enrolmentActions) {
        for (const side of sides) {
          const decision = decideTransition(status, action, side);
          if (decision.allowed) expect(decision.to).not.toBe('invited');
        }
      }
    }
  });
});

describe('availableActions', () => {
  it('lists what each side can do in each status', () => {
    expect(availableActions('invited', 'member')).toEqual(['accept', 'withdraw']);
    expect(availableActions('invited', 'owner')).toEqual(['withdraw']);
    expect(availableActions('active', 'member')).toEqual(['withdraw']);
    expect(availableActions('active', 'owner')).toEqual(['withdraw']);
    expect(availableActions('withdrawn', 'member')).toEqual([]);
    expect(availableActions('withdrawn', 'owner')).toEqual([]);
  });
});

describe('sideOf', () => {
  const enrolment = { tenantId: 'owner-tenant', organisationId: 'member-tenant' };

  it('tells the owner from the enrolled organisation', () => {
    expect(sideOf('owner-tenant', enrolment)).toBe('owner');
    expect(sideOf('member-tenant', enrolment)).toBe('member');
  });

  it('puts any other tenant on neither side', () => {
    expect(sideOf('someone-else', enrolment)).toBeUndefined();
  });
});
