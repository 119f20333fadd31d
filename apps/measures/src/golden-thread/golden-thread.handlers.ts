import type { RouteHandler } from '@hono/zod-openapi';
import { measures, queryRows } from '@qms/db';
import { type AppEnv, principalOf } from '@qms/platform';
import { inArray, sql } from 'drizzle-orm';
import { activeVersions, findMeasure } from '../catalogue/measure-catalogue.js';
import { resolveScope } from '../quality-control/load.js';
import { latestSignals } from '../quality-control/signals.js';
import type { getMeasureThread } from './golden-thread.routes.js';
import type { GoldenThread } from './golden-thread.schemas.js';

interface LinkRow extends Record<string, unknown> {
  direction: 'up' | 'down' | 'balancing';
  id: string;
  tenant_id: string;
  from_id: string;
  to_id: string;
  kind: 'contributes_to' | 'balancing';
  depth: number;
}

export const thread: RouteHandler<typeof getMeasureThread, AppEnv> = async (c) => {
  const { measureId } = c.req.valid('param');
  const { organisationId, unitId, depth } = c.req.valid('query');
  const principal = principalOf(c);
  const tx = c.var.tx;
  const root = await findMeasure(tx, measureId);
  const scope = await resolveScope(tx, principal, organisationId, unitId);
  // Both walks read measure_links under row-level security: a link the caller cannot see is
  // neither returned nor followed. `path` stops a loop.
  const links = await queryRows<LinkRow>(
    tx,
    sql`
      with recursive
        up (id, tenant_id, from_id, to_id, kind, depth, path) as (
          select l.id, l.tenant_id, l.from_measure_id, l.to_measure_id, l.kind, 1, array[l.from_measure_id, l.to_measure_id]
            from measures.measure_links l
           where l.from_measure_id = ${root.id}::uuid and l.kind = 'contributes_to'
          union all
          select l.id, l.tenant_id, l.from_measure_id, l.to_measure_id, l.kind, up.depth + 1, up.path || l.to_measure_id
            from measures.measure_links l
            join up on l.from_measure_id = up.to_id
           where l.kind = 'contributes_to' and not l.to_measure_id = any (up.path) and up.depth < ${depth}::int
        ),
        down (id, tenant_id, from_id, to_id, kind, depth, path) as (
          select l.id, l.tenant_id, l.from_measure_id, l.to_measure_id, l.kind, 1, array[l.to_measure_id, l.from_measure_id]
            from measures.measure_links l
           where l.to_measure_id = ${root.id}::uuid and l.kind = 'contributes_to'
          union all
          select l.id, l.tenant_id, l.from_measure_id, l.to_measure_id, l.kind, down.depth + 1, down.path || l.from_measure_id
            from measures.measure_links l
            join down on l.to_measure_id = down.from_id
           where l.kind = 'contributes_to' and not l.from_measure_id = any (down.path) and down.depth < ${depth}::int
        )
      select 'up' as direction, id, tenant_id, from_id, to_id, kind, depth from up
      union all
      select 'down' as direction, id, tenant_id, from_id, to_id, kind, depth from down
      union all
      select 'balancing' as direction, l.id, l.tenant_id, l.from_measure_id, l.to_measure_id, l.kind, 1
        from measures.measure_links l
       where l.kind = 'balancing' and (l.from_measure_id = ${root.id}::uuid or l.to_measure_id = ${root.id}::uuid)`,
  );

  // Each measure once per side, at its nearest depth.
  const sides = {
    up: new Map<string, number>(),
    down: new Map<string, number>(),
    balancing: new Map<string, number>(),
  };
  const seenLinks = new Map<string, GoldenThread['links'][number]>();
  for (const link of links) {
    const id = String(link.id);
    seenLinks.set(id, {
      id,
      ownerOrganisationId: String(link.tenant_id),
      fromMeasureId: String(link.from_id),
      toMeasureId: String(link.to_id),
      kind: link.kind,
    });
    const other =
      link.direction === 'up'
        ? String(link.to_id)
        : link.direction === 'down'
          ? String(link.from_id)
          : String(link.from_id) === root.id
            ? String(link.to_id)
            : String(link.from_id);
    if (other === root.id) continue;
    const side = sides[link.direction];
    const d = Number(link.depth);
    if (!side.has(other) || (side.get(other) ?? d) > d) side.set(other, d);
  }
  const ids = [...new Set([root.id, ...sides.up.keys(), ...sides.down.keys(), ...sides.balancing.keys()])];
  const visible = new Map(
    (
      await tx
        .select({ id: measures.id, tenantId: measures.tenantId, code: measures.code })
        .from(measures)
        .where(inArray(measures.id, ids))
    ).map((row) => [row.id, row]),
  );
  const versions = await activeVersions(tx, [...visible.keys()]);
  const signals = await latestSignals(tx, scope.organisationId, scope.unitId, [...visible.keys()]);
  const node = (id: string, d: number): GoldenThread['measure'] => {
    const measure = visible.get(id);
    const version = versions.get(id);
    return {
      measureId: id,
      ownerOrganisationId: measure?.tenantId ?? null,
      code: measure?.code ?? null,
      title: version?.title ?? null,
      kind: version?.kind ?? null,
      depth: d,
      signal: signals.get(id) ?? null,
    };
  };
  const ordered = (side: Map<string, number>) =>
    [...side.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([id, d]) => node(id, d));
  const body: GoldenThread = {
    organisationId: scope.organisationId,
    unitId: scope.unitId,
    measure: node(root.id, 0),
    above: ordered(sides.up),
    below: ordered(sides.down),
    balancing: ordered(sides.balancing),
    links: [...seenLinks.values()],
  };
  return c.json(body, 200);
};
