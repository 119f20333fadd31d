import { sql } from 'drizzle-orm';
import {
  date,
  foreignKey,
  index,
  jsonb,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { assuranceSchema } from './assurance.js';
import { id, tenantId, timestamps, version } from './columns.js';
import { units } from './tenancy.js';

/**
 * Action plans answer an inspection's report. They belong to the INSPECTED organisation
 * (tenant_id), which writes them; the inspecting organisation (inspection_tenant_id) reads them
 * and may only verify a completed action (row-level security and a trigger, migration 0015).
 */

/** The lifecycle is in apps/assurance/src/action-plans/action-lifecycle.ts. */
export const actionStatuses = ['open', 'in_progress', 'completed', 'verified'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionOwnerKinds = ['person', 'unit'] as const;
export type ActionOwnerKind = (typeof actionOwnerKinds)[number];

export const verificationRuleKinds = ['special_cause_improvement', 'assurance_icon'] as const;
export type VerificationRuleKind = (typeof verificationRuleKinds)[number];

/** A reference to what shows an action was done: a piece of inspection evidence, a document, a link. */
export interface ActionEvidenceReference {
  label: string;
  url?: string;
  evidenceId?: string;
}

/** How the platform checks an action from a measure's SPC (see verification-rule.ts). */
export interface StoredVerificationRule {
  kind: VerificationRuleKind;
  measureTenantId: string;
  measureId: string;
  /** Consecutive assessed periods the condition must hold, up to the latest. */
  periods: number;
  /** For `assurance_icon`: the icon every period must show. */
  icon?: 'consistentlyPassing' | 'consistentlyFailing' | 'hitAndMiss';
  /** Only periods starting on or after this one count (e.g. when the action began). */
  fromPeriod?: string;
}

/** One plan per inspection, owned by the inspected organisation. */
export const actionPlans = assuranceSchema.table(
  'action_plans',
  {
    tenantId: tenantId(),
    id: id(),
    inspectionTenantId: uuid('inspection_tenant_id').notNull(),
    inspectionId: uuid('inspection_id').notNull(),
    summary: text('summary').notNull().default(''),
    createdBy: text('created_by').notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('action_plans_inspection_uq').on(t.tenantId, t.inspectionTenantId, t.inspectionId),
    index('action_plans_inspecting_idx').on(t.inspectionTenantId, t.inspectionId),
  ],
);

/**
 * An action of a plan. `overdue` is computed from `due_on` and `status`, never stored. The
 * inspecting tenant is repeated here so that its read and verify policies need no join.
 */
export const actions = assuranceSchema.table(
  'actions',
  {
    tenantId: tenantId(),
    id: id(),
    planId: uuid('plan_id').notNull(),
    inspectionTenantId: uuid('inspection_tenant_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    findingIds: uuid('finding_ids').array().notNull().default(sql`'{}'::uuid[]`),
    ownerKind: text('owner_kind', { enum: actionOwnerKinds }).notNull(),
    /** A person by subject (`tenant-admin@barts-health`) when owner_kind = person. */
    ownerSubject: text('owner_subject'),
    ownerUnitId: uuid('owner_unit_id'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: actionStatuses }).notNull().default('open'),
    evidenceReferences: jsonb('evidence_references').$type<ActionEvidenceReference[]>().notNull().default([]),
    verificationRule: jsonb('verification_rule').$type<StoredVerificationRule>(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedBy: text('verified_by'),
    /** The platform's evaluation of the rule when the action was completed, for the inspector. */
    verificationAtCompletion: jsonb('verification_at_completion').$type<Record<string, unknown>>(),
    createdBy: text('created_by').notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.planId], foreignColumns: [actionPlans.tenantId, actionPlans.id] }),
    foreignKey({ columns: [t.tenantId, t.ownerUnitId], foreignColumns: [units.tenantId, units.id] }),
    // Ends with the id: a page of the list (ordered by id, after a cursor) is read in order and
    // stops at the page's end, instead of sorting every row of the parent on each request.
    index('actions_plan_idx').on(t.tenantId, t.planId, t.id),
    index('actions_inspecting_idx').on(t.inspectionTenantId),
  ],
);

/** Progress notes on an action: append-only (trigger). */
export const actionNotes = assuranceSchema.table(
  'action_notes',
  {
    tenantId: tenantId(),
    id: id(),
    actionId: uuid('action_id').notNull(),
    inspectionTenantId: uuid('inspection_tenant_id').notNull(),
    body: text('body').notNull(),
    author: text('author').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.actionId], foreignColumns: [actions.tenantId, actions.id] }),
    // Ends with the id: a page of the list (ordered by id, after a cursor) is read in order and
    // stops at the page's end, instead of sorting every row of the parent on each request.
    index('action_notes_action_idx').on(t.tenantId, t.actionId, t.id),
  ],
);
