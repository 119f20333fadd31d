import { demoFrameworkId, demoFrameworkVersionId } from '../../src/demo/demo-frameworks.js';
import { demoId } from '../../src/demo/demo-organisations.js';
import type { IsolationContext, IsolationModule } from './context.js';

const englishCode = 'demo-five-questions';
const frameworkId = demoFrameworkId(englishCode);
const versionId = demoFrameworkVersionId(englishCode);
const versionPath = `/v1/frameworks/${frameworkId}/versions/${versionId}`;

/**
 * Assurance: the attacker (an administrator of Guy's) sees none of the regulator's frameworks,
 * and nothing of an inspection of another trust (Barts) or its findings; it can plan, record or
 * move nothing.
 */
export const assuranceIsolation: IsolationModule = {
  async setup({ t, victim }) {
    const inspector = await t.token('care-regulator', 'inspector');
    const call = async (
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const response = await t.fetch(path, {
        token: inspector,
        method,
        headers: { 'Content-Type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status}`);
      return (await response.json()) as { id: string };
    };
    victim.framework = frameworkId;
    victim.frameworkVersion = versionId;
    const inspection = await call('POST', '/v1/inspections', {
      organisationId: demoId('barts-health'),
      frameworkVersionId: versionId,
      type: 'unannounced',
      title: 'Isolation victim',
      team: ['inspector@care-regulator'],
      startsOn: '2026-05-01',
      endsOn: '2026-05-02',
    });
    victim.inspection = inspection.id;
    await call('POST', `/v1/inspections/${inspection.id}/start-fieldwork`, undefined, { 'If-Match': '"1"' });
    const finding = await call('POST', `/v1/inspections/${inspection.id}/findings`, {
      type: 'concern',
      severity: 'medium',
      statement: 'Isolation victim finding',
    });
    victim.finding = finding.id;
    const framework = (await call('GET', `/v1/inspections/${inspection.id}/framework`)) as unknown as {
      nodes: { id: string; code: string }[];
    };
    victim.node = framework.nodes.find((node) => node.code === 'RESP.1')?.id ?? '';
    const captured = await call('POST', `/v1/inspections/${inspection.id}/evidence`, {
      category: 'document',
      source: 'document',
      nodeIds: [victim.node],
      description: 'Isolation victim evidence',
    });
    victim.evidence = captured.id;
    await call(
      'PUT',
      `/v1/inspections/${inspection.id}/judgements/${victim.node}`,
      { rating: 'good', evidenceIds: [captured.id] },
      { 'If-Match': '"0"' },
    );
  },
  cases: ({ victim, call, expectNothingForeign }: IsolationContext) => {
    const inspection = `/v1/inspections/${victim.inspection}`;
    const transition = (action: string) => async () => {
      // A trust administrator passes the role check and finds nothing.
      await expectNothingForeign(
        await call('POST', `${inspection}/${action}`, undefined, { 'If-Match': '"2"' }),
        404,
      );
    };
    return {
      importFramework: async () => {
        await expectNothingForeign(
          await call('POST', '/v1/frameworks/import', { format: 'qms-framework/1' }),
          403,
        );
      },
      listFrameworks: async () => {
        const page = await expectNothingForeign(await call('GET', '/v1/frameworks'), 200);
        if ((page.items as unknown[]).length !== 0) throw new Error('the attacker listed frameworks');
      },
      getFramework: async () => {
        await expectNothingForeign(await call('GET', `/v1/frameworks/${frameworkId}`), 404);
      },
      getFrameworkVersion: async () => {
        await expectNothingForeign(await call('GET', versionPath), 404);
      },
      exportFrameworkVersion: async () => {
        await expectNothingForeign(await call('GET', `${versionPath}/export`), 404);
      },
      publishFrameworkVersion: async () => {
        await expectNothingForeign(
          await call('POST', `${versionPath}/publish`, undefined, { 'If-Match': '"1"' }),
          403,
        );
      },
      retireFrameworkVersion: async () => {
        await expectNothingForeign(
          await call('POST', `${versionPath}/retire`, undefined, { 'If-Match': '"1"' }),
          403,
        );
      },
      createInspection: async () => {
        await expectNothingForeign(await call('POST', '/v1/inspections', {}), 403);
      },
      listInspections: async () => {
        const page = await expectNothingForeign(await call('GET', '/v1/inspections'), 200);
        if ((page.items as unknown[]).length !== 0) throw new Error('the attacker listed inspections');
      },
      getInspection: async () => {
        await expectNothingForeign(await call('GET', inspection), 404);
      },
      startInspectionFieldwork: transition('start-fieldwork'),
      submitInspectionDraft: transition('submit-draft'),
      shareInspectionDraft: transition('share-draft'),
      publishInspection: transition('publish'),
      closeInspection: transition('close'),
      createFinding: async () => {
        await expectNothingForeign(
          await call('POST', `${inspection}/findings`, {
            type: 'concern',
            severity: 'low',
            statement: 'Smuggled',
          }),
          403,
        );
      },
      listFindings: async () => {
        await expectNothingForeign(await call('GET', `${inspection}/findings`), 404);
      },
      getFinding: async () => {
        await expectNothingForeign(await call('GET', `${inspection}/findings/${victim.finding}`), 404);
      },
      updateFinding: async () => {
        // Only inspectors change findings: a trust administrator is refused before any look-up.
        await expectNothingForeign(
          await call(
            'PATCH',
            `${inspection}/findings/${victim.finding}`,
            { severity: 'low' },
            { 'If-Match': '"1"' },
          ),
          403,
        );
      },
      getInspectionFramework: async () => {
        await expectNothingForeign(await call('GET', `${inspection}/framework`), 404);
      },
      captureEvidence: async () => {
        await expectNothingForeign(
          await call('POST', `${inspection}/evidence`, {
            category: 'document',
            source: 'document',
            nodeIds: [victim.node],
            description: 'Smuggled',
          }),
          403,
        );
      },
      listEvidence: async () => {
        await expectNothingForeign(await call('GET', `${inspection}/evidence`), 404);
      },
      getEvidence: async () => {
        await expectNothingForeign(await call('GET', `${inspection}/evidence/${victim.evidence}`), 404);
      },
      listJudgements: async () => {
        await expectNothingForeign(await call('GET', `${inspection}/judgements`), 404);
      },
      getJudgement: async () => {
        await expectNothingForeign(await call('GET', `${inspection}/judgements/${victim.node}`), 404);
      },
      judgeNode: async () => {
        await expectNothingForeign(
          await call(
            'PUT',
            `${inspection}/judgements/${victim.node}`,
            { rating: 'inadequate' },
            { 'If-Match': '"1"' },
          ),
          403,
        );
      },
      getInspectionReport: async () => {
        await expectNothingForeign(await call('GET', `${inspection}/report`), 404);
      },
      listReportVersions: async () => {
        await expectNothingForeign(await call('GET', `${inspection}/report-versions`), 404);
      },
      amendInspectionReport: async () => {
        // A trust administrator holds the role and finds nothing.
        await expectNothingForeign(
          await call(
            'POST',
            `${inspection}/report/amendments`,
            { reason: 'Smuggled', findings: [{ id: victim.finding, severity: 'low' }] },
            { 'If-Match': '"1"' },
          ),
          404,
        );
      },
      createCrosswalk: async () => {
        await expectNothingForeign(
          await call('POST', `${versionPath}/nodes/${victim.node}/crosswalks`, {
            toNodeId: victim.node,
            relation: 'equivalent',
          }),
          403,
        );
      },
      listNodeCrosswalks: async () => {
        await expectNothingForeign(await call('GET', `${versionPath}/nodes/${victim.node}/crosswalks`), 404);
      },
    };
  },
  async verifyUntouched({ t, victim }) {
    const inspector = await t.token('care-regulator', 'inspector');
    const read = await t.fetch(`/v1/inspections/${victim.inspection}`, { token: inspector });
    const body = (await read.json()) as { stage: string };
    if (read.headers.get('etag') !== '"2"' || body.stage !== 'fieldwork')
      throw new Error('victim inspection changed');
    const findings = (await (
      await t.fetch(`/v1/inspections/${victim.inspection}/findings`, { token: inspector })
    ).json()) as { items: { id: string }[] };
    if (findings.items.map((item) => item.id).join() !== victim.finding)
      throw new Error('victim findings changed');
    const judged = await t.fetch(`/v1/inspections/${victim.inspection}/judgements/${victim.node}`, {
      token: inspector,
    });
    if (
      judged.headers.get('etag') !== '"1"' ||
      ((await judged.json()) as { rating: string }).rating !== 'good'
    )
      throw new Error('victim judgement changed');
    const evidence = (await (
      await t.fetch(`/v1/inspections/${victim.inspection}/evidence`, { token: inspector })
    ).json()) as { items: { id: string }[] };
    if (evidence.items.map((item) => item.id).join() !== victim.evidence)
      throw new Error('victim evidence changed');
    const version = await t.fetch(versionPath, { token: inspector });
    if (
      version.headers.get('etag') !== '"1"' ||
      ((await version.json()) as { status: string }).status !== 'published'
    ) {
      throw new Error('victim framework version changed');
    }
  },
};
