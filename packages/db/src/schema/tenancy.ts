import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  foreignKey,
  index,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, tenantId, timestamps, version } from './columns.js';

export const tenancy = pgSchema('tenancy');

export const organisationKinds = [
  'platform',
  'national_body',
  'regulator',
  'health_board',
  'trust',
  'independent_provider',
  'commissioner',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisationKind = tenancy.enum('organisation_kind', organisationKinds);
export const organisationStatus = tenancy.enum('organisation_status', ['active', 'suspended']);

/**
 * An organisation is a tenant: its `tenant_id` is the tenant id every other row carries.
 * The directory of organisations is reference data on a distributed database (small, read by
 * every shard); row-level security still limits which organisations a caller can see.
 */
export const organisations = tenancy.table('organisations', {
  tenantId: uuid('tenant_id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: organisationKind('kind').notNull(),
  status: organisationStatus('status').notNull().default('active'),
  /** Identifiers from other registers, e.g. `{ "ods": "RF4" }`. */
  externalIds: jsonb('external_ids').$type<Record<string, string>>().notNull().default({}),
  /** Attributes a programme can group peers by (region, size band, ...). */
  attributes: jsonb('attributes').$type<Record<string, string>>().notNull().default({}),
  version: version(),
  ...timestamps,
});

export const unitKinds = ['site', 'directorate', 'service', 'ward', 'team', 'department'] as const;
export const unitKind = tenancy.enum('unit_kind', unitKinds);

/** The floor end of the board-to-floor golden thread: a tree inside one organisation. */
export const units = tenancy.table(
  'units',
  {
    tenantId: tenantId(),
    id: id(),
    parentId: uuid('parent_id'),
    kind: unitKind('kind').notNull(),
    name: text('name').notNull(),
    code: text('code'),
    status: text('status', { enum: ['active', 'closed'] })
      .notNull()
      .default('active'),
    version: version(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.parentId],
      foreignColumns: [t.tenantId, t.id],
    }),
    uniqueIndex('units_code_uq').on(t.tenantId, t.code),
    index('units_parent_idx').on(t.tenantId, t.parentId),
  ],
);

export const programmes = tenancy.table(
  'programmes',
  {
    tenantId: tenantId(),
    id: id(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    status: text('status', { enum: ['active', 'closed'] })
      .notNull()
      .default('active'),
    /** Programme rules that later services read (named comparison, outlier alerts, ...). */
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    version: version(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('programmes_code_uq').on(t.tenantId, t.code),
  ],
);

export const enrolmentStatuses = ['invited', 'active', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];

/**
 * Owned by the programme's tenant. While `active`, the owner may read the enrolled
 * organisation's data for the programme's measures (enforced by RLS policies).
 */
export const enrolments = tenancy.table(
  'enrolments',
  {
    tenantId: tenantId(),
    id: id(),
    programmeId: uuid('programme_id').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references((): AnyPgColumn => organisations.tenantId),
    status: text('status', { enum: enrolmentStatuses }).notNull().default('invited'),
    dataSharingAgreementRef: text('data_sharing_agreement_ref'),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawalReason: text('withdrawal_reason'),
    version: version(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.programmeId],
      foreignColumns: [programmes.tenantId, programmes.id],
    }),
    // One live enrolment per organisation and programme; a withdrawn one may be followed by a new one.
    uniqueIndex('enrolments_live_uq')
      .on(t.tenantId, t.programmeId, t.organisationId)
      .where(sql`status <> 'withdrawn'`),
    index('enrolments_organisation_idx').on(t.organisationId, t.status),
  ],
);

export const roles = [
  'platform_admin',
  'tenant_admin',
  'measure_steward',
  'submitter',
  'viewer',
  'inspector',
  'analyst',
] as const;
export type Role = (typeof roles)[number];

/** A person's role in an organisation; the person is a subject of an identity provider. */
export const roleGrants = tenancy.table(
  'role_grants',
  {
    tenantId: tenantId(),
    id: id(),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    displayName: text('display_name'),
    role: text('role', { enum: roles }).notNull(),
    grantedBy: text('granted_by').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: text('revoked_by'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('role_grants_live_uq')
      .on(t.tenantId, t.issuer, t.subject, t.role)
      .where(sql`revoked_at is null`),
    index('role_grants_subject_idx').on(t.issuer, t.subject),
  ],
);

/** A machine client (a trust's system) using OAuth 2.0 client credentials. */
export const apiClients = tenancy.table(
  'api_clients',
  {
    tenantId: tenantId(),
    id: id(),
    /** Public identifier sent to /oauth/token; random, so unique without a global index. */
    clientId: text('client_id').notNull(),
    name: text('name').notNull(),
    /** argon2id hash; the secret itself is shown once, at creation or rotation. */
    secretHash: text('secret_hash').notNull(),
    secretHint: text('secret_hint').notNull(),
    roles: text('roles').array().notNull(),
    scopes: text('scopes').array().notNull(),
    status: text('status', { enum: ['active', 'revoked'] })
      .notNull()
      .default('active'),
    secretRotatedAt: timestamp('secret_rotated_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    version: version(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('api_clients_client_id_uq').on(t.tenantId, t.clientId),
    index('api_clients_lookup_idx').on(t.clientId),
    check('api_clients_roles_nonempty', sql`cardinality(${t.roles}) > 0`),
  ],
);
