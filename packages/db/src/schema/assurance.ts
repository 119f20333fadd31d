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
 * How a parent node's rating follows from its children's, declared by the framework version:
 * the worst child's level, or the mean of the children's ranks mapped to a level by thresholds
 * (the first threshold whose `upTo` the mean does not exceed). The code is in
 * apps/assurance/src/judgements/roll-up.ts.
 */
export type RollUpRule =
  | { method: 'worst_of' }
  | { method: 'mean_of_ranks'; thresholds: { upTo: number; level: string }[] };

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
    rollUp: jsonb('roll_up').$type<RollUpRule>().notNull().default(sql`'{"method":"worst_of"}'::jsonb`),
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
    /** Units of the inspected organisation the inspection covers (empty: the whole organisation). */
    unitIds: uuid('unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
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
    // Ends with the id: a page of the list (ordered by id, after a cursor) is read in order and
    // stops at the page's end, instead of sorting every row of the parent on each request.
    index('findings_inspection_idx').on(t.tenantId, t.inspectionId, t.id),
  ],
);

export const evidenceSources = ['observation', 'interview', 'document', 'measure'] as const;
export type EvidenceSource = (typeof evidenceSources)[number];

/**
 * What a `measure` piece of evidence saw at capture time: frozen, never recomputed, so a later
 * revision of the organisation's data does not change the evidence.
 */
export interface MeasureSnapshot {
  measureTenantId: string;
  measureId: string;
  code: string;
  title: string;
  measureVersionId: string;
  measureVersion: number;
  organisationId: string;
  unitId: string | null;
  chart: string | null;
  periodStart: string | null;
  value: number | null;
  centre: number | null;
  lowerProcessLimit: number | null;
  upperProcessLimit: number | null;
  variationIcon: string | null;
  assuranceIcon: string | null;
  target: number | null;
  dataQuality: {
    missing: boolean;
    provisional: boolean;
    late: boolean;
    revised: boolean;
    revision: number | null;
  };
  /** The revision of every observation the analysis used, by period. */
  observations: { periodStart: string; revision: number }[];
  pointCount: number;
  problem: string | null;
  takenAt: string;
}

/**
 * Evidence gathered by an inspection, against nodes of its pinned framework version. Evidence is
 * a record: never updated or deleted; frozen with the report once published (trigger).
 */
export const evidence = assuranceSchema.table(
  'evidence',
  {
    tenantId: tenantId(),
    id: id(),
    inspectionId: uuid('inspection_id').notNull(),
    category: text('category').notNull(),
    source: text('source', { enum: evidenceSources }).notNull(),
    nodeIds: uuid('node_ids').array().notNull().default(sql`'{}'::uuid[]`),
    description: text('description').notNull(),
    reference: text('reference'),
    measureTenantId: uuid('measure_tenant_id'),
    measureId: uuid('measure_id'),
    measureSnapshot: jsonb('measure_snapshot').$type<MeasureSnapshot>(),
    capturedBy: text('captured_by').notNull(),
    capturedAt: timestamp('captured_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.inspectionId],
      foreignColumns: [inspections.tenantId, inspections.id],
    }),
    // Ends with the id: a page of the list (ordered by id, after a cursor) is read in order and
    // stops at the page's end, instead of sorting every row of the parent on each request.
    index('evidence_inspection_idx').on(t.tenantId, t.inspectionId, t.id),
  ],
);

/**
 * The judgement of one node of an inspection's framework version. For a leaf, `rating` is the
 * inspectors' level; for a parent, the rating is computed from its children on read and `rating`
 * here is a manual override, which needs `override_reason`. Written from fieldwork to factual
 * accuracy, frozen once published (trigger); read by the inspected organisation from factual
 * accuracy on (RLS).
 */
export const judgements = assuranceSchema.table(
  'judgements',
  {
    tenantId: tenantId(),
    id: id(),
    inspectionId: uuid('inspection_id').notNull(),
    nodeId: uuid('node_id').notNull(),
    rating: text('rating'),
    overrideReason: text('override_reason'),
    rationale: text('rationale'),
    evidenceIds: uuid('evidence_ids').array().notNull().default(sql`'{}'::uuid[]`),
    updatedBy: text('updated_by').notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.inspectionId],
      foreignColumns: [inspections.tenantId, inspections.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.nodeId],
      foreignColumns: [frameworkNodes.tenantId, frameworkNodes.id],
    }),
    uniqueIndex('judgements_node_uq').on(t.tenantId, t.inspectionId, t.nodeId),
  ],
);

export const reportVersionKinds = ['publication', 'amendment'] as const;
export type ReportVersionKind = (typeof reportVersionKinds)[number];

/**
 * A version of an inspection's published report: a complete JSON snapshot of the inspection,
 * its ratings (computed and overridden), findings and evidence. Number 1 is written when the
 * inspection is published; each amendment adds the next number with its reason. Never changed
 * or deleted, so every earlier version stays readable.
 */
export const reportVersions = assuranceSchema.table(
  'report_versions',
  {
    tenantId: tenantId(),
    id: id(),
    inspectionId: uuid('inspection_id').notNull(),
    number: integer('number').notNull(),
    kind: text('kind', { enum: reportVersionKinds }).notNull(),
    reason: text('reason'),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.inspectionId],
      foreignColumns: [inspections.tenantId, inspections.id],
    }),
    uniqueIndex('report_versions_number_uq').on(t.tenantId, t.inspectionId, t.number),
  ],
);

export const crosswalkRelations = ['equivalent', 'partially_covers'] as const;
export type CrosswalkRelation = (typeof crosswalkRelations)[number];

/**
 * A link from a node of one framework to a node of another framework of the same owner:
 * `equivalent` (evidence for one serves the other) or `partially_covers`.
 */
export const crosswalks = assuranceSchema.table(
  'crosswalks',
  {
    tenantId: tenantId(),
    id: id(),
    fromNodeId: uuid('from_node_id').notNull(),
    toNodeId: uuid('to_node_id').notNull(),
    relation: text('relation', { enum: crosswalkRelations }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.fromNodeId],
      foreignColumns: [frameworkNodes.tenantId, frameworkNodes.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.toNodeId],
      foreignColumns: [frameworkNodes.tenantId, frameworkNodes.id],
    }),
    uniqueIndex('crosswalks_pair_uq').on(t.tenantId, t.fromNodeId, t.toNodeId),
    index('crosswalks_to_idx').on(t.tenantId, t.toNodeId),
  ],
);
