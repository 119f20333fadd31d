import type { RouteHandler } from '@hono/zod-openapi';
import { measureSetItems, measureSets, measures, type Tx } from '@qms/db';
import { type AppEnv, notFound, type Principal, principalOf } from '@qms/platform';
import { asc, eq, inArray } from 'drizzle-orm';
import { renderBoardSummaryChart } from '../charts/svg.js';
import { resolveScope } from '../quality-control/load.js';
import { analyseSeriesBatch } from '../quality-control/signals.js';
import { boardRow } from './board-row.js';
import type { getBoardSummary, getBoardSummarySvg } from './board-summary.routes.js';
import type { BoardSummary, BoardSummaryQuery } from './board-summary.schemas.js';

/** A measure set the caller can read (its own, or its programme's), with its items in set order. */
export async function loadMeasureSet(tx: Tx, measureSetId: string) {
  // The set and its items in one round trip; ids are UUIDv7, unique across tenants, and
  // row-level security shows the items of exactly the sets the caller may read.
  const [[set], items] = await Promise.all([
    tx.select().from(measureSets).where(eq(measureSets.id, measureSetId)),
    tx
      .select()
      .from(measureSetItems)
      .where(eq(measureSetItems.setId, measureSetId))
      .orderBy(asc(measureSetItems.position), asc(measureSetItems.measureId)),
  ]);
  if (!set) throw notFound('Measure set');
  return { set, items: items.filter((item) => item.tenantId === set.tenantId) };
}

export async function boardSummary(
  tx: Tx,
  principal: Principal,
  query: BoardSummaryQuery,
): Promise<BoardSummary> {
  const { set, items } = await loadMeasureSet(tx, query.measureSetId);
  const scope = await resolveScope(tx, principal, query.organisationId, query.unitId);
  const ids = items.map((item) => item.measureId);
  const [codeRows, batch] = await Promise.all([
    ids.length === 0
      ? []
      : tx.select({ id: measures.id, code: measures.code }).from(measures).where(inArray(measures.id, ids)),
    analyseSeriesBatch(tx, scope, ids),
  ]);
  const codes = new Map(codeRows.map((row) => [row.id, row.code]));
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
