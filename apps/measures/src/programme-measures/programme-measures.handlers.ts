import type { RouteHandler, z } from '@hono/zod-openapi';
import { measures, programmeMeasures, programmes, type Tx } from '@qms/db';
import {
  type AppEnv,
  decodeCursor,
  notFound,
  type Principal,
  ProblemError,
  pageOf,
  principalOf,
  recordAudit,
} from '@qms/platform';
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import { activeVersions } from '../catalogue/measure-catalogue.js';
import {
  contentEtag,
  type MeasureRow,
  toVersionSummary,
  visibleMeasureOrUndefined,
} from '../measures/measure-store.js';
import type {
  getProgrammeMeasure,
  listProgrammeMeasures,
  ProgrammeMeasureSchema,
  publishProgrammeMeasure,
  withdrawProgrammeMeasure,
} from './programme-measures.routes.js';

type PublicationRow = typeof programmeMeasures.$inferSelect;
type VersionRow = Parameters<typeof toVersionSummary>[0];

const toProgrammeMeasure = (
  publication: PublicationRow,
  measure: Pick<MeasureRow, 'code'>,
  active: VersionRow | undefined,
): z.infer<typeof ProgrammeMeasureSchema> => ({
  programmeId: publication.programmeId,
  measureId: publication.measureId,
  ownerOrganisationId: publication.tenantId,
  code: measure.code,
  status: publication.withdrawnAt ? 'withdrawn' : 'published',
  publishedAt: publication.publishedAt.toISOString(),
  withdrawnAt: publication.withdrawnAt ? publication.withdrawnAt.toISOString() : null,
  active: active ? toVersionSummary(active) : null,
});

/** A programme the caller can read (RLS: its own, or one it is invited to or enrolled in); 404 otherwise. */
async function findProgramme(tx: Tx, programmeId: string) {
  const [row] = await tx.select().from(programmes).where(eq(programmes.id, programmeId)).limit(1);
  if (!row) throw notFound('Programme');
  return row;
}

/** Members see the programme, so they are told they may not change it (as the tenancy service does). */
function assertOwner(principal: Principal, programme: { tenantId: string }, doing: string) {
  if (programme.tenantId !== principal.tenantId) {
    throw new ProblemError('forbidden', `Only the programme’s owner may ${doing}`);
  }
}

const measureProblem = (detail: string) =>
  new ProblemError('unprocessable-entity', detail, { errors: [{ pointer: '/body/measureId', detail }] });

async function publicationsOf(tx: Tx, programme: { tenantId: string; id: string }, measureId?: string) {
  return tx
    .select({ publication: programmeMeasures, code: measures.code })
    .from(programmeMeasures)
    .innerJoin(
      measures,
      and(eq(measures.tenantId, programmeMeasures.tenantId), eq(measures.id, programmeMeasures.measureId)),
    )
    .where(
      and(
        eq(programmeMeasures.tenantId, programme.tenantId),
        eq(programmeMeasures.programmeId, programme.id),
        measureId ? eq(programmeMeasures.measureId, measureId) : undefined,
      ),
    );
}

export const publish: RouteHandler<typeof publishProgrammeMeasure, AppEnv> = async (c) => {
  const { programmeId } = c.req.valid('param');
  const { measureId } = c.req.valid('json');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const programme = await findProgramme(tx, programmeId);
  assertOwner(principal, programme, 'publish measures to it');
  const measure = await visibleMeasureOrUndefined(tx, measureId);
  if (!measure) throw measureProblem('The measure does not exist');
  if (measure.tenantId !== principal.tenantId) {
    throw measureProblem('Only your organisation’s own measures can be published to its programme');
  }
  const active = (await activeVersions(tx, [measureId])).get(measureId);
  if (!active) throw measureProblem('The measure has no active version; activate one before publishing');
  const [existing] = await publicationsOf(tx, programme, measureId);
  let publication: PublicationRow | undefined;
  if (existing && !existing.publication.withdrawnAt) {
    throw new ProblemError('conflict', 'The measure is already published to this programme');
  }
  if (existing) {
    [publication] = await tx
      .update(programmeMeasures)
      .set({ withdrawnAt: null, publishedAt: sql`now()` })
      .where(
        and(
          eq(programmeMeasures.tenantId, principal.tenantId),
          eq(programmeMeasures.programmeId, programmeId),
          eq(programmeMeasures.measureId, measureId),
        ),
      )
      .returning();
  } else {
    [publication] = await tx
      .insert(programmeMeasures)
      .values({ tenantId: principal.tenantId, programmeId, measureId })
      .returning();
  }
  if (!publication) throw new Error('publication wrote no row');
  await recordAudit(c, {
    action: 'programme_measure.published',
    targetType: 'programme_measure',
    targetId: `${programmeId}/${measureId}`,
    change: { programmeId, measureId, activeVersionId: active.id },
  });
  const representation = toProgrammeMeasure(publication, measure, active);
  c.header('Location', `/v1/programmes/${programmeId}/measures/${measureId}`);
  c.header('ETag', contentEtag(representation));
  return c.json(representation, 201);
};

export const list: RouteHandler<typeof listProgrammeMeasures, AppEnv> = async (c) => {
  const { programmeId } = c.req.valid('param');
  const { limit, cursor, includeWithdrawn } = c.req.valid('query');
  const tx = c.var.tx;
  const programme = await findProgramme(tx, programmeId);
  const after = decodeCursor(c, `programme-measures/${programmeId}`, cursor);
  // Row-level security shows the publications to the owner and to invited or enrolled
  // organisations; the measure join hides a withdrawn measure from members, who no longer see it.
  const rows = await tx
    .select({ publication: programmeMeasures, code: measures.code })
    .from(programmeMeasures)
    .innerJoin(
      measures,
      and(eq(measures.tenantId, programmeMeasures.tenantId), eq(measures.id, programmeMeasures.measureId)),
    )
    .where(
      and(
        eq(programmeMeasures.tenantId, programme.tenantId),
        eq(programmeMeasures.programmeId, programmeId),
        includeWithdrawn ? undefined : isNull(programmeMeasures.withdrawnAt),
        after ? gt(programmeMeasures.measureId, after) : undefined,
      ),
    )
    .orderBy(asc(programmeMeasures.measureId))
    .limit(limit + 1);
  const page = pageOf(
    c,
    `programme-measures/${programmeId}`,
    rows,
    limit,
    (row) => row.publication.measureId,
  );
  const active = await activeVersions(
    tx,
    page.items.map((row) => row.publication.measureId),
  );
  return c.json(
    {
      items: page.items.map((row) =>
        toProgrammeMeasure(row.publication, row, active.get(row.publication.measureId)),
      ),
      nextCursor: page.nextCursor,
    },
    200,
  );
};

export const get: RouteHandler<typeof getProgrammeMeasure, AppEnv> = async (c) => {
  const { programmeId, measureId } = c.req.valid('param');
  const tx = c.var.tx;
  const programme = await findProgramme(tx, programmeId);
  const [row] = await publicationsOf(tx, programme, measureId);
  if (!row) throw notFound('Programme measure');
  const representation = toProgrammeMeasure(
    row.publication,
    row,
    (await activeVersions(tx, [measureId])).get(measureId),
  );
  c.header('ETag', contentEtag(representation));
  return c.json(representation, 200);
};

export const withdraw: RouteHandler<typeof withdrawProgrammeMeasure, AppEnv> = async (c) => {
  const { programmeId, measureId } = c.req.valid('param');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const programme = await findProgramme(tx, programmeId);
  assertOwner(principal, programme, 'withdraw its measures');
  const [row] = await publicationsOf(tx, programme, measureId);
  if (!row) throw notFound('Programme measure');
  if (row.publication.withdrawnAt) throw new ProblemError('conflict', 'The measure is already withdrawn');
  const [publication] = await tx
    .update(programmeMeasures)
    .set({ withdrawnAt: sql`now()` })
    .where(
      and(
        eq(programmeMeasures.tenantId, principal.tenantId),
        eq(programmeMeasures.programmeId, programmeId),
        eq(programmeMeasures.measureId, measureId),
        isNull(programmeMeasures.withdrawnAt),
      ),
    )
    .returning();
  if (!publication) throw new ProblemError('conflict', 'The measure was withdrawn at the same time');
  await recordAudit(c, {
    action: 'programme_measure.withdrawn',
    targetType: 'programme_measure',
    targetId: `${programmeId}/${measureId}`,
    change: { programmeId, measureId },
  });
  const representation = toProgrammeMeasure(
    publication,
    row,
    (await activeVersions(tx, [measureId])).get(measureId),
  );
  c.header('ETag', contentEtag(representation));
  return c.json(representation, 200);
};
