import { z } from '@hono/zod-openapi';
import { defineOperation } from '@qms/platform';
import { readAccess, tags } from '../benchmark-runs/benchmark-runs.routes.js';
import { exampleMeasureId, exampleProgrammeId } from '../benchmark-runs/benchmark-runs.schemas.js';

const ProgrammeParams = z.object({
  programmeId: z.uuid().openapi({ param: { name: 'programmeId', in: 'path' }, example: exampleProgrammeId }),
});
const ProgrammeMeasureParams = ProgrammeParams.extend({
  measureId: z.uuid().openapi({ param: { name: 'measureId', in: 'path' }, example: exampleMeasureId }),
});

export const PeerGroupsSchema = z
  .object({
    programmeId: z.uuid(),
    attributes: z.array(z.string()).openapi({ description: 'The programme’s `peerGroupAttributes`' }),
    groups: z.array(
      z.object({
        attribute: z.string().openapi({ example: 'region' }),
        value: z.string().openapi({ example: 'London' }),
        organisations: z
          .number()
          .int()
          .openapi({ description: 'Actively enrolled organisations in the group' }),
      }),
    ),
  })
  .openapi('BenchmarkPeerGroups');

const TrendPoint = z.object({
  period: z.iso.date(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
});

export const NationalTrendSchema = z
  .object({
    programmeId: z.uuid(),
    measureId: z.uuid(),
    valueType: z.string(),
    aggregation: z.enum(['ratio_of_sums', 'sum', 'mean']).openapi({
      description: 'How organisations are combined per period: Σnumerator/Σdenominator, Σvalue or mean value',
    }),
    aggregate: z.array(TrendPoint.extend({ organisations: z.number().int() })),
    spc: z.object({
      engine: z.object({ name: z.string(), version: z.string() }),
      chart: z.string(),
      ruleFamily: z.string(),
      points: z.array(
        z.object({
          period: z.string(),
          value: z.number().nullable(),
          centre: z.number().nullable(),
          lowerProcessLimit: z.number().nullable(),
          upperProcessLimit: z.number().nullable(),
          specialCauses: z.array(z.string()),
          classification: z.string(),
        }),
      ),
      variationIcon: z.string().nullable(),
      assuranceIcon: z.string().nullable(),
      warnings: z.array(z.object({ code: z.string(), message: z.string() })),
    }),
    organisations: z
      .array(z.object({ organisationId: z.uuid(), name: z.string(), points: z.array(TrendPoint) }))
      .openapi({ description: 'Each actively enrolled organisation’s series, for small multiples' }),
  })
  .openapi('NationalTrend');

export const TrendQuerySchema = z.object({
  from: z.iso.date().optional().openapi({ example: '2016-04-01' }),
  to: z.iso.date().optional().openapi({ example: '2019-03-01' }),
});

const json = <T>(schema: T) => ({ 'application/json': { schema } });

export const listBenchmarkPeerGroups = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/programmes/{programmeId}/peer-groups',
    operationId: 'listBenchmarkPeerGroups',
    tags,
    summary: 'Peer groups of a programme',
    description:
      'The attributes the programme groups peers by (`settings.peerGroupAttributes`; `kind` is the organisation kind) and the groups among its actively enrolled organisations. Pass one as `peerGroup` when computing a run. Programme owner only.',
    request: { params: ProgrammeParams },
    responses: { 200: { description: 'The peer groups', content: json(PeerGroupsSchema) } },
  },
);

export const getNationalTrend = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/programmes/{programmeId}/measures/{measureId}/national-trend',
    operationId: 'getNationalTrend',
    tags,
    summary: 'A measure’s programme-wide trend as an SPC chart',
    description:
      'The aggregate of the actively enrolled organisations’ latest revisions per period, as an XmR chart (Making Data Count rules), with each organisation’s series for small multiples. Programme owner only.',
    request: { params: ProgrammeMeasureParams, query: TrendQuerySchema },
    responses: { 200: { description: 'The national trend', content: json(NationalTrendSchema) } },
  },
);
