import { measureSetItems, measureSets, measures, measureVersions, observations } from '@qms/db';
import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { expect } from 'vitest';
import { demoId } from '../../src/demo/demo-organisations.js';
import { demoUnitId } from '../../src/demo/seed.js';
import type { IsolationContext, IsolationModule } from './context.js';

const barts = demoId('barts-health');
const bartsUnit = demoUnitId('barts-health', 'ed');
const period = '2024-01-01';

/** Data submission and observations: another organisation's submissions, data and templates. */
export const measuresSubmissionsIsolation: IsolationModule = {
  async setup({ t, victim }) {
    const db = t.platform.owner.db;
    const measureId = uuidv7();
    await db.insert(measures).values({ tenantId: barts, id: measureId, code: 'ISO-SUB-LOCAL' });
    await db.insert(measureVersions).values({
      tenantId: barts,
      id: uuidv7(),
      measureId,
      version: 1,
      status: 'active',
      title: 'Barts local count',
      kind: 'process',
      valueType: 'count',
      periodicity: 'month',
      improvementDirection: 'decrease',
    });
    const setId = uuidv7();
    await db
      .insert(measureSets)
      .values({ tenantId: barts, id: setId, code: 'iso-sub-set', name: 'Barts board' });
    await db
      .insert(measureSetItems)
      .values({ tenantId: barts, setId, measureTenantId: barts, measureId, uses: ['quality_control'] });
    const submitter = await t.token('barts-health', 'submitter');
    const response = await t.fetch('/v1/submissions', {
      method: 'POST',
      token: submitter,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rows: [{ measureId, unitId: bartsUnit, period, value: 4, status: 'final' }] }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    victim.submissionMeasure = measureId;
    victim.submission = ((await response.json()) as { submissionId: string }).submissionId;
    victim.submissionSet = setId;
  },
  cases: ({ t, victim, call, expectNothingForeign }: IsolationContext) => ({
    createSubmission: async () => {
      // Another organisation's measure and unit are rejected per row, without revealing either.
      const guysSubmitter = await t.token('guys-st-thomas', 'submitter');
      const response = await t.fetch('/v1/submissions?mode=partial', {
        method: 'POST',
        token: guysSubmitter,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          rows: [
            { measureId: victim.submissionMeasure, unitId: bartsUnit, period, value: 99, status: 'final' },
          ],
        }),
      });
      const body = (await expectNothingForeign(response, 422)) as {
        summary: { rejections: { field: string }[] };
      };
      expect(body.summary.rejections.map((rejection) => rejection.field).sort()).toEqual([
        'measureId',
        'unitId',
      ]);
    },
    listSubmissions: async () => {
      await expectNothingForeign(await call('GET', '/v1/submissions?limit=200'), 200);
    },
    getSubmission: async () => {
      await expectNothingForeign(await call('GET', `/v1/submissions/${victim.submission}`), 404);
    },
    getSubmissionPayload: async () => {
      await expectNothingForeign(await call('GET', `/v1/submissions/${victim.submission}/payload`), 404);
    },
    listObservations: async () => {
      // Another organisation's measure, and another organisation's data: both 404.
      await expectNothingForeign(
        await call('GET', `/v1/observations?measureId=${victim.submissionMeasure}`),
        404,
      );
      await expectNothingForeign(
        await call(
          'GET',
          `/v1/observations?measureId=${victim.submissionMeasure}&organisationId=${barts}&includeRevisions=true`,
        ),
        404,
      );
    },
    getObservationHistory: async () => {
      await expectNothingForeign(
        await call(
          'GET',
          `/v1/observations/history?measureId=${victim.submissionMeasure}&unitId=${bartsUnit}&period=${period}&organisationId=${barts}`,
        ),
        404,
      );
    },
    getMeasureSetTemplate: async () => {
      await expectNothingForeign(
        await call('GET', `/v1/measure-sets/${victim.submissionSet}/template.csv`),
        404,
      );
    },
  }),
  async verifyUntouched({ t, victim }) {
    const rows = await t.platform.owner.db
      .select()
      .from(observations)
      .where(
        and(eq(observations.tenantId, barts), eq(observations.measureId, victim.submissionMeasure ?? '')),
      );
    expect(rows.map((row) => [row.value, row.revision, row.isCurrent])).toEqual([[4, 1, true]]);
  },
};
