import type { Role, Scope } from './roles.js';

/** Who is calling, resolved from a verified token and the role grants stored for it. */
export interface Principal {
  kind: 'person' | 'client';
  /** The subject of a person, or the client id of a machine client. */
  id: string;
  issuer: string;
  tenantId: string;
  tenantKind: string;
  roles: Role[];
  scopes: Scope[];
  /** Holds `platform_admin` in the platform organisation. */
  platformAdmin: boolean;
}

export const principalKey = (principal: Principal) => `${principal.kind}:${principal.issuer}:${principal.id}`;
