import type { RouteHandler } from '@hono/zod-openapi';
import {
  benchmarkRuns,
  type OutlierOutcome,
  type OutlierStage,
  outlierCaseEvents,
  outlierCases,
  programmes,
  type Tx,
} from '@qms/db';
import {
  type AppEnv,
  assertVersion,
  decodeCursor,
  etagOf,
  notFound,
  ProblemError,
  pageOf,
  principalOf,
  recordAudit,
  requiredIfMatchVersion,
} from '@qms/platform';
import { and, asc, eq, gt, lt, or } from 'drizzle-orm';
import type { Context } from 'hono';
import { uuidv7 } from 'uuidv7';
import { computeAndRecordRun } from '../benchmark-runs/benchmark-runs.handlers.js';
import type { CreateBenchmarkRun, PeriodSpec } from '../benchmark-runs/benchmark-runs.schemas.js';
import type { RunResults } from '../benchmark-runs/compute.js';
import type {
  acknowledgeOutlierCase,
  checkOutlierCaseData,
  escalateOutlierCase,
  getOutlierCase,
  listOutlierCases,
  notifyConfirmedOutlier,
  notifyOutlierProvider,
  openOutlierCases,
  publishOutlierCase,
  rerunOutlierCase,
  respondToOutlierCase,
  reviewOutlierCase,
} from './outlier-cases.routes.js';
import {
  availableOutlierActions,
  decideOutlierTransition,
  type OutlierAction,
  type OutlierCaseSide,
  opensCase,
  sideOfCase,
  sideOfOutlier,
  stageOwner,
} from './outlier-lifecycle.js';
import { type OutlierSettings, outlierSettingsOf } from './settings.js';
import { addWorkingDays, todayUtc, workingDaysOverdue } from './working-days.js';

type CaseRow = typeof outlierCases.$inferSelect;
type EventRow = typeof outlierCaseEvents.$inferSelect;

/** The programme's settings as the caller can read them (the owner, or an enrolled provider). */
async function settingsOf(tx: Tx, ownerId: string, programmeId: string): Promise<OutlierSettings> {
  const [programme] = await tx
    .select({ settings: programmes.settings })
    .from(programmes)
    .where(and(eq(programmes.tenantId, ownerId), eq(programmes.id, programmeId)));
  // A provider no longer enrolled cannot read the programme: the documented defaults apply.
  return outlierSettingsOf(programme?.settings);
}

/** The deadline of a stage entered on `enteredOn`; none for a final stage. */
function dueOn(stage: OutlierStage, enteredOn: string, settings: OutlierSettings): string | null {
  const days = settings.deadlines[stage];
  return days === undefined ? null : addWorkingDays(enteredOn, days, settings.bankHolidays);
}

const daysOverdueOf = (row: CaseRow, settings: OutlierSettings, today: string) =>
  row.stageDueOn ? workingDaysOverdue(row.stageDueOn, today, settings.bankHolidays) : 0;

function toCase(
  row: CaseRow,
  settings: OutlierSettings,
  today: string,
  side: OutlierCaseSide,
  roles: readonly string[],
) {
  const daysOverdue = daysOverdueOf(row, settings, today);
  return {
    id: row.id,
    ownerOrganisationId: row.tenantId,
    programmeId: row.programmeId,
    measureId: row.measureId,
    runId: row.runId,
    organisationId: row.organisationId,
    band: row.band,
    side: row.side,
    stage: row.stage,
    stageEnteredOn: row.stageEnteredOn,
    stageDueOn: row.stageDueOn,
    daysOverdue,
    awaiting: stageOwner[row.stage],
    escalated: row.escalated,
    outcome: row.outcome,
    explanation: row.explanation,
    dataCorrected: row.dataCorrected,
    regulatorNotified: row.regulatorNotified,
    rerunRunId: row.rerunRunId,
    availableActions: availableOutlierActions(
      {
        stage: row.stage,
        escalated: row.escalated,
        dataCorrected: row.dataCorrected,
        rerunRunId: row.rerunRunId,
        daysOverdue,
      },
      side,
      roles,
    ),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const toEvent = (row: EventRow) => ({
  id: row.id,
  action: row.action,
  fromStage: row.fromStage,
  toStage: row.toStage,
  actorOrganisationId: row.actorTenantId,
  note: row.note,
  detail: row.detail,
  occurredAt: row.occurredAt.toISOString(),
});

const actorOf = (c: Context<AppEnv>) => {
  const principal = principalOf(c);
  return `${principal.issuer}|${principal.id}`;
};

/**
 * A case the caller is a side of. RLS shows the owner its programmes' cases and a provider its
 * own; the side is checked again here. Anyone else: 404.
 */
async function findCase(c: Context<AppEnv>, caseId: string) {
  const tenantId = principalOf(c).tenantId;
  const [row] = await c.var.tx
    .select()
    .from(outlierCases)
    .where(
      and(
        eq(outlierCases.id, caseId),
        or(eq(outlierCases.tenantId, tenantId), eq(outlierCases.organisationId, tenantId)),
      ),
    )
    .limit(1);
  const side = row ? sideOfCase(tenantId, row) : undefined;
  if (!row || !side) throw notFound('Outlier case');
  return { row, side };
}

export const open: RouteHandler<typeof openOutlierCases, AppEnv> = async (c) => {
  const { runId } = c.req.valid('param');
  const tx = c.var.tx;
  const tenantId = principalOf(c).tenantId;
  const [run] = await tx
    .select({
      id: benchmarkRuns.id,
      status: benchmarkRuns.status,
      programmeId: benchmarkRuns.programmeId,
      measureId: benchmarkRuns.measureId,
      results: benchmarkRuns.results,
    })
    .from(benchmarkRuns)
    .where(and(eq(benchmarkRuns.tenantId, tenantId), eq(benchmarkRuns.id, runId)));
  if (!run) throw notFound('Benchmark run');
  if (run.status !== 'published') {
    throw new ProblemError(
      'conflict',
      'Outlier cases are opened from published runs only: publish the run first',
    );
  }
  const settings = await settingsOf(tx, tenantId, run.programmeId);
  const today = todayUtc();
  const outliers = (run.results as unknown as RunResults).organisations.filter((organisation) =>
    opensCase(organisation.band, settings.alerts),
  );
  let opened: CaseRow[] = [];
  if (outliers.length > 0) {
    opened = await tx
      .insert(outlierCases)
      .values(
        outliers.map((organisation) => ({
          tenantId,
          id: uuidv7(),
          programmeId: run.programmeId,
          measureId: run.measureId,
          runId,
          organisationId: organisation.organisationId,
          band: organisation.band as CaseRow['band'],
          side: sideOfOutlier(organisation.assessment),
          stage: 'detected' as const,
          stageEnteredOn: today,
          stageDueOn: dueOn('detected', today, settings),
          openedBy: actorOf(c),
        })),
      )
      .onConflictDoNothing({
        target: [outlierCases.tenantId, outlierCases.runId, outlierCases.organisationId],
      })
      .returning();
  }
  if (opened.length > 0) {
    await tx.insert(outlierCaseEvents).values(
      opened.map((row) => ({
        tenantId,
        id: uuidv7(),
        caseId: row.id,
        action: 'open',
        fromStage: null,
        toStage: 'detected' as const,
        actor: actorOf(c),
        actorTenantId: tenantId,
        detail: { runId, band: row.band, side: row.side },
      })),
    );
    for (const row of opened) {
      await recordAudit(c, {
        action: 'outlier_case.opened',
        targetType: 'outlier_case',
        targetId: row.id,
        change: { runId, organisationId: row.organisationId, band: row.band, side: row.side },
      });
    }
  }
  const all = await tx
    .select()
    .from(outlierCases)
    .where(and(eq(outlierCases.tenantId, tenantId), eq(outlierCases.runId, runId)))
    .orderBy(asc(outlierCases.id));
  const roles = principalOf(c).roles;
  return c.json(
    { runId, opened: opened.length, items: all.map((row) => toCase(row, settings, today, 'owner', roles)) },
    200,
  );
};

export const list: RouteHandler<typeof listOutlierCases, AppEnv> = async (c) => {
  const { limit, cursor, programmeId, stage, overdue } = c.req.valid('query');
  const principal = principalOf(c);
  const tenantId = principal.tenantId;
  const today = todayUtc();
  const after = decodeCursor(c, 'outlier-cases', cursor);
  const rows = await c.var.tx
    .select()
    .from(outlierCases)
    .where(
      and(
        or(eq(outlierCases.tenantId, tenantId), eq(outlierCases.organisationId, tenantId)),
        after ? gt(outlierCases.id, after) : undefined,
        programmeId ? eq(outlierCases.programmeId, programmeId) : undefined,
        stage ? eq(outlierCases.stage, stage) : undefined,
        // Calendar days first (cheap, indexed); working days below.
        overdue === 'true' ? lt(outlierCases.stageDueOn, today) : undefined,
      ),
    )
    .orderBy(asc(outlierCases.id))
    .limit(limit + 1);
  const page = pageOf(c, 'outlier-cases', rows, limit, (row) => row.id);
  const settings = new Map<string, OutlierSettings>();
  const items = [];
  for (const row of page.items) {
    const key = `${row.tenantId}/${row.programmeId}`;
    let programmeSettings = settings.get(key);
    if (!programmeSettings) {
      programmeSettings = await settingsOf(c.var.tx, row.tenantId, row.programmeId);
      settings.set(key, programmeSettings);
    }
    const side = sideOfCase(tenantId, row) ?? 'provider';
    const item = toCase(row, programmeSettings, today, side, principal.roles);
    // A deadline on a Friday is not overdue at the weekend.
    if (overdue === 'true' && item.daysOverdue <= 0) continue;
    items.push(item);
  }
  return c.json({ items, nextCursor: page.nextCursor }, 200);
};

export const get: RouteHandler<typeof getOutlierCase, AppEnv> = async (c) => {
  const { row, side } = await findCase(c, c.req.valid('param').caseId);
  const events = await c.var.tx
    .select()
    .from(outlierCaseEvents)
    .where(and(eq(outlierCaseEvents.tenantId, row.tenantId), eq(outlierCaseEvents.caseId, row.id)))
    .orderBy(asc(outlierCaseEvents.occurredAt), asc(outlierCaseEvents.id));
  const settings = await settingsOf(c.var.tx, row.tenantId, row.programmeId);
  c.header('ETag', etagOf(row.version));
  return c.json(
    { ...toCase(row, settings, todayUtc(), side, principalOf(c).roles), events: events.map(toEvent) },
    200,
  );
};

interface StepInput {
  note?: string | undefined;
  outcome?: OutlierOutcome;
  explanation?: string | undefined;
  dataCorrected?: boolean | undefined;
}

/**
 * Moves a case one step: 404 to anyone not a side of it, 403 for the wrong side or role, 412 for
 * a stale ETag, 409 when the stage (or the facts: overdue, corrected data) does not allow it.
 * Every step appends to the case's history and to the caller's audit log.
 */
async function step(c: Context<AppEnv>, action: OutlierAction, input: StepInput) {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const expected = requiredIfMatchVersion(c);
  const { row: current, side } = await findCase(c, c.req.param('caseId') ?? '');
  const settings = await settingsOf(tx, current.tenantId, current.programmeId);
  const today = todayUtc();
  const daysOverdue = daysOverdueOf(current, settings, today);
  const decision = decideOutlierTransition(
    {
      stage: current.stage,
      escalated: current.escalated,
      dataCorrected: current.dataCorrected,
      rerunRunId: current.rerunRunId,
      daysOverdue,
    },
    action,
    side,
    principal.roles,
    input.outcome,
  );
  if (!decision.allowed && decision.refusal === 'forbidden')
    throw new ProblemError('forbidden', decision.message);
  assertVersion(current.version, expected);
  if (!decision.allowed) throw new ProblemError('conflict', decision.message);

  // Only the columns this step may change; the provider's steps touch its response and the
  // stage bookkeeping only (the RLS policy and trigger of migration 0007 hold the same line).
  const changes: Partial<CaseRow> = {};
  const detail: Record<string, unknown> = {};
  if (decision.to !== current.stage) {
    changes.stage = decision.to;
    changes.stageEnteredOn = today;
    changes.stageDueOn = dueOn(decision.to, today, settings);
  }
  switch (action) {
    case 'respond':
      if (input.explanation !== undefined) changes.explanation = input.explanation;
      changes.dataCorrected = input.dataCorrected === true;
      detail.dataCorrected = changes.dataCorrected;
      break;
    case 'escalate':
      changes.escalated = true;
      changes.stageDueOn = addWorkingDays(today, settings.escalationDays, settings.bankHolidays);
      detail.daysOverdue = daysOverdue;
      break;
    case 'review':
      changes.outcome = input.outcome ?? null;
      detail.outcome = input.outcome;
      break;
    case 'notify-confirmed':
      changes.regulatorNotified = settings.notifyRegulator;
      detail.notified = settings.notifyRegulator ? ['leadership', 'regulator'] : ['leadership'];
      break;
    case 'rerun': {
      const [run] = await tx
        .select({
          programmeId: benchmarkRuns.programmeId,
          measureId: benchmarkRuns.measureId,
          periodSpec: benchmarkRuns.periodSpec,
          peerGroup: benchmarkRuns.peerGroup,
          method: benchmarkRuns.method,
        })
        .from(benchmarkRuns)
        .where(and(eq(benchmarkRuns.tenantId, current.tenantId), eq(benchmarkRuns.id, current.runId)));
      if (!run) throw notFound('Benchmark run');
      const method = run.method as {
        dataType: CreateBenchmarkRun['dataType'];
        options: CreateBenchmarkRun['options'];
      };
      const { row: rerun } = await computeAndRecordRun(c, {
        programmeId: run.programmeId,
        measureId: run.measureId,
        period: run.periodSpec as PeriodSpec,
        dataType: method.dataType,
        options: method.options,
        peerGroup: run.peerGroup,
      });
      changes.rerunRunId = rerun.id;
      detail.rerunRunId = rerun.id;
      break;
    }
    default:
      break;
  }
  const [row] = await tx
    .update(outlierCases)
    .set({ ...changes, version: current.version + 1, updatedAt: new Date() })
    .where(
      and(
        eq(outlierCases.tenantId, current.tenantId),
        eq(outlierCases.id, current.id),
        eq(outlierCases.version, expected),
      ),
    )
    .returning();
  if (!row)
    throw new ProblemError('precondition-failed', 'The outlier case changed while you were updating it');
  await tx.insert(outlierCaseEvents).values({
    tenantId: current.tenantId,
    id: uuidv7(),
    caseId: current.id,
    action,
    fromStage: current.stage,
    toStage: row.stage,
    actor: actorOf(c),
    actorTenantId: principal.tenantId,
    note: input.note ?? input.explanation ?? null,
    detail,
  });
  // In the caller's own audit log (a tenant appends only to its own).
  await recordAudit(c, {
    action: `outlier_case.${action}`,
    targetType: 'outlier_case',
    targetId: current.id,
    change: { side, from: current.stage, to: row.stage, ...input, ...detail },
  });
  c.header('ETag', etagOf(row.version));
  return toCase(row, settings, today, side, principal.roles);
}

export const dataChecked: RouteHandler<typeof checkOutlierCaseData, AppEnv> = async (c) =>
  c.json(await step(c, 'data-checked', c.req.valid('json')), 200);
export const notifyProvider: RouteHandler<typeof notifyOutlierProvider, AppEnv> = async (c) =>
  c.json(await step(c, 'notify-provider', c.req.valid('json')), 200);
export const respond: RouteHandler<typeof respondToOutlierCase, AppEnv> = async (c) =>
  c.json(await step(c, 'respond', c.req.valid('json')), 200);
export const escalate: RouteHandler<typeof escalateOutlierCase, AppEnv> = async (c) =>
  c.json(await step(c, 'escalate', c.req.valid('json')), 200);
export const review: RouteHandler<typeof reviewOutlierCase, AppEnv> = async (c) =>
  c.json(await step(c, 'review', c.req.valid('json')), 200);
export const notifyConfirmed: RouteHandler<typeof notifyConfirmedOutlier, AppEnv> = async (c) =>
  c.json(await step(c, 'notify-confirmed', c.req.valid('json')), 200);
export const acknowledge: RouteHandler<typeof acknowledgeOutlierCase, AppEnv> = async (c) =>
  c.json(await step(c, 'acknowledge', c.req.valid('json')), 200);
export const publish: RouteHandler<typeof publishOutlierCase, AppEnv> = async (c) =>
  c.json(await step(c, 'publish', c.req.valid('json')), 200);
export const rerun: RouteHandler<typeof rerunOutlierCase, AppEnv> = async (c) =>
  c.json(await step(c, 'rerun', c.req.valid('json')), 200);
