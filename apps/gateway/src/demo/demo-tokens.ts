import type { Role } from '@qms/db';
import type { PlatformConfig, SigningKeys } from '@qms/platform';
import { DEMO_ORGANISATIONS, demoId, personSubject } from './demo-organisations.js';

export class DemoPrincipalError extends Error {}

/** A token for a demo person, signed with the platform's keys; roles come from stored grants. */
export async function mintDemoToken(
  keys: SigningKeys,
  config: PlatformConfig,
  slug: string,
  role: Role,
  ttlSeconds = 12 * 60 * 60,
): Promise<string> {
  const organisation = DEMO_ORGANISATIONS.find((candidate) => candidate.slug === slug);
  if (!organisation) {
    throw new DemoPrincipalError(
      `No demo organisation "${slug}". Choose one of: ${DEMO_ORGANISATIONS.map((o) => o.slug).join(', ')}`,
    );
  }
  if (!organisation.people.includes(role)) {
    throw new DemoPrincipalError(
      `"${slug}" has no demo person with the role ${role}. Its roles: ${organisation.people.join(', ')}`,
    );
  }
  return keys.sign(
    { sub: personSubject(role, slug), tid: demoId(slug) },
    { issuer: config.QMS_ISSUER, audience: config.QMS_AUDIENCE, ttlSeconds },
  );
}

/** One demo principal per role, for the start banner. */
export const BANNER_PRINCIPALS: { slug: string; role: Role; who: string }[] = [
  { slug: 'qms-platform', role: 'platform_admin', who: 'platform administrator' },
  { slug: 'national-quality-body', role: 'analyst', who: 'national body analyst' },
  { slug: 'national-quality-body', role: 'tenant_admin', who: 'national body administrator' },
  { slug: 'care-regulator', role: 'inspector', who: 'regulator inspector' },
  { slug: 'barts-health', role: 'tenant_admin', who: 'trust administrator' },
  { slug: 'barts-health', role: 'measure_steward', who: 'trust measure steward' },
  { slug: 'barts-health', role: 'submitter', who: 'trust data submitter' },
  { slug: 'barts-health', role: 'viewer', who: 'trust board viewer' },
];
