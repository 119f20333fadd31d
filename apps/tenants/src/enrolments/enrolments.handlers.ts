import type { RouteHandler } from '@hono/zod-openapi';
import { enrolments, type Tx } from '@qms/db';
import {
  type AppEnv,
  assertVersion,
  databaseErrorOf,
  decodeCursor,
  etagOf,
  notFound,
  ProblemError,
  pageOf,
  principalOf,
  recordAudit,
  requiredIfMatchVersion,
} from '@qms/platform';
import { and, asc, eq, gt, ne, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { uuidv7 } from 'uuidv7';
import { assertOwner, findProgramme } from '../programmes/programmes.handlers.js';
import { decideTransition, type EnrolmentAction, sideOf } from './enrolment-lifecycle.js';
import type {
  acceptEnrolment,
  createEnrolment,
  getEnrolment,
  listEnrolments,
  withdrawEnrolment,
} from './enrolments.routes.js';

type Row = typeof enrolments.$inferSelect;

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export const toEnrolment = (row: Row) => ({
  id: row.id,
  programmeId: row.programmeId,
  organisationId: row.organisationId,
  status: row.status,
  dataSharingAgreementRef: row.dataSharingAgreementRef,
  invitedAt: row.invitedAt.toISOString(),
  activatedAt: iso(row.activatedAt),
  withdrawnAt: iso(row.withdrawnAt),
  withdrawalReason: row.withdrawalReason,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const organisationProblem = (kind: 'unprocessable-entity' | 'conflict', detail: string) =>
  new ProblemError(kind, detail, { errors: [{ pointer: '/body/organisationId', detail }] });

const alreadyEnrolled = () =>
  organisationProblem(
    'conflict',
    'The organisation already has a live (invited or active) enrolment in this programme; withdraw it first',
  );

const programmeClosed = (doing: string) =>
  new ProblemError('conflict', `The programme is closed: reopen it to ${doing}`);

/**
 * An enrolment the caller can read, in a programme it can read. RLS shows the owner every
 * enrolment of its programmes and an organisation only its own; anything else is 404.
 */
async function findEnrolment(tx: Tx, programmeId: string, enrolmentId: string) {
  const [row] = await tx
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.programmeId, programmeId), eq(enrolments.id, enrolmentId)))
    .limit(1);
  if (!row) throw notFound('Enrolment');
  return row;
}

export const create: RouteHandler<typeof createEnrolment, AppEnv> = async (c) => {
  const { programmeId } = c.req.valid('param');
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const programme = await findProgramme(tx, programmeId);
  assertOwner(principal, programme, 'invite organisations');
  if (programme.status === 'closed') throw programmeClosed('invite organisations');
  if (body.organisationId === principal.tenantId) {
    throw organisationProblem(
      'unprocessable-entity',
      'A programme’s owner cannot enrol in its own programme',
    );
  }
  const [live] = await tx
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.tenantId, principal.tenantId),
        eq(enrolments.programmeId, programmeId),
        eq(enrolments.organisationId, body.organisationId),
        ne(enrolments.status, 'withdrawn'),
      ),
    )
    .limit(1);
  if (live) throw alreadyEnrolled();
  const id = uuidv7();
  const [row] = await tx
    .insert(enrolments)
    .values({
      tenantId: principal.tenantId,
      id,
      programmeId,
      organisationId: body.organisationId,
      status: 'invited',
      dataSharingAgreementRef: body.dataSharingAgreementRef ?? null,
    })
    .returning()
    .catch((error: unknown) => {
      // The foreign key checks the organisation directory, which RLS would not let us search.
      const code = databaseErrorOf(error)?.code;
      if (code === '23503') {
        throw organisationProblem('unprocessable-entity', 'No organisation with this id exists');
      }
      // The partial unique index settles two invitations racing each other.
      if (code === '23505') throw alreadyEnrolled();
      throw error;
    });
  if (!row) throw new Error('insert returned no row');
  await recordAudit(c, { action: 'enrolment.invited', targetType: 'enrolment', targetId: id, change: body });
  c.header('Location', `/v1/programmes/${programmeId}/enrolments/${id}`);
  c.header('ETag', etagOf(row.version));
  return c.json(toEnrolment(row), 201);
};

export const list: RouteHandler<typeof listEnrolments, AppEnv> = async (c) => {
  const { programmeId } = c.req.valid('param');
  const { limit, cursor, status } = c.req.valid('query');
  const tx = c.var.tx;
  const programme = await findProgramme(tx, programmeId);
  const after = decodeCursor(c, `programmes/${programmeId}/enrolments`, cursor);
  // No filter on the caller's tenant: RLS gives the owner every enrolment and an enrolled
  // organisation only its own.
  const rows = await tx
    .select()
    .from(enrolments)
    .where(
      and(
        eq(enrolments.tenantId, programme.tenantId),
        eq(enrolments.programmeId, programmeId),
        after ? gt(enrolments.id, after) : undefined,
        status ? eq(enrolments.status, status) : undefined,
      ),
    )
    .orderBy(asc(enrolments.id))
    .limit(limit + 1);
  const page = pageOf(c, `programmes/${programmeId}/enrolments`, rows, limit, (row) => row.id);
  return c.json({ items: page.items.map(toEnrolment), nextCursor: page.nextCursor }, 200);
};

export const get: RouteHandler<typeof getEnrolment, AppEnv> = async (c) => {
  const { programmeId, enrolmentId } = c.req.valid('param');
  await findProgramme(c.var.tx, programmeId);
  const row = await findEnrolment(c.var.tx, programmeId, enrolmentId);
  c.header('ETag', etagOf(row.version));
  return c.json(toEnrolment(row), 200);
};

/**
 * Moves an enrolment one step along its lifecycle: 403 for a side that may never do it, 412 for
 * a stale ETag, 409 when the current status does not allow it.
 */
async function transition(
  c: Context<AppEnv>,
  ids: { programmeId: string; enrolmentId: string },
  action: EnrolmentAction,
  changes: Partial<Pick<Row, 'dataSharingAgreementRef' | 'withdrawalReason'>>,
  change: Record<string, unknown>,
) {
  const principal = principalOf(c);
  const tx = c.var.tx;
  const expected = requiredIfMatchVersion(c);
  const programme = await findProgramme(tx, ids.programmeId);
  const current = await findEnrolment(tx, ids.programmeId, ids.enrolmentId);
  const side = sideOf(principal.tenantId, current);
  if (!side) throw notFound('Enrolment');
  const decision = decideTransition(current.status, action, side);
  if (!decision.allowed && decision.refusal === 'forbidden') {
    throw new ProblemError('forbidden', decision.message);
  }
  assertVersion(current.version, expected);
  if (!decision.allowed) throw new ProblemError('conflict', decision.message);
  if (action === 'accept' && programme.status === 'closed') throw programmeClosed('accept invitations');
  const [row] = await tx
    .update(enrolments)
    .set({
      ...changes,
      status: decision.to,
      ...(decision.to === 'active' ? { activatedAt: sql`now()` } : {}),
      ...(decision.to === 'withdrawn' ? { withdrawnAt: sql`now()` } : {}),
      version: sql`${enrolments.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(enrolments.tenantId, current.tenantId),
        eq(enrolments.id, current.id),
        eq(enrolments.version, expected),
      ),
    )
    .returning();
  if (!row) {
    throw new ProblemError('precondition-failed', 'The enrolment changed while you were updating it');
  }
  // Recorded in the caller's own audit log (the log is per tenant, and RLS lets a tenant append
  // only to its own): an acceptance is in the member's log, a withdrawal in the withdrawer's.
  await recordAudit(c, {
    action: `enrolment.${decision.to === 'active' ? 'accepted' : 'withdrawn'}`,
    targetType: 'enrolment',
    targetId: current.id,
    change: { programmeId: ids.programmeId, side, ...change },
  });
  c.header('ETag', etagOf(row.version));
  return toEnrolment(row);
}

export const accept: RouteHandler<typeof acceptEnrolment, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const enrolment = await transition(
    c,
    c.req.valid('param'),
    'accept',
    { dataSharingAgreementRef: body.dataSharingAgreementRef },
    body,
  );
  return c.json(enrolment, 200);
};

export const withdraw: RouteHandler<typeof withdrawEnrolment, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const enrolment = await transition(
    c,
    c.req.valid('param'),
    'withdraw',
    { withdrawalReason: body.reason },
    body,
  );
  return c.json(enrolment, 200);
};
