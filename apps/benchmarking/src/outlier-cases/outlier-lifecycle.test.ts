import { outlierStages } from '@qms/db';
import { describe, expect, it } from 'vitest';
import {
  availableOutlierActions,
  type CaseFacts,
  decideOutlierTransition,
  opensCase,
  outlierActions,
  sideOfCase,
  sideOfOutlier,
} from './outlier-lifecycle.js';
import { outlierSettingsOf } from './settings.js';

const facts = (stage: CaseFacts['stage'], extra: Partial<CaseFacts> = {}): CaseFacts => ({
  stage,
  escalated: false,
  dataCorrected: false,
  rerunRunId: null,
  daysOverdue: 0,
  ...extra,
});
const analyst = ['analyst'];
const providerAdmin = ['tenant_admin'];

describe('outlier lifecycle', () => {
  it('walks the whole path: detected to published', () => {
    const path: [CaseFacts['stage'], (typeof outlierActions)[number], 'owner' | 'provider', string][] = [
      ['detected', 'data-checked', 'owner', 'data_checked'],
      ['data_checked', 'notify-provider', 'owner', 'provider_notified'],
      ['provider_notified', 'respond', 'provider', 'provider_responded'],
      ['provider_responded', 'review', 'owner', 'confirmed'],
      ['confirmed', 'notify-confirmed', 'owner', 'confirmed_notified'],
      ['confirmed_notified', 'acknowledge', 'provider', 'acknowledged'],
      ['acknowledged', 'publish', 'owner', 'published'],
    ];
    for (const [stage, action, side, to] of path) {
      const roles = side === 'owner' ? analyst : providerAdmin;
      expect(decideOutlierTransition(facts(stage), action, side, roles, 'confirmed')).toEqual({
        allowed: true,
        to,
      });
    }
    expect(
      decideOutlierTransition(facts('provider_responded'), 'review', 'owner', analyst, 'no_case'),
    ).toEqual({
      allowed: true,
      to: 'closed',
    });
  });

  it('refuses the wrong side and the wrong role with forbidden, whatever the stage', () => {
    for (const stage of outlierStages) {
      for (const action of outlierActions) {
        const ownerDecision = decideOutlierTransition(facts(stage), action, 'owner', analyst, 'confirmed');
        const providerDecision = decideOutlierTransition(
          facts(stage),
          action,
          'provider',
          providerAdmin,
          'confirmed',
        );
        if (action === 'respond' || action === 'acknowledge') {
          expect(ownerDecision).toMatchObject({ allowed: false, refusal: 'forbidden' });
        } else {
          expect(providerDecision).toMatchObject({ allowed: false, refusal: 'forbidden' });
        }
        // A viewer or submitter of either side never moves a case.
        for (const side of ['owner', 'provider'] as const) {
          expect(decideOutlierTransition(facts(stage), action, side, ['viewer', 'submitter'])).toMatchObject({
            allowed: false,
            refusal: 'forbidden',
          });
        }
      }
    }
    // A measure steward answers for the provider; the owner's steward cannot check data.
    expect(
      decideOutlierTransition(facts('provider_notified'), 'respond', 'provider', ['measure_steward']).allowed,
    ).toBe(true);
    expect(
      decideOutlierTransition(facts('detected'), 'data-checked', 'owner', ['measure_steward']),
    ).toMatchObject({
      refusal: 'forbidden',
    });
  });

  it('refuses every transition from the wrong stage with conflict', () => {
    const allowedFrom: Record<string, string[]> = {
      'data-checked': ['detected'],
      'notify-provider': ['data_checked'],
      respond: ['provider_notified'],
      escalate: ['provider_notified'],
      review: ['provider_responded', 'provider_notified'],
      'notify-confirmed': ['confirmed'],
      acknowledge: ['confirmed_notified'],
      publish: ['acknowledged'],
      rerun: ['provider_responded'],
    };
    for (const action of outlierActions) {
      const side = action === 'respond' || action === 'acknowledge' ? 'provider' : 'owner';
      const roles = side === 'owner' ? analyst : providerAdmin;
      for (const stage of outlierStages) {
        const decision = decideOutlierTransition(
          facts(stage, { escalated: true, daysOverdue: 0, dataCorrected: true }),
          action,
          side,
          roles,
          'confirmed',
        );
        if (!allowedFrom[action]?.includes(stage)) {
          expect(decision, `${action} from ${stage}`).toMatchObject({ allowed: false, refusal: 'conflict' });
        }
      }
    }
    expect(availableOutlierActions(facts('closed'), 'owner', analyst)).toEqual([]);
    expect(availableOutlierActions(facts('published'), 'provider', providerAdmin)).toEqual([]);
  });

  it('escalates only an overdue, not yet escalated response; reviews an escalated non-response', () => {
    const waiting = facts('provider_notified');
    expect(decideOutlierTransition(waiting, 'escalate', 'owner', analyst)).toMatchObject({
      refusal: 'conflict',
    });
    expect(decideOutlierTransition({ ...waiting, daysOverdue: 3 }, 'escalate', 'owner', analyst)).toEqual({
      allowed: true,
      to: 'provider_notified',
    });
    expect(
      decideOutlierTransition({ ...waiting, daysOverdue: 3, escalated: true }, 'escalate', 'owner', analyst),
    ).toMatchObject({ refusal: 'conflict' });
    expect(decideOutlierTransition(waiting, 'review', 'owner', analyst, 'confirmed')).toMatchObject({
      refusal: 'conflict',
    });
    expect(
      decideOutlierTransition({ ...waiting, escalated: true }, 'review', 'owner', analyst, 'confirmed'),
    ).toEqual({ allowed: true, to: 'confirmed' });
    // The provider may still answer after escalation.
    expect(
      decideOutlierTransition({ ...waiting, escalated: true }, 'respond', 'provider', providerAdmin).allowed,
    ).toBe(true);
  });

  it('re-runs only after a data correction, once', () => {
    const answered = facts('provider_responded');
    expect(decideOutlierTransition(answered, 'rerun', 'owner', analyst)).toMatchObject({
      refusal: 'conflict',
    });
    expect(decideOutlierTransition({ ...answered, dataCorrected: true }, 'rerun', 'owner', analyst)).toEqual({
      allowed: true,
      to: 'provider_responded',
    });
    expect(
      decideOutlierTransition(
        { ...answered, dataCorrected: true, rerunRunId: 'x' },
        'rerun',
        'owner',
        analyst,
      ),
    ).toMatchObject({ refusal: 'conflict' });
  });

  it('opens cases for alarms, and alerts when chosen; knows sides', () => {
    expect(opensCase('alarm_high', false)).toBe(true);
    expect(opensCase('alarm_low', false)).toBe(true);
    expect(opensCase('alert_low', false)).toBe(false);
    expect(opensCase('alert_low', true)).toBe(true);
    expect(opensCase('within', true)).toBe(false);
    expect(sideOfOutlier('good')).toBe('good');
    expect(sideOfOutlier('bad')).toBe('bad');
    expect(sideOfOutlier(null)).toBe('neutral');
    expect(sideOfCase('a', { tenantId: 'a', organisationId: 'b' })).toBe('owner');
    expect(sideOfCase('b', { tenantId: 'a', organisationId: 'b' })).toBe('provider');
    expect(sideOfCase('c', { tenantId: 'a', organisationId: 'b' })).toBeUndefined();
  });

  it('reads programme settings with documented defaults', () => {
    const defaults = outlierSettingsOf({});
    expect(defaults.alerts).toBe(false);
    expect(defaults.deadlines.detected).toBe(10);
    expect(defaults.deadlines.provider_notified).toBe(20);
    expect(defaults.bankHolidays).toContain('2026-12-25');
    const custom = outlierSettingsOf({
      outlierAlerts: true,
      outlierDeadlines: { detected: 3, provider_notified: 'soon' },
      bankHolidays: ['2026-06-01', 'nonsense'],
      outlierNotifyRegulator: true,
    });
    expect(custom).toMatchObject({ alerts: true, notifyRegulator: true, bankHolidays: ['2026-06-01'] });
    expect(custom.deadlines.detected).toBe(3);
    expect(custom.deadlines.provider_notified).toBe(20);
  });
});
