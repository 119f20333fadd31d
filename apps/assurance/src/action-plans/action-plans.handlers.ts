import type { RouteHandler } from '@hono/zod-openapi';
import {
  type ActionStatus,
  actionNotes,
  actionPlans,
  actions,
  findings,
  inspections,
  measureBindings,
  measures,
  observations,
  type StoredVerificationRule,
  type Tx,
  units,
} from '@qms/db';
import { storedSpc } from '@qms/measures';
import {
  type AppEnv,
  assertVersion,
  decodeCursor,
  etagOf,
  notFound,
  type Principal,
  ProblemError,
  pageOf,
  principalOf,
  recordAudit,
  requiredIfMatchVersion,
} from '@qms/platform';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { uuidv7 } from 'uuidv7';
import {
  type ActionSide,
  type ActionTransitionName,
  actionEditable,
  decideActionTransition,
  isOverdue,
} from './action-lifecycle.js';
import type {
  completeAction,
  createAction,
  createActionNote,
  createActionPlan,
  getAction,
  getActionPlan,
  getActionVerification,
  getInspectionActionPlan,
  listActionNotes,
  listActionPlans,
  listActions,
  reopenAction,
  startAction,
  updateAction,
  verifyAction,
} from './action-plans.routes.js';
import { evaluateVerificationRule, type RuleEvaluation } from './verification-rule.js';

type PlanRow = typeof actionPlans.$inferSelect;
type ActionRow = typeof actions.$inferSelect;
type NoteRow = typeof actionNotes.$inferSelect;

/** Action plans publish once the report is published: its requirements are final then. */
export const actionPlansFrom = ['published', 'closed'] as const;

const iso = (value: Date | null) => (value ? value.toISOString() : null);
const today = () => new Date().toISOString().slice(0, 10);
const actor = (principal: Principal) => `${principal.issuer}|${principal.id}`;

const unprocessable = (pointer: string, detail: string) =>
  new ProblemError('unprocessable-entity', detail, { errors: [{ pointer, detail }] });

export interface Verification {
  actionId: string;
  rule: StoredVerificationRule & { measureId: string };
  measure: { id: string; code: string; title: string; improvementDirection: string };
  organisationId: string;
  source: 'live' | 'at_completion';
  evaluatedAt: string;
  engine: { ruleFamily: string; chart: string; version: string };
  evaluation: RuleEvaluation;
}

/** The rule as the API shows it (the owner of the measure is an internal detail). */
const publicRule = (rule: StoredVerificationRule) => ({
  kind: rule.kind,
  measureId: rule.measureId,
  periods: rule.periods,
  ...(rule.icon ? { icon: rule.icon } : {}),
  ...(rule.fromPeriod ? { fromPeriod: rule.fromPeriod } : {}),
});

function toAction(row: ActionRow, day: string) {
  const stored = row.verificationAtCompletion as unknown as Verification | null;
  return {
    id: row.id,
    planId: row.planId,
    organisationId: row.tenantId,
    inspectingOrganisationId: row.inspectionTenantId,
    title: row.title,
    description: row.description,
    findingIds: row.findingIds,
    owner:
      row.ownerKind === 'unit'
        ? { kind: 'unit' as const, unitId: row.ownerUnitId ?? '' }
        : { kind: 'person' as const, subject: row.ownerSubject ?? '' },
    dueOn: row.dueOn,
    status: row.status,
    overdue: isOverdue(row.dueOn, row.status, day),
    evidenceReferences: row.evidenceReferences,
    verificationRule: row.verificationRule ? publicRule(row.verificationRule) : null,
    startedAt: iso(row.startedAt),
    completedAt: iso(row.completedAt),
    verifiedAt: iso(row.verifiedAt),
    verifiedBy: row.verifiedBy,
    verificationAtCompletion: stored ? { ...stored, rule: publicRule(stored.rule) } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function toPlan(tx: Tx, row: PlanRow) {
  const day = today();
  const statuses = await tx
    .select({ status: actions.status, dueOn: actions.dueOn })
    .from(actions)
    .where(and(eq(actions.tenantId, row.tenantId), eq(actions.planId, row.id)));
  const counts: Record<ActionStatus | 'overdue', number> = {
    open: 0,
    in_progress: 0,
    completed: 0,
    verified: 0,
    overdue: 0,
  };
  for (const action of statuses) {
    counts[action.status]++;
    if (isOverdue(action.dueOn, action.status, day)) counts.overdue++;
  }
  return {
    id: row.id,
    inspectionId: row.inspectionId,
    organisationId: row.tenantId,
    inspectingOrganisationId: row.inspectionTenantId,
    summary: row.summary,
    counts,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const toNote = (row: NoteRow) => ({
  id: row.id,
  actionId: row.actionId,
  body: row.body,
  author: row.author,
  createdAt: row.createdAt.toISOString(),
});

async function findInspection(tx: Tx, inspectionId: string) {
  const [row] = await tx.select().from(inspections).where(eq(inspections.id, inspectionId)).limit(1);
  if (!row) throw notFound('Inspection');
  return row;
}

/** A plan the caller owns or whose inspection it runs (RLS shows no other); 404 otherwise. */
async function findPlan(tx: Tx, planId: string) {
  const [row] = await tx.select().from(actionPlans).where(eq(actionPlans.id, planId)).limit(1);
  if (!row) throw notFound('Action plan');
  return row;
}

async function findAction(tx: Tx, plan: PlanRow, actionId: string) {
  const [row] = await tx
    .select()
    .from(actions)
    .where(and(eq(actions.tenantId, plan.tenantId), eq(actions.planId, plan.id), eq(actions.id, actionId)))
    .limit(1);
  if (!row) throw notFound('Action');
  return row;
}

const sideOf = (principal: Principal, plan: PlanRow): ActionSide =>
  principal.tenantId === plan.tenantId ? 'organisation' : 'inspecting';

function assertOrganisation(principal: Principal, plan: PlanRow, doing: string) {
  if (principal.tenantId !== plan.tenantId) {
    throw new ProblemError('forbidden', `Only the inspected organisation may ${doing}`);
  }
}

/** Finding ids must be findings of the plan's inspection the organisation can see. */
async function checkFindings(tx: Tx, plan: PlanRow, ids: readonly string[], pointer: string) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const known = await tx
    .select({ id: findings.id })
    .from(findings)
    .where(
      and(
        eq(findings.tenantId, plan.inspectionTenantId),
        eq(findings.inspectionId, plan.inspectionId),
        inArray(findings.id, unique),
      ),
    );
  const missing = unique.filter((id) => !known.some((row) => row.id === id));
  if (missing.length) throw unprocessable(pointer, `Not findings of the inspection: ${missing.join(', ')}`);
  return unique;
}

async function checkOwnerUnit(tx: Tx, plan: PlanRow, unitId: string) {
  const [unit] = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.tenantId, plan.tenantId), eq(units.id, unitId)));
  if (!unit) throw unprocessable('/body/owner/unitId', 'None of your units has this id');
}

interface RuleInput {
  kind: StoredVerificationRule['kind'];
  measureId: string;
  periods: number;
  icon?: StoredVerificationRule['icon'] | undefined;
  fromPeriod?: string | undefined;
}

/**
 * A rule's measure must be visible to the organisation and either bound to a node of the
 * inspection's framework version or one of its own measures or one it reports data for.
 */
async function checkRule(tx: Tx, plan: PlanRow, rule: RuleInput): Promise<StoredVerificationRule> {
  const pointer = '/body/verificationRule/measureId';
  const [measure] = await tx
    .select({ tenantId: measures.tenantId, id: measures.id })
    .from(measures)
    .where(eq(measures.id, rule.measureId))
    .limit(1);
  if (!measure) throw unprocessable(pointer, 'No measure visible to your organisation has this id');
  let eligible = measure.tenantId === plan.tenantId;
  if (!eligible) {
    const inspection = await findInspection(tx, plan.inspectionId);
    const [bound] = await tx
      .select({ id: measureBindings.id })
      .from(measureBindings)
      .where(
        and(
          eq(measureBindings.tenantId, inspection.tenantId),
          eq(measureBindings.versionId, inspection.frameworkVersionId),
          eq(measureBindings.measureId, measure.id),
        ),
      )
      .limit(1);
    eligible = bound !== undefined;
  }
  if (!eligible) {
    const [reported] = await tx
      .select({ id: observations.id })
      .from(observations)
      .where(and(eq(observations.tenantId, plan.tenantId), eq(observations.measureId, measure.id)))
      .limit(1);
    eligible = reported !== undefined;
  }
  if (!eligible) {
    throw unprocessable(
      pointer,
      'The measure is neither bound to the inspection’s framework nor one of your measures or measures you report',
    );
  }
  return {
    kind: rule.kind,
    measureTenantId: measure.tenantId,
    measureId: measure.id,
    periods: rule.periods,
    ...(rule.icon ? { icon: rule.icon } : {}),
    ...(rule.fromPeriod ? { fromPeriod: rule.fromPeriod } : {}),
  };
}

/** Evaluates a rule now on the organisation's current data, with the measures service's SPC. */
async function evaluateLive(
  tx: Tx,
  principal: Principal,
  action: ActionRow,
  rule: StoredVerificationRule,
): Promise<Verification> {
  const { response } = await storedSpc(tx, principal, rule.measureId, {
    organisationId: action.tenantId,
  } as Parameters<typeof storedSpc>[3]);
  const direction = response.options?.improvementDirection ?? response.measure.improvementDirection;
  const evaluation = evaluateVerificationRule(
    rule.kind === 'assurance_icon'
      ? {
          kind: rule.kind,
          icon: rule.icon ?? 'consistentlyPassing',
          periods: rule.periods,
          fromPeriod: rule.fromPeriod,
        }
      : { kind: rule.kind, periods: rule.periods, fromPeriod: rule.fromPeriod },
    response.points,
    direction,
  );
  return {
    actionId: action.id,
    rule,
    measure: {
      id: response.measure.id,
      code: response.measure.code,
      title: response.measure.title,
      improvementDirection: direction,
    },
    organisationId: action.tenantId,
    source: 'live',
    evaluatedAt: new Date().toISOString(),
    engine: { ruleFamily: response.ruleFamily, chart: response.chart, version: response.engine.version },
    evaluation,
  };
}

export const createPlan: RouteHandler<typeof createActionPlan, AppEnv> = async (c) => {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const inspection = await findInspection(tx, c.req.valid('param').inspectionId);
  if (inspection.organisationId !== principal.tenantId) {
    throw new ProblemError('forbidden', 'Only the inspected organisation writes the action plan');
  }
  if (!(actionPlansFrom as readonly string[]).includes(inspection.stage)) {
    throw new ProblemError(
      'conflict',
      `An action plan answers a published report; the inspection is ${inspection.stage.replace('_', ' ')}`,
    );
  }
  const [existing] = await tx
    .select({ id: actionPlans.id })
    .from(actionPlans)
    .where(
      and(
        eq(actionPlans.tenantId, principal.tenantId),
        eq(actionPlans.inspectionTenantId, inspection.tenantId),
        eq(actionPlans.inspectionId, inspection.id),
      ),
    );
  if (existing) {
    throw new ProblemError('conflict', `The inspection already has an action plan (${existing.id})`);
  }
  const body = c.req.valid('json');
  const id = uuidv7();
  const [row] = await tx
    .insert(actionPlans)
    .values({
      tenantId: principal.tenantId,
      id,
      inspectionTenantId: inspection.tenantId,
      inspectionId: inspection.id,
      summary: body.summary,
      createdBy: actor(principal),
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await recordAudit(c, {
    action: 'action_plan.created',
    targetType: 'action_plan',
    targetId: id,
    change: { inspectionId: inspection.id, ...body },
  });
  c.header('Location', `/v1/action-plans/${id}`);
  c.header('ETag', etagOf(row.version));
  return c.json(await toPlan(tx, row), 201);
};

export const planOfInspection: RouteHandler<typeof getInspectionActionPlan, AppEnv> = async (c) => {
  const tx = c.var.tx;
  const inspection = await findInspection(tx, c.req.valid('param').inspectionId);
  // RLS shows the plan to its organisation and to the inspecting organisation only.
  const [row] = await tx
    .select()
    .from(actionPlans)
    .where(
      and(
        eq(actionPlans.inspectionTenantId, inspection.tenantId),
        eq(actionPlans.inspectionId, inspection.id),
      ),
    )
    .limit(1);
  if (!row) throw notFound('Action plan');
  c.header('ETag', etagOf(row.version));
  return c.json(await toPlan(tx, row), 200);
};

export const listPlans: RouteHandler<typeof listActionPlans, AppEnv> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  const after = decodeCursor(c, 'action-plans', cursor);
  const rows = await c.var.tx
    .select()
    .from(actionPlans)
    .where(after ? gt(actionPlans.id, after) : undefined)
    .orderBy(asc(actionPlans.id))
    .limit(limit + 1);
  const page = pageOf(c, 'action-plans', rows, limit, (row) => row.id);
  const items = [];
  for (const row of page.items) items.push(await toPlan(c.var.tx, row));
  return c.json({ items, nextCursor: page.nextCursor }, 200);
};

export const getPlan: RouteHandler<typeof getActionPlan, AppEnv> = async (c) => {
  const row = await findPlan(c.var.tx, c.req.valid('param').planId);
  c.header('ETag', etagOf(row.version));
  return c.json(await toPlan(c.var.tx, row), 200);
};

export const addAction: RouteHandler<typeof createAction, AppEnv> = async (c) => {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const plan = await findPlan(tx, c.req.valid('param').planId);
  assertOrganisation(principal, plan, 'add actions');
  const body = c.req.valid('json');
  const findingIds = await checkFindings(tx, plan, body.findingIds, '/body/findingIds');
  if (body.owner.kind === 'unit') await checkOwnerUnit(tx, plan, body.owner.unitId);
  const rule = body.verificationRule ? await checkRule(tx, plan, body.verificationRule) : null;
  const id = uuidv7();
  const [row] = await tx
    .insert(actions)
    .values({
      tenantId: plan.tenantId,
      id,
      planId: plan.id,
      inspectionTenantId: plan.inspectionTenantId,
      title: body.title,
      description: body.description,
      findingIds,
      ownerKind: body.owner.kind,
      ownerSubject: body.owner.kind === 'person' ? body.owner.subject : null,
      ownerUnitId: body.owner.kind === 'unit' ? body.owner.unitId : null,
      dueOn: body.dueOn,
      evidenceReferences: body.evidenceReferences,
      verificationRule: rule,
      createdBy: actor(principal),
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await recordAudit(c, { action: 'action.created', targetType: 'action', targetId: id, change: body });
  c.header('Location', `/v1/action-plans/${plan.id}/actions/${id}`);
  c.header('ETag', etagOf(row.version));
  return c.json(toAction(row, today()), 201);
};

export const actionsOf: RouteHandler<typeof listActions, AppEnv> = async (c) => {
  const tx = c.var.tx;
  const { planId } = c.req.valid('param');
  const { limit, cursor, status, overdue } = c.req.valid('query');
  const plan = await findPlan(tx, planId);
  const list = `action-plans/${planId}/actions`;
  const after = decodeCursor(c, list, cursor);
  const day = today();
  const overdueCondition =
    overdue === undefined
      ? undefined
      : overdue === 'true'
        ? sql`(${actions.status} in ('open', 'in_progress') and ${actions.dueOn} < ${day}::date)`
        : sql`not (${actions.status} in ('open', 'in_progress') and ${actions.dueOn} < ${day}::date)`;
  const rows = await tx
    .select()
    .from(actions)
    .where(
      and(
        eq(actions.tenantId, plan.tenantId),
        eq(actions.planId, plan.id),
        status ? eq(actions.status, status) : undefined,
        overdueCondition,
        after ? gt(actions.id, after) : undefined,
      ),
    )
    .orderBy(asc(actions.id))
    .limit(limit + 1);
  const page = pageOf(c, list, rows, limit, (row) => row.id);
  return c.json({ items: page.items.map((row) => toAction(row, day)), nextCursor: page.nextCursor }, 200);
};

export const actionOf: RouteHandler<typeof getAction, AppEnv> = async (c) => {
  const { planId, actionId } = c.req.valid('param');
  const plan = await findPlan(c.var.tx, planId);
  const row = await findAction(c.var.tx, plan, actionId);
  c.header('ETag', etagOf(row.version));
  return c.json(toAction(row, today()), 200);
};

export const changeAction: RouteHandler<typeof updateAction, AppEnv> = async (c) => {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const { planId, actionId } = c.req.valid('param');
  const expected = requiredIfMatchVersion(c);
  const plan = await findPlan(tx, planId);
  assertOrganisation(principal, plan, 'change its actions');
  const current = await findAction(tx, plan, actionId);
  assertVersion(current.version, expected);
  if (!actionEditable(current.status)) throw new ProblemError('conflict', 'A verified action is final');
  const body = c.req.valid('json');
  const set: Partial<typeof actions.$inferInsert> = {};
  if (body.title !== undefined) set.title = body.title;
  if (body.description !== undefined) set.description = body.description;
  if (body.findingIds !== undefined)
    set.findingIds = await checkFindings(tx, plan, body.findingIds, '/body/findingIds');
  if (body.owner !== undefined) {
    if (body.owner.kind === 'unit') await checkOwnerUnit(tx, plan, body.owner.unitId);
    set.ownerKind = body.owner.kind;
    set.ownerSubject = body.owner.kind === 'person' ? body.owner.subject : null;
    set.ownerUnitId = body.owner.kind === 'unit' ? body.owner.unitId : null;
  }
  if (body.dueOn !== undefined) set.dueOn = body.dueOn;
  if (body.evidenceReferences !== undefined) set.evidenceReferences = body.evidenceReferences;
  if (body.verificationRule !== undefined) {
    set.verificationRule =
      body.verificationRule === null ? null : await checkRule(tx, plan, body.verificationRule);
  }
  const [row] = await tx
    .update(actions)
    .set({ ...set, version: sql`${actions.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(eq(actions.tenantId, plan.tenantId), eq(actions.id, current.id), eq(actions.version, expected)),
    )
    .returning();
  if (!row) throw new ProblemError('precondition-failed', 'The action changed while you were updating it');
  await recordAudit(c, { action: 'action.changed', targetType: 'action', targetId: row.id, change: body });
  c.header('ETag', etagOf(row.version));
  return c.json(toAction(row, today()), 200);
};

const stampOf: Partial<Record<ActionStatus, 'startedAt' | 'completedAt' | 'verifiedAt'>> = {
  in_progress: 'startedAt',
  completed: 'completedAt',
  verified: 'verifiedAt',
};

/** 403 for the wrong side or role, 412 stale, 409 wrong status; the trigger agrees. */
async function transition(c: Context<AppEnv>, name: ActionTransitionName) {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const { planId, actionId } = c.req.param() as { planId: string; actionId: string };
  const expected = requiredIfMatchVersion(c);
  const plan = await findPlan(tx, planId);
  const current = await findAction(tx, plan, actionId);
  const decision = decideActionTransition(current.status, name, {
    side: sideOf(principal, plan),
    roles: principal.roles,
  });
  if (!decision.allowed && decision.refusal === 'forbidden')
    throw new ProblemError('forbidden', decision.message);
  assertVersion(current.version, expected);
  if (!decision.allowed) throw new ProblemError('conflict', decision.message);
  const set: Partial<typeof actions.$inferInsert> = { status: decision.to };
  const stamp = stampOf[decision.to];
  // Reopening keeps the first start; completing again restamps.
  if (stamp && !(name === 'reopen')) set[stamp] = new Date();
  if (name === 'verify') set.verifiedBy = actor(principal);
  if (name === 'complete') {
    set.verificationAtCompletion = null;
    if (current.verificationRule) {
      // The platform evaluates the rule from the organisation's own data now, so that the
      // inspecting organisation (which no longer reads that data) can see what it showed.
      try {
        const verification = await evaluateLive(tx, principal, current, current.verificationRule);
        set.verificationAtCompletion = {
          ...verification,
          source: 'at_completion',
        } as unknown as Record<string, unknown>;
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
      }
    }
  }
  const [row] = await tx
    .update(actions)
    .set({ ...set, version: sql`${actions.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(eq(actions.tenantId, plan.tenantId), eq(actions.id, current.id), eq(actions.version, expected)),
    )
    .returning();
  if (!row) throw new ProblemError('precondition-failed', 'The action changed while you were updating it');
  await recordAudit(c, {
    action: `action.${decision.to}`,
    targetType: 'action',
    targetId: row.id,
    change: { transition: name, from: current.status, to: decision.to },
  });
  c.header('ETag', etagOf(row.version));
  return toAction(row, today());
}

export const start: RouteHandler<typeof startAction, AppEnv> = async (c) =>
  c.json(await transition(c, 'start'), 200);
export const complete: RouteHandler<typeof completeAction, AppEnv> = async (c) =>
  c.json(await transition(c, 'complete'), 200);
export const reopen: RouteHandler<typeof reopenAction, AppEnv> = async (c) =>
  c.json(await transition(c, 'reopen'), 200);
export const verify: RouteHandler<typeof verifyAction, AppEnv> = async (c) =>
  c.json(await transition(c, 'verify'), 200);

export const addNote: RouteHandler<typeof createActionNote, AppEnv> = async (c) => {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const { planId, actionId } = c.req.valid('param');
  const plan = await findPlan(tx, planId);
  assertOrganisation(principal, plan, 'add progress notes');
  const action = await findAction(tx, plan, actionId);
  const body = c.req.valid('json');
  const id = uuidv7();
  const [row] = await tx
    .insert(actionNotes)
    .values({
      tenantId: plan.tenantId,
      id,
      actionId: action.id,
      inspectionTenantId: plan.inspectionTenantId,
      body: body.body,
      author: actor(principal),
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await recordAudit(c, {
    action: 'action_note.added',
    targetType: 'action',
    targetId: action.id,
    change: body,
  });
  c.header('Location', `/v1/action-plans/${plan.id}/actions/${action.id}/notes`);
  c.header('ETag', etagOf(1));
  return c.json(toNote(row), 201);
};

export const notesOf: RouteHandler<typeof listActionNotes, AppEnv> = async (c) => {
  const tx = c.var.tx;
  const { planId, actionId } = c.req.valid('param');
  const { limit, cursor } = c.req.valid('query');
  const plan = await findPlan(tx, planId);
  const action = await findAction(tx, plan, actionId);
  const list = `actions/${action.id}/notes`;
  const after = decodeCursor(c, list, cursor);
  const rows = await tx
    .select()
    .from(actionNotes)
    .where(
      and(
        eq(actionNotes.tenantId, plan.tenantId),
        eq(actionNotes.actionId, action.id),
        after ? gt(actionNotes.id, after) : undefined,
      ),
    )
    .orderBy(asc(actionNotes.id))
    .limit(limit + 1);
  const page = pageOf(c, list, rows, limit, (row) => row.id);
  return c.json({ items: page.items.map(toNote), nextCursor: page.nextCursor }, 200);
};

export const verification: RouteHandler<typeof getActionVerification, AppEnv> = async (c) => {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const { planId, actionId } = c.req.valid('param');
  const plan = await findPlan(tx, planId);
  const action = await findAction(tx, plan, actionId);
  const rule = action.verificationRule;
  if (!rule) throw new ProblemError('conflict', 'The action has no verification rule');
  let result: Verification;
  if (principal.tenantId === plan.tenantId) {
    result = await evaluateLive(tx, principal, action, rule);
  } else {
    try {
      result = await evaluateLive(tx, principal, action, rule);
    } catch (error) {
      if (!(error instanceof ProblemError) || error.status !== 404) throw error;
      const stored = action.verificationAtCompletion as unknown as Verification | null;
      if (!stored) {
        throw new ProblemError(
          'conflict',
          'You cannot read the organisation’s data for this measure now; the platform evaluates the rule when the organisation completes the action',
        );
      }
      result = stored;
    }
  }
  return c.json({ ...result, rule: publicRule(result.rule) }, 200);
};
