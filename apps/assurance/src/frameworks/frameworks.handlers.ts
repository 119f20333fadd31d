import type { RouteHandler } from '@hono/zod-openapi';
import { frameworkNodes, frameworks, frameworkVersions, measureBindings, measures, type Tx } from '@qms/db';
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
import { and, asc, count, eq, gt, inArray, max, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { uuidv7 } from 'uuidv7';
import { DEFAULT_ROLL_UP } from '../judgements/roll-up.js';
import { checkFrameworkDocument, FRAMEWORK_FORMAT, type FrameworkDocument } from './framework-document.js';
import type {
  exportFrameworkVersion,
  getFramework,
  getFrameworkVersion,
  importFramework,
  listFrameworks,
  publishFrameworkVersion,
  retireFrameworkVersion,
} from './frameworks.routes.js';

type FrameworkRow = typeof frameworks.$inferSelect;
type VersionRow = typeof frameworkVersions.$inferSelect;

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** Frameworks belong to regulators and national bodies; anyone else is refused before validation. */
export function assertAssuranceBody(principal: Principal, doing: string): void {
  if (principal.tenantKind !== 'regulator' && principal.tenantKind !== 'national_body') {
    throw new ProblemError('forbidden', `Only a regulator or a national body may ${doing}`);
  }
}

const toVersion = (framework: FrameworkRow, row: VersionRow, nodeCount: number) => ({
  id: row.id,
  frameworkId: row.frameworkId,
  code: framework.code,
  name: framework.name,
  version: row.version,
  status: row.status,
  nodeKinds: row.nodeKinds,
  ratingScale: row.ratingScale,
  evidenceCategories: row.evidenceCategories,
  rollUp: row.rollUp,
  nodeCount,
  publishedAt: iso(row.publishedAt),
  retiredAt: iso(row.retiredAt),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** A framework the caller owns (RLS shows no other); 404 otherwise. */
async function findFramework(tx: Tx, frameworkId: string) {
  const [row] = await tx.select().from(frameworks).where(eq(frameworks.id, frameworkId)).limit(1);
  if (!row) throw notFound('Framework');
  return row;
}

/** A version of the framework, with the framework; 404 when either is not the caller's. */
export async function findFrameworkVersion(tx: Tx, frameworkId: string, versionId: string) {
  const framework = await findFramework(tx, frameworkId);
  const [row] = await tx
    .select()
    .from(frameworkVersions)
    .where(
      and(
        eq(frameworkVersions.tenantId, framework.tenantId),
        eq(frameworkVersions.frameworkId, frameworkId),
        eq(frameworkVersions.id, versionId),
      ),
    )
    .limit(1);
  if (!row) throw notFound('Framework version');
  return { framework, version: row };
}

async function nodeCountOf(tx: Tx, version: VersionRow) {
  const [row] = await tx
    .select({ n: count() })
    .from(frameworkNodes)
    .where(and(eq(frameworkNodes.tenantId, version.tenantId), eq(frameworkNodes.versionId, version.id)));
  return row?.n ?? 0;
}

async function toFramework(tx: Tx, framework: FrameworkRow) {
  const versions = await tx
    .select({
      id: frameworkVersions.id,
      version: frameworkVersions.version,
      status: frameworkVersions.status,
    })
    .from(frameworkVersions)
    .where(
      and(
        eq(frameworkVersions.tenantId, framework.tenantId),
        eq(frameworkVersions.frameworkId, framework.id),
      ),
    )
    .orderBy(asc(frameworkVersions.version));
  return {
    id: framework.id,
    code: framework.code,
    name: framework.name,
    description: framework.description,
    versions,
    createdAt: framework.createdAt.toISOString(),
    updatedAt: framework.updatedAt.toISOString(),
  };
}

/**
 * Writes a framework document as a new draft version (and the framework on first import). Used
 * by the API and by the demo seed, inside the caller's transaction; measure visibility is the
 * caller's to check.
 */
export async function writeFrameworkDocument(
  tx: Tx,
  tenantId: string,
  document: FrameworkDocument,
  measureTenants: ReadonlyMap<string, string>,
  ids: { frameworkId?: string; versionId?: string } = {},
) {
  let [framework] = await tx
    .select()
    .from(frameworks)
    .where(and(eq(frameworks.tenantId, tenantId), eq(frameworks.code, document.code)))
    .limit(1);
  if (framework) {
    [framework] = await tx
      .update(frameworks)
      .set({ name: document.name, description: document.description ?? null, updatedAt: sql`now()` })
      .where(and(eq(frameworks.tenantId, tenantId), eq(frameworks.id, framework.id)))
      .returning();
  } else {
    [framework] = await tx
      .insert(frameworks)
      .values({
        tenantId,
        id: ids.frameworkId ?? uuidv7(),
        code: document.code,
        name: document.name,
        description: document.description ?? null,
      })
      .returning();
  }
  if (!framework) throw new Error('framework write returned no row');
  const [latest] = await tx
    .select({ version: max(frameworkVersions.version) })
    .from(frameworkVersions)
    .where(and(eq(frameworkVersions.tenantId, tenantId), eq(frameworkVersions.frameworkId, framework.id)));
  const [version] = await tx
    .insert(frameworkVersions)
    .values({
      tenantId,
      id: ids.versionId ?? uuidv7(),
      frameworkId: framework.id,
      version: (latest?.version ?? 0) + 1,
      nodeKinds: document.nodeKinds,
      ratingScale: document.ratingScale.map((level, index) => ({ ...level, rank: index + 1 })),
      evidenceCategories: document.evidenceCategories,
      rollUp: document.rollUp ?? DEFAULT_ROLL_UP,
    })
    .returning();
  if (!version) throw new Error('version insert returned no row');
  const nodeIds = new Map<string, string>();
  for (const [position, node] of document.nodes.entries()) {
    const id = uuidv7();
    nodeIds.set(node.code, id);
    await tx.insert(frameworkNodes).values({
      tenantId,
      id,
      versionId: version.id,
      parentId: node.parentCode ? (nodeIds.get(node.parentCode) ?? null) : null,
      kind: node.kind,
      code: node.code,
      title: node.title,
      description: node.description ?? null,
      position,
    });
    for (const measureId of node.measureIds ?? []) {
      const measureTenantId = measureTenants.get(measureId);
      if (!measureTenantId) throw new Error(`measure ${measureId} was not checked`);
      await tx
        .insert(measureBindings)
        .values({ tenantId, id: uuidv7(), versionId: version.id, nodeId: id, measureTenantId, measureId });
    }
  }
  return { framework, version, nodeCount: document.nodes.length };
}

export const importHandler: RouteHandler<typeof importFramework, AppEnv> = async (c) => {
  const principal = principalOf(c);
  assertAssuranceBody(principal, 'own inspection frameworks');
  const document = c.req.valid('json');
  const problems = checkFrameworkDocument(document);
  const wanted = [...new Set(document.nodes.flatMap((node) => node.measureIds ?? []))];
  // RLS shows the caller its own measures and those published to a programme it belongs to.
  const visible = wanted.length
    ? await c.var.tx
        .select({ id: measures.id, tenantId: measures.tenantId })
        .from(measures)
        .where(inArray(measures.id, wanted))
    : [];
  const measureTenants = new Map(visible.map((row) => [row.id, row.tenantId]));
  document.nodes.forEach((node, index) => {
    (node.measureIds ?? []).forEach((measureId, item) => {
      if (!measureTenants.has(measureId)) {
        problems.push({
          pointer: `/body/nodes/${index}/measureIds/${item}`,
          detail: 'No measure with this id is visible to your organisation',
        });
      }
    });
  });
  if (problems.length) {
    throw new ProblemError('unprocessable-entity', 'The framework document is not sound', {
      errors: problems,
    });
  }
  const { framework, version, nodeCount } = await writeFrameworkDocument(
    c.var.tx,
    principal.tenantId,
    document,
    measureTenants,
  );
  await recordAudit(c, {
    action: 'framework.imported',
    targetType: 'framework_version',
    targetId: version.id,
    change: document,
  });
  c.header('Location', `/v1/frameworks/${framework.id}/versions/${version.id}`);
  c.header('ETag', etagOf(version.rowVersion));
  return c.json(toVersion(framework, version, nodeCount), 201);
};

export const list: RouteHandler<typeof listFrameworks, AppEnv> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  const after = decodeCursor(c, 'frameworks', cursor);
  const rows = await c.var.tx
    .select()
    .from(frameworks)
    .where(after ? gt(frameworks.id, after) : undefined)
    .orderBy(asc(frameworks.id))
    .limit(limit + 1);
  const page = pageOf(c, 'frameworks', rows, limit, (row) => row.id);
  const items = [];
  for (const row of page.items) items.push(await toFramework(c.var.tx, row));
  return c.json({ items, nextCursor: page.nextCursor }, 200);
};

export const get: RouteHandler<typeof getFramework, AppEnv> = async (c) => {
  const framework = await findFramework(c.var.tx, c.req.valid('param').frameworkId);
  return c.json(await toFramework(c.var.tx, framework), 200);
};

export const getVersion: RouteHandler<typeof getFrameworkVersion, AppEnv> = async (c) => {
  const { frameworkId, versionId } = c.req.valid('param');
  const { framework, version } = await findFrameworkVersion(c.var.tx, frameworkId, versionId);
  c.header('ETag', etagOf(version.rowVersion));
  return c.json(toVersion(framework, version, await nodeCountOf(c.var.tx, version)), 200);
};

export const exportVersion: RouteHandler<typeof exportFrameworkVersion, AppEnv> = async (c) => {
  const { frameworkId, versionId } = c.req.valid('param');
  const tx = c.var.tx;
  const { framework, version } = await findFrameworkVersion(tx, frameworkId, versionId);
  const nodes = await tx
    .select()
    .from(frameworkNodes)
    .where(and(eq(frameworkNodes.tenantId, version.tenantId), eq(frameworkNodes.versionId, version.id)))
    .orderBy(asc(frameworkNodes.position));
  const bindings = await tx
    .select()
    .from(measureBindings)
    .where(and(eq(measureBindings.tenantId, version.tenantId), eq(measureBindings.versionId, version.id)))
    .orderBy(asc(measureBindings.id));
  const codeOf = new Map(nodes.map((node) => [node.id, node.code]));
  const document: FrameworkDocument = {
    format: FRAMEWORK_FORMAT,
    code: framework.code,
    name: framework.name,
    description: framework.description,
    nodeKinds: version.nodeKinds,
    ratingScale: version.ratingScale.map(({ key, label }) => ({ key, label })),
    evidenceCategories: version.evidenceCategories,
    // The default rule stays implicit, so documents written before roll-ups round-trip unchanged.
    ...(version.rollUp.method === 'worst_of' ? {} : { rollUp: version.rollUp }),
    nodes: nodes.map((node) => {
      const measureIds = bindings
        .filter((binding) => binding.nodeId === node.id)
        .map((binding) => binding.measureId);
      return {
        code: node.code,
        parentCode: node.parentId ? (codeOf.get(node.parentId) ?? null) : null,
        kind: node.kind,
        title: node.title,
        description: node.description,
        ...(measureIds.length ? { measureIds } : {}),
      };
    }),
  };
  return c.json(document, 200);
};

async function moveVersion(
  c: Context<AppEnv>,
  ids: { frameworkId: string; versionId: string },
  to: 'published' | 'retired',
) {
  const tx = c.var.tx;
  const expected = requiredIfMatchVersion(c);
  const { framework, version } = await findFrameworkVersion(tx, ids.frameworkId, ids.versionId);
  assertVersion(version.rowVersion, expected);
  const from = to === 'published' ? 'draft' : 'published';
  if (version.status !== from) {
    throw new ProblemError(
      'conflict',
      `A framework version that is ${version.status} cannot be ${to}${to === 'published' ? '; import a new version' : ''}`,
    );
  }
  const [row] = await tx
    .update(frameworkVersions)
    .set({
      status: to,
      ...(to === 'published' ? { publishedAt: sql`now()` } : { retiredAt: sql`now()` }),
      rowVersion: sql`${frameworkVersions.rowVersion} + 1`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(frameworkVersions.tenantId, version.tenantId),
        eq(frameworkVersions.id, version.id),
        eq(frameworkVersions.rowVersion, expected),
      ),
    )
    .returning();
  if (!row)
    throw new ProblemError('precondition-failed', 'The framework version changed while you were updating it');
  await recordAudit(c, {
    action: `framework.${to}`,
    targetType: 'framework_version',
    targetId: version.id,
    change: { frameworkId: framework.id, from, to },
  });
  c.header('ETag', etagOf(row.rowVersion));
  return toVersion(framework, row, await nodeCountOf(tx, row));
}

export const publish: RouteHandler<typeof publishFrameworkVersion, AppEnv> = async (c) =>
  c.json(await moveVersion(c, c.req.valid('param'), 'published'), 200);

export const retire: RouteHandler<typeof retireFrameworkVersion, AppEnv> = async (c) =>
  c.json(await moveVersion(c, c.req.valid('param'), 'retired'), 200);
