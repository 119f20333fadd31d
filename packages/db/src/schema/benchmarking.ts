import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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
import { measures } from './measures.js';
import { organisations, programmes } from './tenancy.js';

export const benchmarkingSchema = pgSchema('benchmarking');

export const benchmarkRunStatuses = ['draft', 'published'] as const;
export type BenchmarkRunStatus = (typeof benchmarkRunStatuses)[number];

/** One observation revision that went into a run, with the values the run used. */
export interface BenchmarkRunInput {
  observationId: string;
  organisationId: string;
  periodStart: string;
  revision: number;
  numerator: number;
  denominator: number;
}

/**
 * A benchmark run is a snapshot: the exact observation revisions it used (ids and values), the
 * method and engine version, and its results. Owned by the programme's owner. A published run is
 * immutable (a trigger refuses any change); a later data correction makes a new run.
 */
export const benchmarkRuns = benchmarkingSchema.table(
  'benchmark_runs',
  {
    tenantId: tenantId(),
    id: id(),
    programmeId: uuid('programme_id').notNull(),
    measureId: uuid('measure_id').notNull(),
    measureVersionId: uuid('measure_version_id').notNull(),
    status: text('status', { enum: benchmarkRunStatuses }).notNull().default('draft'),
    /** How the periods were chosen: `{ type, period | quarter | end + length }`. */
    periodSpec: jsonb('period_spec').$type<Record<string, unknown>>().notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    /** Peer-group filter (attribute → value), empty for the whole programme. */
    peerGroup: jsonb('peer_group').$type<Record<string, string>>().notNull().default({}),
    /** The funnel request the run made (data type and options), so it can be replayed. */
    method: jsonb('method').$type<Record<string, unknown>>().notNull(),
    engineVersion: text('engine_version').notNull(),
    /**
     * The inputs, encoded columnar as JSON text (`encodeRunInputs` in apps/benchmarking): about a
     * third of the size of an array of objects, and not parsed by the database.
     */
    inputs: text('inputs').notNull(),
    inputsHash: text('inputs_hash').notNull(),
    results: jsonb('results').$type<Record<string, unknown>>().notNull(),
    resultsHash: text('results_hash').notNull(),
    organisationCount: integer('organisation_count').notNull(),
    inputCount: integer('input_count').notNull(),
    /** Random per run: keys the stable pseudonyms of the anonymised peer view. */
    pseudonymKey: text('pseudonym_key').notNull(),
    createdBy: text('created_by').notNull(),
    publishedBy: text('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    rowVersion: integer('row_version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.programmeId],
      foreignColumns: [programmes.tenantId, programmes.id],
    }),
    foreignKey({ columns: [t.tenantId, t.measureId], foreignColumns: [measures.tenantId, measures.id] }),
    index('benchmark_runs_programme_idx').on(t.tenantId, t.programmeId, t.measureId),
    // The list of runs is ordered by id across tenants (row-level security shows the owner's
    // runs and the published runs of its programmes): read in id order, it stops at the page.
    index('benchmark_runs_id_idx').on(t.id),
    index('benchmark_runs_published_idx').on(t.tenantId, t.programmeId).where(sql`status = 'published'`),
    check('benchmark_runs_period_order', sql`${t.periodFrom} <= ${t.periodTo}`),
  ],
);

/**
 * Stages of an outlier case (national clinical audit practice): detected → data checked by the
 * programme's owner → provider notified → provider responded → reviewed (closed with no case to
 * answer, or confirmed) → confirmed outlier notified to the organisation's leadership (and the
 * regulator where the programme says so) → acknowledged → published. The lifecycle itself is in
 * apps/benchmarking/src/outlier-cases/outlier-lifecycle.ts.
 */
export const outlierStages = [
  'detected',
  'data_checked',
  'provider_notified',
  'provider_responded',
  'closed',
  'confirmed',
  'confirmed_notified',
  'acknowledged',
  'published',
] as const;
export type OutlierStage = (typeof outlierStages)[number];

export const outlierBands = ['alert_high', 'alert_low', 'alarm_high', 'alarm_low'] as const;
export type OutlierBand = (typeof outlierBands)[number];
/** Whether the outlier is better (a positive outlier) or worse than expected. */
export const outlierSides = ['good', 'bad', 'neutral'] as const;
export type OutlierSide = (typeof outlierSides)[number];
export const outlierOutcomes = ['no_case', 'confirmed'] as const;
export type OutlierOutcome = (typeof outlierOutcomes)[number];

/**
 * An outlier case: one organisation (the provider) outside the limits in one published run.
 * Owned by the programme's owner; the provider reads its own cases and moves them only through
 * its own transitions (row-level security, migration 0007).
 */
export const outlierCases = benchmarkingSchema.table(
  'outlier_cases',
  {
    tenantId: tenantId(),
    id: id(),
    programmeId: uuid('programme_id').notNull(),
    measureId: uuid('measure_id').notNull(),
    runId: uuid('run_id').notNull(),
    /** The provider: the organisation outside the limits. */
    organisationId: uuid('organisation_id').notNull(),
    band: text('band', { enum: outlierBands }).notNull(),
    side: text('side', { enum: outlierSides }).notNull(),
    stage: text('stage', { enum: outlierStages }).notNull().default('detected'),
    stageEnteredOn: date('stage_entered_on', { mode: 'string' }).notNull(),
    /** Working-day deadline of the current stage; null once the case is closed or published. */
    stageDueOn: date('stage_due_on', { mode: 'string' }),
    escalated: boolean('escalated').notNull().default(false),
    outcome: text('outcome', { enum: outlierOutcomes }),
    explanation: text('explanation'),
    dataCorrected: boolean('data_corrected').notNull().default(false),
    regulatorNotified: boolean('regulator_notified').notNull().default(false),
    /** The benchmark run recomputed after the provider corrected its data. */
    rerunRunId: uuid('rerun_run_id'),
    openedBy: text('opened_by').notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.programmeId],
      foreignColumns: [programmes.tenantId, programmes.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.runId],
      foreignColumns: [benchmarkRuns.tenantId, benchmarkRuns.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.rerunRunId],
      foreignColumns: [benchmarkRuns.tenantId, benchmarkRuns.id],
    }),
    foreignKey({ columns: [t.organisationId], foreignColumns: [organisations.tenantId] }),
    uniqueIndex('outlier_cases_run_organisation_uq').on(t.tenantId, t.runId, t.organisationId),
    index('outlier_cases_programme_idx').on(t.tenantId, t.programmeId, t.stage),
    index('outlier_cases_provider_idx').on(t.organisationId),
  ],
);

/** Append-only history of an outlier case: every step, who took it and why (a trigger refuses changes). */
export const outlierCaseEvents = benchmarkingSchema.table(
  'outlier_case_events',
  {
    tenantId: tenantId(),
    id: id(),
    caseId: uuid('case_id').notNull(),
    action: text('action').notNull(),
    fromStage: text('from_stage', { enum: outlierStages }),
    toStage: text('to_stage', { enum: outlierStages }).notNull(),
    /** `issuer|subject` of the person or client. */
    actor: text('actor').notNull(),
    /** The actor's organisation: the programme's owner or the provider. */
    actorTenantId: uuid('actor_tenant_id').notNull(),
    note: text('note'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.caseId], foreignColumns: [outlierCases.tenantId, outlierCases.id] }),
    index('outlier_case_events_case_idx').on(t.tenantId, t.caseId, t.occurredAt),
  ],
);
