/**
 * Reading and writing measures and their versions, and how they are shown. Shared by the
 * other parts of the registry (programme measures, adoptions, sets, links).
 */
import type { z } from '@hono/zod-openapi';
import { type DataQualityRules, type MeasureTarget, measures, measureVersions, type Tx } from '@qms/db';
import { hashOfChange, notFound, ProblemError } from '@qms/platform';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { uuidv7 } from 'uuidv7';
import type { CatalogueMeasure } from '../catalogue/measure-catalogue.js';
import { type BenchmarkingInput, definitionProblems } from './measure-definition.js';
import { currentVersion } from './measure-lifecycle.js';
import type {
  BenchmarkingSettingsSchema,
  MeasureSchema,
  MeasureSummarySchema,
  MeasureVersionSchema,
  MeasureVersionSummarySchema,
} from './measures.schemas.js';

export type MeasureRow = typeof measures.$inferSelect;
export type VersionRow = typeof measureVersions.$inferSelect;
type Benchmarking = z.infer<typeof BenchmarkingSettingsSchema>;

/** Everything a version defines; copied into a new draft and edited while a draft. */
export interface Definition {
  title: string;
  description: string;
  rationale: string;
  kind: VersionRow['kind'];
  valueType: VersionRow['valueType'];
  multiplier: number;
  numeratorDefinition: string;
  denominatorDefinition: string;
  unit: string;
  periodicity: VersionRow['periodicity'];
  improvementDirection: VersionRow['improvementDirection'];
  targets: MeasureTarget[];
  defaultChart: string;
  ruleFamily: VersionRow['ruleFamily'];
  dataQualityRules: DataQualityRules;
  domains: string[];
  owner: string;
  benchmarking: Benchmarking;
}

export const definitionDefaults = {
  description: '',
  rationale: '',
  multiplier: 1,
  numeratorDefinition: '',
  denominatorDefinition: '',
  unit: '',
  targets: [],
  defaultChart: 'xmr',
  ruleFamily: 'mdc',
  dataQualityRules: {},
  domains: [],
  owner: '',
  benchmarking: {},
} as const satisfies Partial<Definition>;

export function definitionOf(row: VersionRow): Definition {
  return {
    title: row.title,
    description: row.description,
    rationale: row.rationale,
    kind: row.kind,
    valueType: row.valueType,
    multiplier: row.multiplier,
    numeratorDefinition: row.numeratorDefinition,
    denominatorDefinition: row.denominatorDefinition,
    unit: row.unit,
    periodicity: row.periodicity,
    improvementDirection: row.improvementDirection,
    targets: row.targets,
    defaultChart: row.defaultChart,
    ruleFamily: row.ruleFamily,
    dataQualityRules: row.dataQualityRules,
    domains: row.domains,
    owner: row.owner,
    benchmarking: row.benchmarking as Benchmarking,
  };
}

/** Drops keys whose value is undefined, so a partial change never blanks a field. */
export function changesOf<T extends object>(body: T): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** 422 with a pointer per broken cross-field rule of the definition. */
export function assertConsistent(definition: Definition): void {
  const problems = definitionProblems({
    valueType: definition.valueType,
    multiplier: definition.multiplier,
    defaultChart: definition.defaultChart,
    ruleFamily: definition.ruleFamily,
    targets: definition.targets,
    dataQualityRules: definition.dataQualityRules,
    benchmarking: definition.benchmarking as BenchmarkingInput,
  });
  if (problems.length > 0) {
    throw new ProblemError('unprocessable-entity', problems.map((problem) => problem.detail).join('; '), {
      errors: problems.map((problem) => ({ pointer: `/body/${problem.field}`, detail: problem.detail })),
    });
  }
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const toVersion = (row: VersionRow): z.infer<typeof MeasureVersionSchema> => ({
  id: row.id,
  measureId: row.measureId,
  ownerOrganisationId: row.tenantId,
  version: row.version,
  status: row.status,
  ...definitionOf(row),
  kind: row.kind,
  defaultChart: row.defaultChart,
  targets: row.targets.map((target) => ({
    from: target.from,
    ...(target.to ? { to: target.to } : {}),
    value: target.value,
  })),
  domains: row.domains as z.infer<typeof MeasureVersionSchema>['domains'],
  activatedAt: iso(row.activatedAt),
  retiredAt: iso(row.retiredAt),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/**
 * A strong ETag from the representation itself: a version's status changes (activate, retire)
 * and its content (draft edits) both change what the client saw, so a digest of it serves.
 */
export const contentEtag = (representation: unknown) => `"${hashOfChange(representation).slice(0, 32)}"`;

export const versionEtag = (row: VersionRow) => contentEtag(toVersion(row));

export const toVersionSummary = (row: VersionRow): z.infer<typeof MeasureVersionSummarySchema> => ({
  id: row.id,
  version: row.version,
  status: row.status,
  title: row.title,
  kind: row.kind,
  valueType: row.valueType,
  periodicity: row.periodicity,
  improvementDirection: row.improvementDirection,
  domains: row.domains as z.infer<typeof MeasureVersionSummarySchema>['domains'],
  activatedAt: iso(row.activatedAt),
  retiredAt: iso(row.retiredAt),
  etag: versionEtag(row),
});

export function toMeasureSummary(
  measure: MeasureRow,
  current: VersionRow,
): z.infer<typeof MeasureSummarySchema> {
  return {
    id: measure.id,
    ownerOrganisationId: measure.tenantId,
    code: measure.code,
    current: toVersionSummary(current),
    createdAt: measure.createdAt.toISOString(),
    updatedAt: measure.updatedAt.toISOString(),
  };
}

export function toMeasure(measure: MeasureRow, versions: VersionRow[]): z.infer<typeof MeasureSchema> {
  const active = versions.find((version) => version.status === 'active');
  const draft = versions.find((version) => version.status === 'draft');
  return {
    id: measure.id,
    ownerOrganisationId: measure.tenantId,
    code: measure.code,
    versions: versions.map(toVersionSummary),
    active: active ? toVersion(active) : null,
    draft: draft ? toVersion(draft) : null,
    createdAt: measure.createdAt.toISOString(),
    updatedAt: measure.updatedAt.toISOString(),
  };
}

/**
 * The versions the caller's `If-Match` names (a list or `*` allowed): 428 without it, 412 when
 * the representation has changed since.
 */
export function assertIfMatch(c: Context, currentEtag: string): void {
  const header = c.req.header('if-match');
  if (!header) {
    throw new ProblemError('precondition-required', 'Send If-Match with the ETag of your latest read');
  }
  const tags = header.split(',').map((tag) => tag.trim());
  if (!tags.includes('*') && !tags.includes(currentEtag)) {
    throw new ProblemError('precondition-failed', `The resource has changed (current ETag ${currentEtag})`, {
      headers: { ETag: currentEtag },
    });
  }
}

/** A measure visible to the caller (RLS: its own, or published to its programmes); 404 otherwise. */
export async function findVisibleMeasure(tx: Tx, measureId: string): Promise<MeasureRow> {
  const [row] = await tx.select().from(measures).where(eq(measures.id, measureId)).limit(1);
  if (!row) throw notFound('Measure');
  return row;
}

/** A measure visible to the caller, or undefined: for measures named in a request body (a 422). */
export async function visibleMeasureOrUndefined(tx: Tx, measureId: string): Promise<MeasureRow | undefined> {
  const [row] = await tx.select().from(measures).where(eq(measures.id, measureId)).limit(1);
  return row;
}

/** One of the caller's own measures (the only ones it may change); 404 otherwise. */
export async function findOwnMeasure(tx: Tx, tenantId: string, measureId: string): Promise<MeasureRow> {
  const [row] = await tx
    .select()
    .from(measures)
    .where(and(eq(measures.tenantId, tenantId), eq(measures.id, measureId)))
    .limit(1);
  if (!row) throw notFound('Measure');
  return row;
}

/** Every version of a measure, by number; `lock` takes row locks for a lifecycle change. */
export async function versionsOf(tx: Tx, measure: MeasureRow, lock = false): Promise<VersionRow[]> {
  const query = tx
    .select()
    .from(measureVersions)
    .where(and(eq(measureVersions.tenantId, measure.tenantId), eq(measureVersions.measureId, measure.id)))
    .orderBy(asc(measureVersions.version));
  return lock ? query.for('update') : query;
}

/** The version summarising each measure (active, else latest draft, else latest), by measure id. */
export async function currentVersions(
  tx: Tx,
  measureIds: readonly string[],
): Promise<Map<string, VersionRow>> {
  if (measureIds.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(measureVersions)
    .where(inArray(measureVersions.measureId, [...measureIds]));
  const byMeasure = new Map<string, VersionRow[]>();
  for (const row of rows) byMeasure.set(row.measureId, [...(byMeasure.get(row.measureId) ?? []), row]);
  const result = new Map<string, VersionRow>();
  for (const [measureId, versions] of byMeasure) {
    const current = currentVersion(versions);
    if (current) result.set(measureId, current);
  }
  return result;
}

/** Summaries of visible measures, by id (the ones RLS hides are left out). */
export async function measureSummaries(
  tx: Tx,
  measureIds: readonly string[],
): Promise<Map<string, z.infer<typeof MeasureSummarySchema>>> {
  const ids = [...new Set(measureIds)];
  if (ids.length === 0) return new Map();
  const rows = await tx.select().from(measures).where(inArray(measures.id, ids));
  const current = await currentVersions(tx, ids);
  const result = new Map<string, z.infer<typeof MeasureSummarySchema>>();
  for (const row of rows) {
    const version = current.get(row.id);
    if (version) result.set(row.id, toMeasureSummary(row, version));
  }
  return result;
}

/** The catalogue's view of a measure row. */
export const catalogueMeasure = (row: MeasureRow, active: VersionRow | undefined): CatalogueMeasure => ({
  tenantId: row.tenantId,
  id: row.id,
  code: row.code,
  active,
});

/** Inserts a draft version of a measure. */
export async function insertDraft(
  tx: Tx,
  values: { tenantId: string; measureId: string; version: number; definition: Definition },
): Promise<VersionRow> {
  const [row] = await tx
    .insert(measureVersions)
    .values({
      tenantId: values.tenantId,
      id: uuidv7(),
      measureId: values.measureId,
      version: values.version,
      status: 'draft',
      ...values.definition,
      domains: [...values.definition.domains],
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Marks the measure itself as changed when one of its versions changes. */
export async function touchMeasure(tx: Tx, measure: MeasureRow): Promise<MeasureRow> {
  const [row] = await tx
    .update(measures)
    .set({ updatedAt: sql`now()` })
    .where(and(eq(measures.tenantId, measure.tenantId), eq(measures.id, measure.id)))
    .returning();
  return row ?? measure;
}
