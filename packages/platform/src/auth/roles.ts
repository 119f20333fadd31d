// Roles are stored in role grants, so the database schema owns the list.
import { type Role, roles } from '@qms/db';

export { type Role, roles };

export const scopes = [
  'tenancy:read',
  'tenancy:write',
  'audit:read',
  'measures:read',
  'measures:write',
  'observations:write',
  'assurance:read',
  'assurance:write',
  'benchmarking:read',
  'benchmarking:write',
  'statistics:run',
] as const;
export type Scope = (typeof scopes)[number];

/** What each role may do at most; a client's own scopes can only narrow this. */
export const scopesOfRole: Record<Role, readonly Scope[]> = {
  platform_admin: scopes,
  tenant_admin: [
    'tenancy:read',
    'tenancy:write',
    'audit:read',
    'measures:read',
    'measures:write',
    'observations:write',
    'assurance:read',
    // Publishing and closing an inspection is an administrator's act.
    'assurance:write',
    'benchmarking:read',
    'statistics:run',
  ],
  measure_steward: ['tenancy:read', 'measures:read', 'measures:write', 'statistics:run'],
  submitter: ['tenancy:read', 'measures:read', 'observations:write', 'statistics:run'],
  viewer: ['tenancy:read', 'measures:read', 'assurance:read', 'benchmarking:read', 'statistics:run'],
  inspector: ['tenancy:read', 'measures:read', 'assurance:read', 'assurance:write', 'statistics:run'],
  analyst: ['tenancy:read', 'measures:read', 'benchmarking:read', 'benchmarking:write', 'statistics:run'],
};

export function scopesOfRoles(granted: readonly Role[]): Scope[] {
  const result = new Set<Scope>();
  for (const role of granted) for (const scope of scopesOfRole[role]) result.add(scope);
  return [...result];
}

export const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);
export const isScope = (value: string): value is Scope => (scopes as readonly string[]).includes(value);
