import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
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
import { id, tenantId, timestamps } from './columns.js';
import { programmes, units } from './tenancy.js';

export const measuresSchema = pgSchema('measures');

export const measureKinds = ['outcome', 'process', 'balancing', 'structure'] as const;
export const valueTypes = ['proportion', 'rate', 'count', 'ratio', 'continuous'] as const;
export type ValueType = (typeof valueTypes)[number];
export const periodicities = ['week', 'month', 'quarter'] as const;
export type Periodicity = (typeof periodicities)[number];
export const improvementDirections = ['increase', 'decrease', 'neutral'] as const;
export const measureVersionStatuses = ['draft', 'active', 'retired'] as const;
export const qualityDomains = [
  'safe',
  'effective',
  'person_centred',
  'timely',
  'efficient',
  'equitable',
] as const;
export const measureUses = ['quality_control', 'assurance', 'improvement'] as const;
export const observationStatuses = ['provisional', 'final'] as const;
export const annotationCategories = [
  'system_change',
  'pdsa_cycle',
  'inspection',
  'data_issue',
  'other',
] as const;

/** Data-quality rules of a measure version, checked on every submitted row. */
export interface DataQualityRules {
  plausibleMin?: number;
  plausibleMax?: number;
  denominatorRequired?: boolean;
  /** Days after the end of a period by which its data is due. */
  submissionDeadlineDays?: number;
}

/** An effective-dated target: applies to periods starting on or after `from` (and before `to`). */
export interface MeasureTarget {
  from: string;
  to?: string;
  value: number;
}

/**
 * A measure's stable identity: the code is unique per owner (a national body's national
 * measures, or an organisation's local ones). Everything that can change lives in versions.
 */
export const measures = measuresSchema.table(
  'measures',
  {
    tenantId: tenantId(),
    id: id(),
    code: text('code').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('measures_code_uq').on(t.tenantId, t.code),
  ],
);

/**
 * A version of a measure's definition: draft → active → retired. An active version is
 * immutable; a change is a new version, and observations record the version they used.
 */
export const measureVersions = measuresSchema.table(
  'measure_versions',
  {
    tenantId: tenantId(),
    id: id(),
    measureId: uuid('measure_id').notNull(),
    version: integer('version').notNull(),
    status: text('status', { enum: measureVersionStatuses }).notNull().default('draft'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    rationale: text('rationale').notNull().default(''),
    kind: text('kind', { enum: measureKinds }).notNull(),
    valueType: text('value_type', { enum: valueTypes }).notNull(),
    /** Display multiplier for rates and proportions (per 1,000 bed days, per 100). */
    multiplier: doublePrecision('multiplier').notNull().default(1),
    numeratorDefinition: text('numerator_definition').notNull().default(''),
    denominatorDefinition: text('denominator_definition').notNull().default(''),
    unit: text('unit').notNull().default(''),
    periodicity: text('periodicity', { enum: periodicities }).notNull(),
    improvementDirection: text('improvement_direction', { enum: improvementDirections }).notNull(),
    targets: jsonb('targets').$type<MeasureTarget[]>().notNull().default([]),
    defaultChart: text('default_chart').notNull().default('xmr'),
    ruleFamily: text('rule_family', { enum: ['mdc', 'anhoej'] })
      .notNull()
      .default('mdc'),
    dataQualityRules: jsonb('data_quality_rules').$type<DataQualityRules>().notNull().default({}),
    domains: text('domains').array().notNull().default(sql`'{}'::text[]`),
    /** Funnel-plot settings for benchmarking (data type, limits, over-dispersion). */
    benchmarking: jsonb('benchmarking').$type<Record<string, unknown>>().notNull().default({}),
    owner: text('owner').notNull().default(''),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    rowVersion: integer('row_version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.measureId], foreignColumns: [measures.tenantId, measures.id] }),
    uniqueIndex('measure_versions_number_uq').on(t.tenantId, t.measureId, t.version),
    // At most one active version per measure.
    uniqueIndex('measure_versions_active_uq').on(t.tenantId, t.measureId).where(sql`status = 'active'`),
    check('measure_versions_multiplier_positive', sql`${t.multiplier} > 0`),
  ],
);

/** A national body publishes its measures to its programme; enrolled organisations report them. */
export const programmeMeasures = measuresSchema.table(
  'programme_measures',
  {
    tenantId: tenantId(),
    programmeId: uuid('programme_id').notNull(),
    measureId: uuid('measure_id').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.programmeId, t.measureId] }),
    foreignKey({
      columns: [t.tenantId, t.programmeId],
      foreignColumns: [programmes.tenantId, programmes.id],
    }),
    foreignKey({ columns: [t.tenantId, t.measureId], foreignColumns: [measures.tenantId, measures.id] }),
  ],
);

/**
 * An organisation takes up a measure owned by another (a programme's national measure): who
 * owns it locally and the local target. The measure lives in its owner's tenant, so it is
 * referenced by (owner, id) without a foreign key across tenants.
 */
export const adoptions = measuresSchema.table(
  'adoptions',
  {
    tenantId: tenantId(),
    id: id(),
    measureTenantId: uuid('measure_tenant_id').notNull(),
    measureId: uuid('measure_id').notNull(),
    ownerUnitId: uuid('owner_unit_id'),
    localOwner: text('local_owner').notNull().default(''),
    localTarget: doublePrecision('local_target'),
    status: text('status', { enum: ['active', 'ended'] })
      .notNull()
      .default('active'),
    rowVersion: integer('row_version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.ownerUnitId], foreignColumns: [units.tenantId, units.id] }),
    uniqueIndex('adoptions_live_uq')
      .on(t.tenantId, t.measureTenantId, t.measureId)
      .where(sql`status = 'active'`),
  ],
);

/** The handful of measures a programme or a board watches, each marked with its uses. */
export const measureSets = measuresSchema.table(
  'measure_sets',
  {
    tenantId: tenantId(),
    id: id(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    programmeId: uuid('programme_id'),
    rowVersion: integer('row_version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('measure_sets_code_uq').on(t.tenantId, t.code),
    foreignKey({
      columns: [t.tenantId, t.programmeId],
      foreignColumns: [programmes.tenantId, programmes.id],
    }),
  ],
);

export const measureSetItems = measuresSchema.table(
  'measure_set_items',
  {
    tenantId: tenantId(),
    setId: uuid('set_id').notNull(),
    measureTenantId: uuid('measure_tenant_id').notNull(),
    measureId: uuid('measure_id').notNull(),
    uses: text('uses').array().notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.setId, t.measureTenantId, t.measureId] }),
    foreignKey({ columns: [t.tenantId, t.setId], foreignColumns: [measureSets.tenantId, measureSets.id] }),
  ],
);

/**
 * The golden thread: a measure contributes to (or balances) another, possibly another
 * organisation's (a ward measure feeding a national outcome). Owned by the `from` side.
 */
export const measureLinks = measuresSchema.table(
  'measure_links',
  {
    tenantId: tenantId(),
    id: id(),
    fromMeasureId: uuid('from_measure_id').notNull(),
    toMeasureTenantId: uuid('to_measure_tenant_id').notNull(),
    toMeasureId: uuid('to_measure_id').notNull(),
    kind: text('kind', { enum: ['contributes_to', 'balancing'] }).notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.fromMeasureId], foreignColumns: [measures.tenantId, measures.id] }),
    uniqueIndex('measure_links_uq').on(
      t.tenantId,
      t.fromMeasureId,
      t.toMeasureTenantId,
      t.toMeasureId,
      t.kind,
    ),
    index('measure_links_to_idx').on(t.toMeasureTenantId, t.toMeasureId),
  ],
);

/** A batch of observations as received: the raw payload is kept, nothing is lost. */
export const submissions = measuresSchema.table(
  'submissions',
  {
    tenantId: tenantId(),
    id: id(),
    format: text('format', { enum: ['json', 'csv'] }).notNull(),
    mode: text('mode', { enum: ['all_or_nothing', 'partial'] }).notNull(),
    dryRun: boolean('dry_run').notNull().default(false),
    outcome: text('outcome', { enum: ['accepted', 'partially_accepted', 'rejected', 'validated'] }).notNull(),
    received: integer('received').notNull(),
    created: integer('created').notNull(),
    revised: integer('revised').notNull(),
    unchanged: integer('unchanged').notNull(),
    rejected: integer('rejected').notNull(),
    summary: jsonb('summary').$type<Record<string, unknown>>().notNull(),
    /** Media type of the raw payload kept in `submission_payloads`. */
    contentType: text('content_type').notNull(),
    payloadBytes: integer('payload_bytes').notNull().default(0),
    submittedBy: text('submitted_by').notNull(),
    requestId: text('request_id').notNull(),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/**
 * The raw payload of a submission, in order, in chunks: a million-row CSV is kept without ever
 * holding it whole in memory.
 */
export const submissionPayloads = measuresSchema.table(
  'submission_payloads',
  {
    tenantId: tenantId(),
    submissionId: uuid('submission_id').notNull(),
    sequence: integer('sequence').notNull(),
    content: text('content').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.submissionId, t.sequence] }),
    foreignKey({
      columns: [t.tenantId, t.submissionId],
      foreignColumns: [submissions.tenantId, submissions.id],
    }),
  ],
);

/**
 * One value of a measure for one organisation (or unit) and period. A different value for the
 * same measure, unit and period is a new revision; earlier revisions stay, and `is_current`
 * marks the one reads use by default.
 */
export const observations = measuresSchema.table(
  'observations',
  {
    tenantId: tenantId(),
    id: id(),
    measureTenantId: uuid('measure_tenant_id').notNull(),
    measureId: uuid('measure_id').notNull(),
    measureVersionId: uuid('measure_version_id').notNull(),
    /** The unit reported on; null for the whole organisation. */
    unitId: uuid('unit_id'),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    revision: integer('revision').notNull(),
    isCurrent: boolean('is_current').notNull().default(true),
    numerator: doublePrecision('numerator'),
    denominator: doublePrecision('denominator'),
    value: doublePrecision('value'),
    expected: doublePrecision('expected'),
    status: text('status', { enum: observationStatuses }).notNull().default('final'),
    late: boolean('late').notNull().default(false),
    submissionId: uuid('submission_id').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.unitId], foreignColumns: [units.tenantId, units.id] }),
    foreignKey({
      columns: [t.tenantId, t.submissionId],
      foreignColumns: [submissions.tenantId, submissions.id],
    }),
    uniqueIndex('observations_revision_uq').on(
      t.tenantId,
      t.measureTenantId,
      t.measureId,
      sql`coalesce(${t.unitId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.periodStart,
      t.revision,
    ),
    uniqueIndex('observations_current_uq')
      .on(
        t.tenantId,
        t.measureTenantId,
        t.measureId,
        sql`coalesce(${t.unitId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
        t.periodStart,
      )
      .where(sql`is_current`),
    // Series and programme reads want current rows only; partial, they stay as small as the
    // series however many revisions pile up (`pnpm load` revises the same periods hundreds of
    // times, and the full indexes made every read scan every revision).
    // Period before unit: the submission's lookup of a row's current observation matches on
    // coalesce(unit_id, …), which cannot use a unit column placed before the period; with unit
    // first, a plan on this index scanned the whole series for every row looked up.
    index('observations_series_idx')
      .on(t.tenantId, t.measureId, t.periodStart, t.unitId)
      .where(sql`is_current`),
    index('observations_programme_idx')
      .on(t.measureTenantId, t.measureId, t.periodStart)
      .where(sql`is_current`),
  ],
);

/**
 * "Only current revisions", as a condition written into the statement text: the partial indexes
 * on observations are `WHERE is_current`, and only a literal lets a prepared statement's generic
 * plan use them. With `is_current = $1` PostgreSQL must plan the statement afresh on every run.
 */
export const currentObservation = sql`${observations.isCurrent}`;

/** Where the process changed: a new phase of limits (recalculation) or a fixed baseline. */
export const limitChanges = measuresSchema.table(
  'limit_changes',
  {
    tenantId: tenantId(),
    id: id(),
    measureTenantId: uuid('measure_tenant_id').notNull(),
    measureId: uuid('measure_id').notNull(),
    unitId: uuid('unit_id'),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['recalculation', 'baseline'] }).notNull(),
    baselineLength: integer('baseline_length'),
    reason: text('reason').notNull(),
    createdBy: text('created_by').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.unitId], foreignColumns: [units.tenantId, units.id] }),
    index('limit_changes_series_idx').on(t.tenantId, t.measureId, t.unitId),
  ],
);

/** A note on a measure × organisation (× unit) × period, drawn on its charts. */
export const annotations = measuresSchema.table(
  'annotations',
  {
    tenantId: tenantId(),
    id: id(),
    measureTenantId: uuid('measure_tenant_id').notNull(),
    measureId: uuid('measure_id').notNull(),
    unitId: uuid('unit_id'),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    category: text('category', { enum: annotationCategories }).notNull(),
    text: text('text').notNull(),
    createdBy: text('created_by').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.unitId], foreignColumns: [units.tenantId, units.id] }),
    index('annotations_series_idx').on(t.tenantId, t.measureId, t.unitId, t.periodStart),
  ],
);
