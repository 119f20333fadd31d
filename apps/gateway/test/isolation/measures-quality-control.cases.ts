import { readFileSync } from 'node:fs';
import {
  measureLinks,
  measureSetItems,
  measureSets,
  measures,
  measureVersions,
  observations,
  programmeMeasures,
  submissions,
} from '@qms/db';
import { uuidv7 } from 'uuidv7';
import { expect } from 'vitest';
import { demoId } from '../../src/demo/demo-organisations.js';
import { demoUnitId } from '../../src/demo/seed.js';
import type { TestPlatform } from '../harness.js';
import type { IsolationContext, IsolationModule } from './context.js';

/** Monthly A&E rows of one trust's type-1 departments (NHS England, NHSRdatasets ae_attendances). */
export function aeSeries(org: string) {
  const lines = readFileSync(
    new URL('../../../../data/ae-attendances/ae_attendances.csv', import.meta.url),
    'utf8',
  ).split('\n');
  return lines
    .slice(1)
    .map((line) => line.replaceAll('"', '').split(','))
    .filter((cells) => cells[1] === org && cells[2] === '1')
    .map((cells) => ({
      period: cells[0] ?? '',
      attendances: Number(cells[3]),
      breaches: Number(cells[4]),
      admissions: Number(cells[5]),
    }))
    .sort((a, b) => a.period.localeCompare(b.period));
}

export interface MeasureFixture {
  id: string;
  versionId: string;
  tenantId: string;
}

type VersionValues = Partial<typeof measureVersions.$inferInsert> &
  Pick<typeof measureVersions.$inferInsert, 'title' | 'valueType' | 'improvementDirection'>;

/** A measure with an active version, written as the owner (the registry API is built elsewhere). */
export async function createMeasure(
  t: TestPlatform,
  tenantId: string,
  code: string,
  version: VersionValues,
): Promise<MeasureFixture> {
  const db = t.platform.owner.db;
  const id = uuidv7();
  const versionId = uuidv7();
  await db.insert(measures).values({ tenantId, id, code });
  await db.insert(measureVersions).values({
    kind: 'outcome',
    periodicity: 'month',
    ...version,
    tenantId,
    id: versionId,
    measureId: id,
    version: 1,
    status: 'active',
    activatedAt: new Date(),
  });
  return { id, versionId, tenantId };
}

/** A submission row for observations to point at. */
export async function createSubmission(t: TestPlatform, tenantId: string, rejected = 0): Promise<string> {
  const id = uuidv7();
  await t.platform.owner.db.insert(submissions).values({
    tenantId,
    id,
    format: 'json',
    mode: 'partial',
    outcome: rejected > 0 ? 'partially_accepted' : 'accepted',
    received: 36 + rejected,
    created: 36,
    revised: 0,
    unchanged: 0,
    rejected,
    summary: {},
    contentType: 'application/json',
    submittedBy: 'test|fixture',
    requestId: 'fixture',
  });
  return id;
}

export interface ObservationFixture {
  period: string;
  numerator?: number | null;
  denominator?: number | null;
  value?: number | null;
  revision?: number;
  status?: 'provisional' | 'final';
  late?: boolean;
  isCurrent?: boolean;
}

export async function createObservations(
  t: TestPlatform,
  organisationId: string,
  measure: MeasureFixture,
  submissionId: string,
  rows: ObservationFixture[],
  unitId: string | null = null,
) {
  if (rows.length === 0) return;
  await t.platform.owner.db.insert(observations).values(
    rows.map((row) => ({
      tenantId: organisationId,
      measureTenantId: measure.tenantId,
      measureId: measure.id,
      measureVersionId: measure.versionId,
      unitId,
      periodStart: row.period,
      revision: row.revision ?? 1,
      isCurrent: row.isCurrent ?? true,
      numerator: row.numerator ?? null,
      denominator: row.denominator ?? null,
      value: row.value ?? null,
      status: row.status ?? 'final',
      late: row.late ?? false,
      submissionId,
    })),
  );
}

export async function createMeasureSet(
  t: TestPlatform,
  tenantId: string,
  code: string,
  items: { measure: MeasureFixture; uses: string[] }[],
  programmeId: string | null = null,
) {
  const id = uuidv7();
  const db = t.platform.owner.db;
  await db.insert(measureSets).values({ tenantId, id, code, name: `Set ${code}`, programmeId });
  await db.insert(measureSetItems).values(
    items.map((item, position) => ({
      tenantId,
      setId: id,
      measureTenantId: item.measure.tenantId,
      measureId: item.measure.id,
      uses: item.uses,
      position,
    })),
  );
  return id;
}

export async function createLink(
  t: TestPlatform,
  from: MeasureFixture,
  to: MeasureFixture,
  kind: 'contributes_to' | 'balancing',
) {
  const id = uuidv7();
  await t.platform.owner.db.insert(measureLinks).values({
    tenantId: from.tenantId,
    id,
    fromMeasureId: from.id,
    toMeasureTenantId: to.tenantId,
    toMeasureId: to.id,
    kind,
  });
  return id;
}

export async function publishToProgramme(t: TestPlatform, measure: MeasureFixture, programmeId: string) {
  await t.platform.owner.db
    .insert(programmeMeasures)
    .values({ tenantId: measure.tenantId, programmeId, measureId: measure.id });
}

const barts = demoId('barts-health');
const bartsUnit = demoUnitId('barts-health', 'ed');

/** Quality control: SPC of stored series, limit changes, annotations, summaries, thread, charts. */
export const measuresQualityControlIsolation: IsolationModule = {
  async setup({ t, victim, postAs }) {
    const bartsSteward = await t.token('barts-health', 'measure_steward');
    const measure = await createMeasure(t, barts, 'qc-iso-secret', {
      title: 'Barts private measure',
      valueType: 'count',
      improvementDirection: 'decrease',
    });
    const submission = await createSubmission(t, barts, 3);
    await createObservations(
      t,
      barts,
      measure,
      submission,
      aeSeries('R1H')
        .slice(0, 15)
        .map((row) => ({ period: row.period, value: row.breaches })),
    );
    victim.qcMeasure = measure.id;
    victim.qcSet = await createMeasureSet(t, barts, 'qc-iso-set', [{ measure, uses: ['quality_control'] }]);
    victim.qcLimitChange = (
      await postAs(bartsSteward, '/v1/limit-changes', {
        measureId: measure.id,
        period: '2016-10-01',
        kind: 'recalculation',
        reason: 'Barts-only process change',
      })
    ).id;
    victim.qcAnnotation = (
      await postAs(bartsSteward, '/v1/annotations', {
        measureId: measure.id,
        period: '2016-10-01',
        category: 'system_change',
        text: 'Barts-only note',
      })
    ).id;
  },
  cases: ({ t, victim, call, expectNothingForeign }: IsolationContext) => {
    const asGuysSteward = async (method: string, path: string, body: unknown) =>
      t.fetch(path, {
        method,
        token: await t.token('guys-st-thomas', 'measure_steward'),
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    return {
      getMeasureSpc: async () => {
        await expectNothingForeign(await call('GET', `/v1/measures/${victim.qcMeasure}/spc`), 404);
        await expectNothingForeign(
          await call('GET', `/v1/measures/${victim.qcMeasure}/spc?organisationId=${barts}`),
          404,
        );
      },
      getMeasureSpcSvg: async () => {
        await expectNothingForeign(await call('GET', `/v1/measures/${victim.qcMeasure}/spc.svg`), 404);
      },
      createLimitChange: async () => {
        // The attacker's administrator is refused for want of measures:write (403) or, where the
        // role carries it, cannot see the measure (404); a steward of its trust cannot see it either.
        const asAdmin = await call('POST', '/v1/limit-changes', {
          measureId: victim.qcMeasure,
          period: '2016-11-01',
          kind: 'recalculation',
          reason: 'planted',
        });
        expect([403, 404]).toContain(asAdmin.status);
        await expectNothingForeign(asAdmin, asAdmin.status);
        await expectNothingForeign(
          await asGuysSteward('POST', '/v1/limit-changes', {
            measureId: victim.qcMeasure,
            period: '2016-11-01',
            kind: 'recalculation',
            reason: 'planted',
          }),
          404,
        );
      },
      listLimitChanges: async () => {
        await expectNothingForeign(await call('GET', `/v1/limit-changes?measureId=${victim.qcMeasure}`), 404);
        await expectNothingForeign(
          await call('GET', `/v1/limit-changes?measureId=${victim.qcMeasure}&organisationId=${barts}`),
          404,
        );
      },
      createAnnotation: async () => {
        await expectNothingForeign(
          await asGuysSteward('POST', '/v1/annotations', {
            measureId: victim.qcMeasure,
            period: '2016-11-01',
            category: 'other',
            text: 'planted',
          }),
          404,
        );
      },
      listAnnotations: async () => {
        await expectNothingForeign(await call('GET', `/v1/annotations?measureId=${victim.qcMeasure}`), 404);
      },
      getBoardSummary: async () => {
        await expectNothingForeign(await call('GET', `/v1/board-summary?measureSetId=${victim.qcSet}`), 404);
      },
      getBoardSummarySvg: async () => {
        await expectNothingForeign(
          await call('GET', `/v1/board-summary.svg?measureSetId=${victim.qcSet}`),
          404,
        );
      },
      getMeasureThread: async () => {
        await expectNothingForeign(await call('GET', `/v1/measures/${victim.qcMeasure}/thread`), 404);
      },
      getDataQuality: async () => {
        const own = await expectNothingForeign(
          await call('GET', '/v1/data-quality?from=2016-04-01&to=2019-03-01'),
          200,
        );
        expect((own.organisations as unknown[]).length).toBe(1);
        await expectNothingForeign(await call('GET', `/v1/data-quality?organisationId=${barts}`), 404);
        await expectNothingForeign(await call('GET', `/v1/data-quality?measureSetId=${victim.qcSet}`), 404);
        await expectNothingForeign(
          await call('GET', `/v1/data-quality?programmeId=${demoId('programme/uec-flow')}`),
          404,
        );
        // A unit of another organisation is never a scope.
        await expectNothingForeign(
          await call('GET', `/v1/measures/${victim.qcMeasure}/spc?unitId=${bartsUnit}`),
          404,
        );
      },
    };
  },
  async verifyUntouched({ t, victim }) {
    const steward = await t.token('barts-health', 'measure_steward');
    const changes = await t.fetch(`/v1/limit-changes?measureId=${victim.qcMeasure}`, { token: steward });
    const body = (await changes.json()) as { items: { id: string; reason: string }[] };
    expect(body.items.map((item) => item.id)).toEqual([victim.qcLimitChange]);
    const notes = await t.fetch(`/v1/annotations?measureId=${victim.qcMeasure}`, { token: steward });
    const noteBody = (await notes.json()) as { items: { id: string }[] };
    expect(noteBody.items.map((item) => item.id)).toEqual([victim.qcAnnotation]);
  },
};
