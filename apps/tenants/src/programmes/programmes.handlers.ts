import type { RouteHandler, z } from '@hono/zod-openapi';
import { programmes, type Tx } from '@qms/db';
import {
  type AppEnv,
  assertVersion,
  databaseErrorOf,
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
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type {
  createProgramme,
  getProgramme,
  listProgrammes,
  ProgrammeSettingsSchema,
  updateProgramme,
} from './programmes.routes.js';

type Row = typeof programmes.$inferSelect;
type Settings = z.infer<typeof ProgrammeSettingsSchema>;

/** Organisation kinds that run programmes. */
export const programmeOwnerKinds: readonly string[] = ['national_body', 'regulator'];

export const toProgramme = (row: Row) => ({
  id: row.id,
  ownerOrganisationId: row.tenantId,
  code: row.code,
  name: row.name,
  description: row.description,
  status: row.status,
  settings: row.settings as Settings,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const duplicateCode = (code: string) => {
  const detail = `Your organisation already has a programme with the code "${code}"`;
  return new ProblemError('conflict', detail, { errors: [{ pointer: '/body/code', detail }] });
};

/**
 * A programme the caller can read: RLS shows the programmes its organisation owns and those it
 * is enrolled in, and hides every other (404).
 */
export async function findProgramme(tx: Tx, programmeId: string) {
  const [row] = await tx.select().from(programmes).where(eq(programmes.id, programmeId)).limit(1);
  if (!row) throw notFound('Programme');
  return row;
}

/** The caller must act for the programme's owner; an enrolled organisation sees it, so 403. */
export function assertOwner(principal: Principal, programme: Row, doing: string) {
  if (programme.tenantId !== principal.tenantId) {
    throw new ProblemError('forbidden', `Only the programme’s owner may ${doing}`);
  }
}

export const create: RouteHandler<typeof createProgramme, AppEnv> = async (c) => {
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const tx = c.var.tx;
  if (!programmeOwnerKinds.includes(principal.tenantKind)) {
    throw new ProblemError('forbidden', 'Only a national body or a regulator may run programmes');
  }
  const [clash] = await tx
    .select({ id: programmes.id })
    .from(programmes)
    .where(and(eq(programmes.tenantId, principal.tenantId), eq(programmes.code, body.code)))
    .limit(1);
  if (clash) throw duplicateCode(body.code);
  const id = uuidv7();
  const [row] = await tx
    .insert(programmes)
    .values({
      tenantId: principal.tenantId,
      id,
      code: body.code,
      name: body.name,
      description: body.description,
      settings: body.settings,
    })
    .returning()
    .catch((error: unknown) => {
      // The unique index settles a race between two creations with the same code.
      if (databaseErrorOf(error)?.code === '23505') throw duplicateCode(body.code);
      throw error;
    });
  if (!row) throw new Error('insert returned no row');
  await recordAudit(c, { action: 'programme.created', targetType: 'programme', targetId: id, change: body });
  c.header('Location', `/v1/programmes/${id}`);
  c.header('ETag', etagOf(row.version));
  return c.json(toProgramme(row), 201);
};

export const list: RouteHandler<typeof listProgrammes, AppEnv> = async (c) => {
  const { limit, cursor, status } = c.req.valid('query');
  const after = decodeCursor(c, 'programmes', cursor);
  // No tenant filter on purpose: row-level security returns exactly the programmes the caller's
  // organisation owns plus those it is enrolled in; a tenant filter would drop the latter.
  const rows = await c.var.tx
    .select()
    .from(programmes)
    .where(
      and(after ? gt(programmes.id, after) : undefined, status ? eq(programmes.status, status) : undefined),
    )
    .orderBy(asc(programmes.id))
    .limit(limit + 1);
  const page = pageOf(c, 'programmes', rows, limit, (row) => row.id);
  return c.json({ items: page.items.map(toProgramme), nextCursor: page.nextCursor }, 200);
};

export const get: RouteHandler<typeof getProgramme, AppEnv> = async (c) => {
  const row = await findProgramme(c.var.tx, c.req.valid('param').programmeId);
  c.header('ETag', etagOf(row.version));
  return c.json(toProgramme(row), 200);
};

export const update: RouteHandler<typeof updateProgramme, AppEnv> = async (c) => {
  const { programmeId } = c.req.valid('param');
  const body = c.req.valid('json');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const expected = requiredIfMatchVersion(c);
  const current = await findProgramme(tx, programmeId);
  assertOwner(principal, current, 'change a programme');
  assertVersion(current.version, expected);
  const settings =
    body.settings !== undefined ? { ...(current.settings as Settings), ...body.settings } : undefined;
  const [row] = await tx
    .update(programmes)
    .set({
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(settings !== undefined ? { settings } : {}),
      ...(body.status !== undefined ? { status: body.status } : {}),
      version: sql`${programmes.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(programmes.tenantId, principal.tenantId),
        eq(programmes.id, programmeId),
        eq(programmes.version, expected),
      ),
    )
    .returning();
  if (!row) throw new ProblemError('precondition-failed', 'The programme changed while you were updating it');
  const statusChanged = body.status !== undefined && body.status !== current.status;
  await recordAudit(c, {
    action: statusChanged
      ? `programme.${body.status === 'closed' ? 'closed' : 'reopened'}`
      : 'programme.updated',
    targetType: 'programme',
    targetId: programmeId,
    change: body,
  });
  c.header('ETag', etagOf(row.version));
  return c.json(toProgramme(row), 200);
};
