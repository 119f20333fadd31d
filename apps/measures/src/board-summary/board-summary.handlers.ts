import type { RouteHandler } from '@hono/zod-openapi';
import { measureSetItems, measureSets, measures, type Tx } from '@qms/db';
import { type AppEnv, notFound, type Principal, principalOf } from '@qms/platform';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { renderBoardSummaryChart } from '../charts/svg.js';
import { resolveScope } from '../quality-control/load.js';
import { analyseSeriesBatch } from '../quality-control/signals.js';
import { boardRow } from './board-row.js';
import type { getBoardSummary, getBoardSummarySvg } from './board-summary.routes.js';
import type { BoardSummary, BoardSummaryQuery } from './board-summary.schemas.js';

/** A measure set the caller can read (its own, or its programme's), with its items in set order. */
export async function loadMeasureSet(tx: Tx, measureSetId: string) {
  const [set] = await tx.select().from(measureSets).where(eq(measureSets.id, measureSetId));
  if (!set) throw notFound('Measure set');
  const items = await tx
    .select()
    .from(measureSetItems)
    .where(and(eq(measureSetItems.tenantId, set.tenantId), eq(measureSetItems.setId, set.id)))
    .orderBy(asc(measureSetItems.position), asc(measureSetItems.measureId));
  return { set, items };
}

export async function boardSummary(
  tx: Tx,
  principal: Principal,
  query: BoardSummaryQuery,
): Promise<BoardSummary> {
  const { set, items } = await loadMeasureSet(tx, query.measureSetId);
  const scope = await resolveScope(tx, principal, query.organisationId, query.unitId);
  const ids = items.map((item) => item.measureId);
  const codes =
    ids.length === 0
      ? new Map<string, string>()
      : new Map(
          (
            await tx
              .select({ id: measures.id, code: measures.code })
              .from(measures)
              .where(inArray(measures.id, ids))
          ).map((row) => [row.id, row.code]),
        );
  const batch = await analyseSeriesBatch(tx, scope, ids);
  const asOf = query.asOf ? new Date(`${query.asOf}T23:59:59.999Z`) : new Date();
  const rows = items.flatMap((item) => {
    const entry = batch.get(item.measureId);
    const code = codes.get(item.measureId);
    // A measure the caller cannot see, or without an active version, has no row.
    if (!entry || code === undefined) return [];
    return [
      boardRow(
        { measureId: item.measureId, ownerOrganisationId: item.measureTenantId, code, uses: item.uses },
        entry,
        asOf,
        query.points,
      ),
    ];
  });
  return {
    measureSet: { id: set.id, code: set.code, name: set.name },
    organisationId: scope.organisationId,
    unitId: scope.unitId,
    asOf: asOf.toISOString().slice(0, 10),
    rows,
  };
}

export const summary: RouteHandler<typeof getBoardSummary, AppEnv> = async (c) => {
  return c.json(await boardSummary(c.var.tx, principalOf(c), c.req.valid('query')), 200);
};

export const summarySvg: RouteHandler<typeof getBoardSummarySvg, AppEnv> = async (c) => {
  const result = await boardSummary(c.var.tx, principalOf(c), c.req.valid('query'));
  const svg = renderBoardSummaryChart({
    title: result.measureSet.name,
    rows: result.rows.map((row) => ({
      title: row.title,
      latestPeriod: row.latestPeriod,
      latestValue: row.latestValue,
      target: row.target,
      variationIcon: row.variationIcon,
      assuranceIcon: row.assuranceIcon,
      points: row.sparkline,
    })),
  });
  return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
};
