import { readFileSync } from 'node:fs';
import {
  measureSetItems,
  measureSets,
  measures,
  measureVersions,
  type OwnerDatabase,
  programmeMeasures,
} from '@qms/db';
import type { PlatformConfig, SigningKeys } from '@qms/platform';
import { DEMO_ORGANISATIONS, DEMO_PROGRAMME, demoId } from './demo-organisations.js';
import { mintDemoToken } from './demo-tokens.js';

/** The demo's national measures, built from NHS England's A&E statistics (type 1 departments). */
export const DEMO_MEASURES = [
  {
    code: 'AE-4HR',
    title: 'A&E four-hour performance (type 1)',
    description:
      'Share of type 1 A&E attendances admitted, transferred or discharged within four hours of arrival.',
    rationale:
      'Long waits in A&E are associated with harm; the four-hour standard is the national measure of flow.',
    kind: 'outcome' as const,
    valueType: 'proportion' as const,
    numeratorDefinition: 'Type 1 attendances with a total time in A&E of four hours or less',
    denominatorDefinition: 'Type 1 A&E attendances',
    unit: 'proportion of attendances',
    improvementDirection: 'increase' as const,
    targets: [{ from: '2016-04-01', value: 0.95 }],
    domains: ['timely', 'safe'],
    dataQualityRules: { denominatorRequired: true, plausibleMin: 0, plausibleMax: 1 },
    benchmarking: { dataType: 'proportion' },
  },
  {
    code: 'AE-ATT',
    title: 'A&E attendances (type 1)',
    description: 'Attendances at type 1 (major) A&E departments in the month.',
    rationale:
      'Demand: read beside performance, so that a change in performance is not mistaken for a change in demand.',
    kind: 'balancing' as const,
    valueType: 'count' as const,
    numeratorDefinition: '',
    denominatorDefinition: '',
    unit: 'attendances',
    improvementDirection: 'neutral' as const,
    targets: [],
    domains: ['efficient'],
    dataQualityRules: { plausibleMin: 0 },
    benchmarking: {},
  },
  {
    code: 'AE-ADM',
    title: 'Emergency admissions via type 1 A&E',
    description: 'Emergency admissions to hospital from type 1 A&E departments in the month.',
    rationale: 'Admissions drive bed demand and exit block, the main cause of long waits in A&E.',
    kind: 'process' as const,
    valueType: 'count' as const,
    numeratorDefinition: '',
    denominatorDefinition: '',
    unit: 'admissions',
    improvementDirection: 'neutral' as const,
    targets: [],
    domains: ['effective'],
    dataQualityRules: { plausibleMin: 0 },
    benchmarking: {},
  },
] as const;

export const demoMeasureId = (code: string) => demoId(`measure/${code}`);
export const DEMO_MEASURE_SET = { code: 'uec-board', name: 'Urgent and emergency care: board measures' };

interface AttendanceRow {
  period: string;
  org: string;
  attendances: number;
  breaches: number;
  admissions: number;
}

function readAttendances(): AttendanceRow[] {
  const text = readFileSync(
    new URL('../../../../data/ae-attendances/ae_attendances.csv', import.meta.url),
    'utf8',
  );
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.replaceAll('"', '').split(','))
    .filter((cells) => cells[2] === '1')
    .map((cells) => ({
      period: cells[0] ?? '',
      org: cells[1] ?? '',
      attendances: Number(cells[3]),
      breaches: Number(cells[4]),
      admissions: Number(cells[5]),
    }));
}

/** The national body's measures, published to its programme, and the board's measure set. */
export async function seedDemoMeasures(owner: OwnerDatabase): Promise<void> {
  const tenantId = demoId(DEMO_PROGRAMME.owner);
  const programmeId = demoId(`programme/${DEMO_PROGRAMME.code}`);
  const setId = demoId(`measure-set/${DEMO_MEASURE_SET.code}`);
  await owner.db.transaction(async (tx) => {
    for (const definition of DEMO_MEASURES) {
      const measureId = demoMeasureId(definition.code);
      await tx.insert(measures).values({ tenantId, id: measureId, code: definition.code });
      const { code: _code, domains, ...fields } = definition;
      await tx.insert(measureVersions).values({
        tenantId,
        id: demoId(`measure/${definition.code}/v1`),
        measureId,
        version: 1,
        status: 'active',
        ...fields,
        targets: [...fields.targets],
        domains: [...domains],
        periodicity: 'month',
        defaultChart: 'xmr',
        ruleFamily: 'mdc',
        owner: 'Urgent and emergency care programme team',
        activatedAt: new Date('2024-04-01T00:00:00Z'),
      });
      await tx.insert(programmeMeasures).values({ tenantId, programmeId, measureId });
    }
    await tx.insert(measureSets).values({
      tenantId,
      id: setId,
      code: DEMO_MEASURE_SET.code,
      name: DEMO_MEASURE_SET.name,
      description: 'The measures every enrolled trust board watches for urgent and emergency care.',
      programmeId,
    });
    for (const [position, definition] of DEMO_MEASURES.entries()) {
      await tx.insert(measureSetItems).values({
        tenantId,
        setId,
        measureTenantId: tenantId,
        measureId: demoMeasureId(definition.code),
        uses:
          definition.code === 'AE-4HR'
            ? ['quality_control', 'assurance', 'improvement']
            : ['quality_control'],
        position,
      });
    }
  });
}

/**
 * Each actively enrolled trust submits its 36 months through `POST /v1/submissions`, the same
 * path a trust's systems use, as its submitter.
 */
export async function submitDemoObservations(
  app: { request(path: string, init: RequestInit): Response | Promise<Response> },
  keys: SigningKeys,
  config: PlatformConfig,
): Promise<number> {
  const rows = readAttendances();
  let submitted = 0;
  for (const organisation of DEMO_ORGANISATIONS) {
    if (organisation.kind !== 'trust' || !organisation.ods || organisation.slug === 'royal-cornwall')
      continue;
    const series = rows.filter((row) => row.org === organisation.ods);
    const body = {
      rows: series.flatMap((row) => [
        {
          measureId: demoMeasureId('AE-4HR'),
          period: row.period,
          numerator: row.attendances - row.breaches,
          denominator: row.attendances,
          status: 'final',
        },
        { measureId: demoMeasureId('AE-ATT'), period: row.period, value: row.attendances, status: 'final' },
        { measureId: demoMeasureId('AE-ADM'), period: row.period, value: row.admissions, status: 'final' },
      ]),
    };
    const token = await mintDemoToken(keys, config, organisation.slug, 'submitter', 600);
    const response = await app.request('/v1/submissions', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 201 && response.status !== 200) {
      throw new Error(
        `demo submission for ${organisation.slug} failed: ${response.status} ${await response.text()}`,
      );
    }
    submitted += body.rows.length;
  }
  return submitted;
}
