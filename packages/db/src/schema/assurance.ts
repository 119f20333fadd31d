import { sql } from 'drizzle-orm';
import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, tenantId, timestamps, version } from './columns.js';
import { organisations } from './tenancy.js';

// The `assurance` schema itself was created in migration 0001.
export const assuranceSchema = pgSchema('assurance');

export const frameworkVersionStatuses = ['draft', 'published', 'retired'] as const;
export type FrameworkVersionStatus = (typeof frameworkVersionStatuses)[number];

/** A kind of node in a framework's tree, e.g. `key_question` or `quality_indicator`; data, not code. */
export interface FrameworkNodeKind {
  key: string;
  label: string;
}

/** One level of a rating scale; `rank` 1 is the best, levels are listed best first. */
export interface RatingLevel {
  key: string;
  label: string;
  rank: number;
}

export interface EvidenceCategory {
  key: string;
  label: string;
}

/**
 * An inspection framework, owned by a regulator or national body (tenant_id). Its content lives
 * in versions; the framework itself is only a code and a name.
 */
export const frameworks = assuranceSchema.table(
  'frameworks',
  {
    tenantId: tenantId(),
    id: id(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('frameworks_code_uq').on(t.tenantId, t.code),
  ],
);

/**
 * A version of a framework: the node kinds, rating scale and evidence categories as data.
 * draft → published → retired; a published version is immutable (trigger, migration 0009), and
 * so are its nodes and measure bindings.
 */
export const frameworkVersions = assuranceSchema.table(
  'framework_versions',
  {
    tenantId: tenantId(),
    id: id(),
    frameworkId: uuid('framework_id').notNull(),
    version: integer('version').notNull(),
    status: text('status', { enum: frameworkVersionStatuses }).notNull().default('draft'),
    nodeKinds: jsonb('node_kinds').$type<FrameworkNodeKind[]>().notNull(),
    ratingScale: jsonb('rating_scale').$type<RatingLevel[]>().notNull(),
    evidenceCategories: jsonb('evidence_categories').$type<EvidenceCategory[]>().notNull().default([]),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    rowVersion: integer('row_version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.frameworkId],
      foreignColumns: [frameworks.tenantId, frameworks.id],
    }),
    uniqueIndex('framework_versions_number_uq').on(t.tenantId, t.frameworkId, t.version),
  ],
);

/** A node of a framework version's tree; its kind is one of the version's node kinds. */
export const frameworkNodes = assuranceSchema.table(
  'framework_nodes',
  {
    tenantId: tenantId(),
    id: id(),
    versionId: uuid('version_id').notNull(),
    parentId: uuid('parent_id'),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.versionId],
      foreignColumns: [frameworkVersions.tenantId, frameworkVersions.id],
    }),
    foreignKey({ columns: [t.tenantId, t.parentId], foreignColumns: [t.tenantId, t.id] }),
    uniqueIndex('framework_nodes_code_uq').on(t.tenantId, t.versionId, t.code),
  ],
);

/**
 * A node's evidence from a measure. The measure may belong to another organisation (e.g. a
 * national body's programme measure), so there is no foreign key: the handler checks that the
 * owner can see it when the binding is made.
 */
export const measureBindings = assuranceSchema.table(
  'measure_bindings',
  {
    tenantId: tenantId(),
    id: id(),
    versionId: uuid('version_id').notNull(),
    nodeId: uuid('node_id').notNull(),
    measureTenantId: uuid('measure_tenant_id').notNull(),
    measureId: uuid('measure_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.nodeId],
      foreignColumns: [frameworkNodes.tenantId, frameworkNodes.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.versionId],
      foreignColumns: [frameworkVersions.tenantId, frameworkVersions.id],
    }),
    uniqueIndex('measure_bindings_uq').on(t.tenantId, t.nodeId, t.measureId),
    index('measure_bindings_measure_idx').on(t.measureTenantId, t.measureId),
  ],
);

export const inspectionTypes = [
  'announced',
  'unannounced',
  'self_assessment',
  'peer_review',
  'thematic',
] as const;
export type InspectionType = (typeof inspectionTypes)[number];

/** The lifecycle itself is in apps/assurance/src/inspections/inspection-lifecycle.ts. */
export const inspectionStages = [
  'planned',
  'fieldwork',
  'draft',
  'factual_accuracy',
  'published',
  'closed',
] as const;
export type InspectionStage = (typeof inspectionStages)[number];

/**
 * An inspection of an organisation (organisation_id) by the inspecting organisation
 * (tenant_id), against a pinned framework version. The inspected organisation reads it, and
 * its findings only from the factual-accuracy stage on (row-level security, migration 0009).
 */
export const inspections = assuranceSchema.table(
  'inspections',
  {
    tenantId: tenantId(),
    id: id(),
    organisationId: uuid('organisation_id').notNull(),
    frameworkVersionId: uuid('framework_version_id').notNull(),
    type: text('type', { enum: inspectionTypes }).notNull(),
    title: text('title').notNull(),
    /** Inspectors by subject (`inspector@care-regulator`), the lead first. */
    team: jsonb('team').$type<string[]>().notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    stage: text('stage', { enum: inspectionStages }).notNull().default('planned'),
    fieldworkStartedAt: timestamp('fieldwork_started_at', { withTimezone: true }),
    draftedAt: timestamp('drafted_at', { withTimezone: true }),
    factualAccuracyAt: timestamp('factual_accuracy_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.frameworkVersionId],
      foreignColumns: [frameworkVersions.tenantId, frameworkVersions.id],
    }),
    foreignKey({ columns: [t.organisationId], foreignColumns: [organisations.tenantId] }),
    index('inspections_organisation_idx').on(t.organisationId),
  ],
);

export const findingTypes = ['requirement', 'recommendation', 'good_practice', 'concern'] as const;
export type FindingType = (typeof findingTypes)[number];
export const findingSeverities = ['low', 'medium', 'high', 'critical'] as const;
export type FindingSeverity = (typeof findingSeverities)[number];

/**
 * A finding of an inspection, linked to nodes of the pinned framework version and to measures.
 * Written by the inspecting organisation; frozen once the inspection is published (trigger).
 */
export const findings = assuranceSchema.table(
  'findings',
  {
    tenantId: tenantId(),
    id: id(),
    inspectionId: uuid('inspection_id').notNull(),
    type: text('type', { enum: findingTypes }).notNull(),
    severity: text('severity', { enum: findingSeverities }).notNull(),
    statement: text('statement').notNull(),
    nodeIds: uuid('node_ids').array().notNull().default(sql`'{}'::uuid[]`),
    measureIds: uuid('measure_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** Only requirements have a due date, and they must. */
    dueOn: date('due_on', { mode: 'string' }),
    createdBy: text('created_by').notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.inspectionId],
      foreignColumns: [inspections.tenantId, inspections.id],
    }),
    index('findings_inspection_idx').on(t.tenantId, t.inspectionId),
  ],
);
