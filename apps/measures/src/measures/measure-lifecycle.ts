/**
 * The lifecycle of a measure's versions: draft → active → retired. Only a draft is edited; at
 * most one draft and one active version exist at a time; activating a draft retires the version
 * it replaces; retired never changes. The database enforces the same with a unique index and a
 * trigger; these pure rules give the caller a clear answer first.
 */
import type { ValueType } from '@qms/db';
import { ratioValueTypes } from './measure-definition.js';

export type VersionStatus = 'draft' | 'active' | 'retired';
export type LifecycleAction = 'edit' | 'activate' | 'retire';

export interface VersionFacts {
  id: string;
  version: number;
  status: VersionStatus;
}

/** Why a version in `status` cannot undergo `action` (a 409), or null when it can. */
export function lifecycleRefusal(status: VersionStatus, action: LifecycleAction): string | null {
  switch (action) {
    case 'edit':
      if (status === 'active') return 'An active version is immutable; create a new version';
      if (status === 'retired') return 'A retired version never changes; create a new version';
      return null;
    case 'activate':
      if (status === 'active') return 'The version is already active';
      if (status === 'retired') return 'A retired version cannot be activated again; create a new version';
      return null;
    case 'retire':
      if (status === 'draft') return 'Only an active version can be retired; a draft is edited or replaced';
      if (status === 'retired') return 'The version is already retired';
      return null;
  }
}

/** Why no new draft may be started (a 409), or null: one draft at a time. */
export function newDraftRefusal(versions: readonly VersionFacts[]): string | null {
  const draft = versions.find((version) => version.status === 'draft');
  return draft ? `Version ${draft.version} is still a draft; edit or activate it first` : null;
}

/** The number of the next version: one above the highest so far. */
export function nextVersionNumber(versions: readonly VersionFacts[]): number {
  return versions.reduce((highest, version) => Math.max(highest, version.version), 0) + 1;
}

/** The version a new draft copies: the latest by number. */
export function latestVersion<T extends VersionFacts>(versions: readonly T[]): T | undefined {
  return versions.reduce<T | undefined>(
    (latest, version) => (latest === undefined || version.version > latest.version ? version : latest),
    undefined,
  );
}

/** The version a measure is summarised by: its active one, else its latest draft, else its latest. */
export function currentVersion<T extends VersionFacts>(versions: readonly T[]): T | undefined {
  const rank = (status: VersionStatus) => (status === 'active' ? 0 : status === 'draft' ? 1 : 2);
  return versions.reduce<T | undefined>((best, version) => {
    if (best === undefined) return version;
    const byRank = rank(version.status) - rank(best.status);
    return byRank < 0 || (byRank === 0 && version.version > best.version) ? version : best;
  }, undefined);
}

/**
 * What activating `draftId` does: the draft becomes active and whichever version was active is
 * retired, in one transaction.
 */
export function activationPlan(
  versions: readonly VersionFacts[],
  draftId: string,
): { activate: string; retire: string[] } | { refusal: string } {
  const draft = versions.find((version) => version.id === draftId);
  if (!draft) return { refusal: 'No such version' };
  const refusal = lifecycleRefusal(draft.status, 'activate');
  if (refusal) return { refusal };
  return {
    activate: draft.id,
    retire: versions.filter((version) => version.status === 'active').map((version) => version.id),
  };
}

/** What a draft must say before it can become active (new data is submitted against it). */
export interface ReadinessFacts {
  valueType: ValueType;
  numeratorDefinition: string;
  denominatorDefinition: string;
}

/** Gaps that stop a draft from being activated (a 422), as fields of the version. */
export function activationProblems(draft: ReadinessFacts): { field: string; detail: string }[] {
  const problems: { field: string; detail: string }[] = [];
  if (draft.numeratorDefinition.trim() === '') {
    problems.push({
      field: 'numeratorDefinition',
      detail: 'Say what is counted (the numerator, or the value itself) before activating',
    });
  }
  if (ratioValueTypes.includes(draft.valueType) && draft.denominatorDefinition.trim() === '') {
    problems.push({
      field: 'denominatorDefinition',
      detail: `A ${draft.valueType} needs its denominator defined before activating`,
    });
  }
  return problems;
}
