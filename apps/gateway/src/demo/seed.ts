import { randomBytes } from 'node:crypto';
import {
  apiClients,
  enrolments,
  type OwnerDatabase,
  organisations,
  programmes,
  roleGrants,
  units,
} from '@qms/db';
import { hashSecret, scopesOfRoles } from '@qms/platform';
import {
  DEMO_INVITED_ONLY,
  DEMO_ORGANISATIONS,
  DEMO_PROGRAMME,
  demoId,
  personSubject,
} from './demo-organisations.js';

export interface DemoClientCredentials {
  organisation: string;
  clientId: string;
  clientSecret: string;
}

/** The board-to-floor tree every demo trust gets. */
const TRUST_UNITS = [
  { key: 'site', kind: 'site', name: 'Main hospital site', parent: undefined },
  { key: 'urgent-care', kind: 'directorate', name: 'Urgent and Emergency Care', parent: 'site' },
  { key: 'ed', kind: 'department', name: 'Emergency Department', parent: 'urgent-care' },
  { key: 'amu', kind: 'ward', name: 'Acute Medical Unit', parent: 'urgent-care' },
  { key: 'ed-nursing', kind: 'team', name: 'ED Nursing Team', parent: 'ed' },
] as const;

export const demoUnitId = (slug: string, key: string) => demoId(`${slug}/unit/${key}`);

/** True when the database holds no organisation yet. */
export async function isEmpty(owner: OwnerDatabase): Promise<boolean> {
  const rows = await owner.db.select({ id: organisations.tenantId }).from(organisations).limit(1);
  return rows.length === 0;
}

/**
 * Seeds the demo organisations, units, programme, people and one API client per trust.
 * Runs as the owner on first start. Returns the client secrets, which are shown only now.
 */
export async function seedDemo(owner: OwnerDatabase, issuer: string): Promise<DemoClientCredentials[]> {
  const credentials: DemoClientCredentials[] = [];
  await owner.db.transaction(async (tx) => {
    for (const org of DEMO_ORGANISATIONS) {
      const tenantId = demoId(org.slug);
      await tx.insert(organisations).values({
        tenantId,
        slug: org.slug,
        name: org.name,
        kind: org.kind,
        externalIds: org.ods ? { ods: org.ods } : {},
        attributes: org.region ? { region: org.region } : {},
      });
      for (const role of org.people) {
        await tx.insert(roleGrants).values({
          tenantId,
          issuer,
          subject: personSubject(role, org.slug),
          displayName: `${role.replaceAll('_', ' ')} (${org.name})`,
          role,
          grantedBy: 'system|demo-seed',
        });
      }
      if (org.kind !== 'trust') continue;
      for (const unit of TRUST_UNITS) {
        await tx.insert(units).values({
          tenantId,
          id: demoUnitId(org.slug, unit.key),
          parentId: unit.parent ? demoUnitId(org.slug, unit.parent) : null,
          kind: unit.kind,
          name: unit.name,
          code: `${org.ods}-${unit.key.toUpperCase()}`,
        });
      }
      const clientId = `qmsc_${org.slug}_${randomBytes(6).toString('hex')}`;
      const clientSecret = `qmss_${randomBytes(24).toString('base64url')}`;
      await tx.insert(apiClients).values({
        tenantId,
        clientId,
        name: `${org.name} data feed (demo)`,
        secretHash: await hashSecret(clientSecret),
        secretHint: clientSecret.slice(-4),
        roles: ['submitter'],
        scopes: scopesOfRoles(['submitter']),
      });
      credentials.push({ organisation: org.slug, clientId, clientSecret });
    }

    const ownerTenant = demoId(DEMO_PROGRAMME.owner);
    const programmeId = demoId(`programme/${DEMO_PROGRAMME.code}`);
    await tx.insert(programmes).values({
      tenantId: ownerTenant,
      id: programmeId,
      code: DEMO_PROGRAMME.code,
      name: DEMO_PROGRAMME.name,
      description: DEMO_PROGRAMME.description,
      settings: { namedComparison: false, outlierAlerts: true },
    });
    for (const org of DEMO_ORGANISATIONS.filter((candidate) => candidate.kind === 'trust')) {
      const invitedOnly = org.slug === DEMO_INVITED_ONLY;
      await tx.insert(enrolments).values({
        tenantId: ownerTenant,
        id: demoId(`enrolment/${DEMO_PROGRAMME.code}/${org.slug}`),
        programmeId,
        organisationId: demoId(org.slug),
        status: invitedOnly ? 'invited' : 'active',
        dataSharingAgreementRef: invitedOnly ? null : `DSA-2024-${org.ods}`,
        activatedAt: invitedOnly ? null : new Date('2024-04-01T00:00:00Z'),
      });
    }
  });
  return credentials;
}
