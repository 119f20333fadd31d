import { sql } from 'drizzle-orm';
import {
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
  uuid,
} from 'drizzle-orm/pg-core';
import { id, tenantId, timestamps } from './columns.js';
import { measures } from './measures.js';
import { programmes } from './tenancy.js';

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
    inputs: jsonb('inputs').$type<BenchmarkRunInput[]>().notNull(),
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
    index('benchmark_runs_published_idx').on(t.tenantId, t.programmeId).where(sql`status = 'published'`),
    check('benchmark_runs_period_order', sql`${t.periodFrom} <= ${t.periodTo}`),
  ],
);
