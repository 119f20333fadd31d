import { describe, expect, it } from 'vitest';
import {
  activationPlan,
  activationProblems,
  currentVersion,
  latestVersion,
  lifecycleRefusal,
  newDraftRefusal,
  nextVersionNumber,
  type VersionFacts,
} from './measure-lifecycle.js';

const v1: VersionFacts = { id: 'v1', version: 1, status: 'retired' };
const v2: VersionFacts = { id: 'v2', version: 2, status: 'active' };
const v3: VersionFacts = { id: 'v3', version: 3, status: 'draft' };

describe('lifecycleRefusal', () => {
  it('lets a draft be edited and activated, not retired', () => {
    expect(lifecycleRefusal('draft', 'edit')).toBeNull();
    expect(lifecycleRefusal('draft', 'activate')).toBeNull();
    expect(lifecycleRefusal('draft', 'retire')).toMatch(/only an active version/i);
  });

  it('keeps an active version immutable, and lets it be retired', () => {
    expect(lifecycleRefusal('active', 'edit')).toBe('An active version is immutable; create a new version');
    expect(lifecycleRefusal('active', 'activate')).toMatch(/already active/);
    expect(lifecycleRefusal('active', 'retire')).toBeNull();
  });

  it('never changes a retired version', () => {
    expect(lifecycleRefusal('retired', 'edit')).toMatch(/never changes/);
    expect(lifecycleRefusal('retired', 'activate')).toMatch(/cannot be activated again/);
    expect(lifecycleRefusal('retired', 'retire')).toMatch(/already retired/);
  });
});

describe('drafts and numbering', () => {
  it('allows one draft at a time', () => {
    expect(newDraftRefusal([v1, v2])).toBeNull();
    expect(newDraftRefusal([v1, v2, v3])).toMatch(/Version 3 is still a draft/);
  });

  it('numbers versions one above the highest', () => {
    expect(nextVersionNumber([])).toBe(1);
    expect(nextVersionNumber([v2, v1])).toBe(3);
  });

  it('copies the latest version', () => {
    expect(latestVersion([v2, v3, v1])?.id).toBe('v3');
    expect(latestVersion([])).toBeUndefined();
  });

  it('summarises a measure by its active version, else its latest draft, else its latest', () => {
    expect(currentVersion([v1, v2, v3])?.id).toBe('v2');
    expect(currentVersion([v1, v3])?.id).toBe('v3');
    expect(currentVersion([v1, { id: 'v4', version: 4, status: 'retired' }])?.id).toBe('v4');
  });
});

describe('activationPlan', () => {
  it('activates the draft and retires the active version', () => {
    expect(activationPlan([v1, v2, v3], 'v3')).toEqual({ activate: 'v3', retire: ['v2'] });
  });

  it('retires nothing for a first activation', () => {
    expect(activationPlan([{ id: 'a', version: 1, status: 'draft' }], 'a')).toEqual({
      activate: 'a',
      retire: [],
    });
  });

  it('refuses anything but a draft', () => {
    expect(activationPlan([v1, v2, v3], 'v2')).toEqual({ refusal: 'The version is already active' });
    expect(activationPlan([v1, v2, v3], 'v1')).toHaveProperty('refusal');
    expect(activationPlan([v1], 'nope')).toHaveProperty('refusal');
  });
});

describe('activationProblems', () => {
  it('needs a numerator definition', () => {
    expect(
      activationProblems({ valueType: 'count', numeratorDefinition: ' ', denominatorDefinition: '' }).map(
        (problem) => problem.field,
      ),
    ).toEqual(['numeratorDefinition']);
  });

  it('needs a denominator for proportions, rates and ratios only', () => {
    expect(
      activationProblems({
        valueType: 'proportion',
        numeratorDefinition: 'Seen in 4h',
        denominatorDefinition: '',
      }),
    ).toHaveLength(1);
    expect(
      activationProblems({ valueType: 'count', numeratorDefinition: 'Falls', denominatorDefinition: '' }),
    ).toEqual([]);
    expect(
      activationProblems({
        valueType: 'rate',
        numeratorDefinition: 'Falls',
        denominatorDefinition: 'Occupied bed days',
      }),
    ).toEqual([]);
  });
});
