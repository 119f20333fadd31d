import { type OwnerDatabase, organisations, roleGrants } from '@qms/db';
import type { PlatformConfig } from '@qms/platform';
import { and, eq, isNull } from 'drizzle-orm';
import { demoId } from './demo/demo-organisations.js';

export const PLATFORM_SLUG = 'qms-platform';

/**
 * On a server the first platform administrator comes from configuration
 * (`QMS_PLATFORM_ADMIN=issuer|subject`); embedded mode gets one from the demo seed.
 */
export async function ensurePlatformAdmin(owner: OwnerDatabase, config: PlatformConfig): Promise<void> {
  if (!config.QMS_PLATFORM_ADMIN) return;
  const [issuer, subject] = config.QMS_PLATFORM_ADMIN.includes('|')
    ? config.QMS_PLATFORM_ADMIN.split('|', 2)
    : [config.QMS_ISSUER, config.QMS_PLATFORM_ADMIN];
  if (!issuer || !subject) throw new Error('QMS_PLATFORM_ADMIN must be "issuer|subject" or a subject');
  await owner.db.transaction(async (tx) => {
    let [platform] = await tx.select().from(organisations).where(eq(organisations.kind, 'platform'));
    if (!platform) {
      [platform] = await tx
        .insert(organisations)
        .values({
          tenantId: demoId(PLATFORM_SLUG),
          slug: PLATFORM_SLUG,
          name: 'QMS Platform',
          kind: 'platform',
        })
        .returning();
    }
    if (!platform) throw new Error('could not create the platform organisation');
    const existing = await tx
      .select()
      .from(roleGrants)
      .where(
        and(
          eq(roleGrants.tenantId, platform.tenantId),
          eq(roleGrants.issuer, issuer),
          eq(roleGrants.subject, subject),
          eq(roleGrants.role, 'platform_admin'),
          isNull(roleGrants.revokedAt),
        ),
      );
    if (existing.length === 0) {
      await tx.insert(roleGrants).values({
        tenantId: platform.tenantId,
        issuer,
        subject,
        role: 'platform_admin',
        grantedBy: 'system|configuration',
      });
    }
  });
}
