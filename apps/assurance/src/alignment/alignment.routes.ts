import { z } from '@hono/zod-openapi';
import { defineOperation } from '@qms/platform';

const tags = ['Assurance'];
const read = { access: { roles: 'any', scope: 'assurance:read' } } as const;

export const OrganisationIdParams = z.object({
  organisationId: z.uuid().openapi({
    param: { name: 'organisationId', in: 'path' },
    example: '0193b6f2-0000-7000-8000-000000000b01',
  }),
});
export const ProgrammeIdParams = z.object({
  programmeId: z.uuid().openapi({
    param: { name: 'programmeId', in: 'path' },
    example: '0193b6f2-0000-7000-8000-000000000c01',
  }),
});

const SignalSchema = z
  .object({
    kind: z.enum([
      'special_cause_concern',
      'special_cause_improvement',
      'consistently_failing',
      'consistently_passing',
    ]),
    period: z.string().openapi({ example: '2019-01-01' }),
    value: z.number().nullable(),
    rules: z.array(z.string()).openapi({ example: ['beyondLimits', 'trend'] }),
    assuranceIcon: z.string().nullable(),
  })
  .openapi('AlignmentSignal');

const DivergenceSchema = z
  .object({
    kind: z.enum(['judged_good_control_concern', 'judged_poor_control_improving']),
    inspectionId: z.uuid(),
    inspectionTitle: z.string(),
    node: z.object({ id: z.uuid(), code: z.string(), title: z.string() }),
    judgement: z.object({
      rating: z.string(),
      label: z.string(),
      rank: z.number().int(),
      band: z.enum(['good_or_better', 'middle', 'poor']),
    }),
    measure: z.object({ id: z.uuid(), code: z.string(), title: z.string() }),
    period: z.object({ from: z.string(), to: z.string() }),
    signals: z.array(SignalSchema),
    explanation: z.string().openapi({
      example: 'RESP.1 judged Good while AE-4HR shows special cause concern in 2018-12-01 (trend)',
    }),
  })
  .openapi('AlignmentDivergence');

const MeasureAlignmentSchema = z
  .object({
    measure: z.object({
      id: z.uuid(),
      ownerOrganisationId: z.uuid(),
      code: z.string(),
      title: z.string(),
      periodicity: z.enum(['week', 'month', 'quarter']),
      improvementDirection: z.enum(['increase', 'decrease', 'neutral']),
    }),
    alignment: z.enum(['aligned', 'control_only', 'assurance_only', 'unused']),
    usedInControl: z.boolean(),
    usedInAssurance: z.boolean(),
    control: z.object({
      lastSubmittedAt: z.iso.datetime().nullable(),
      latestPeriod: z.string().nullable(),
      spcAvailable: z.boolean(),
      variationIcon: z.string().nullable(),
      assuranceIcon: z.string().nullable(),
      reason: z.string(),
    }),
    assurance: z.object({
      nodes: z.array(
        z.object({ inspectionId: z.uuid(), nodeId: z.uuid(), code: z.string(), title: z.string() }),
      ),
      findingCount: z.number().int(),
      evidenceCount: z.number().int(),
    }),
  })
  .openapi('MeasureAlignment');

const SummarySchema = z
  .object({
    measures: z.number().int(),
    controlMeasures: z.number().int(),
    assuranceMeasures: z.number().int(),
    controlMeasuresUsedByAssurance: z.number().int(),
    shareOfControlMeasuresUsedByAssurance: z.number().nullable(),
    judgements: z.number().int(),
    judgementsBackedByControl: z.number().int(),
    shareOfJudgementsBackedByControl: z.number().nullable(),
    divergences: z.object({
      judged_good_control_concern: z.number().int(),
      judged_poor_control_improving: z.number().int(),
      total: z.number().int(),
    }),
    notAssessable: z.number().int(),
  })
  .openapi('AlignmentSummary');

const OrganisationAlignmentSchema = z
  .object({
    organisationId: z.uuid(),
    name: z.string(),
    assuranceVisible: z.boolean().openapi({
      description:
        'Whether you can see any inspection of this organisation. Until publication a regulator’s inspections, judgements, findings and evidence are readable only by the regulator and the inspected organisation; the owner of a programme in which the organisation is actively enrolled sees its published reports (their latest versions) and nothing unpublished. When false the assurance side is empty because it is hidden, not because it is absent; `assuranceNote` says which.',
    }),
    assuranceNote: z.string().nullable(),
    inspections: z.number().int().openapi({ description: 'Inspections of the organisation you can see' }),
    measures: z.array(MeasureAlignmentSchema),
    divergences: z.array(DivergenceSchema),
    notAssessable: z.array(
      z.object({ inspectionId: z.uuid(), nodeCode: z.string(), measureCode: z.string(), reason: z.string() }),
    ),
    summary: SummarySchema,
  })
  .openapi('OrganisationAlignment');

export const AlignmentReportSchema = z
  .object({
    scope: z.object({ kind: z.enum(['organisation', 'programme']), id: z.uuid() }),
    asOf: z.iso.datetime(),
    definitions: z.object({
      usedInControl: z.string(),
      usedInAssurance: z.string(),
      judgementBands: z.string(),
      samePeriod: z.string(),
      divergence: z.string(),
    }),
    organisations: z.array(OrganisationAlignmentSchema),
    summary: SummarySchema,
  })
  .openapi('AlignmentReport');

export const getOrganisationAlignment = defineOperation(read, {
  method: 'get',
  path: '/organisations/{organisationId}/alignment',
  operationId: 'getOrganisationAlignment',
  tags,
  summary: 'Alignment of assurance and control for an organisation',
  description:
    'For the organisation itself (404 for any other): each of its measures (its own, those it reports and those its inspections use), whether it is used in quality control and in assurance, the divergences between inspection judgements and the SPC of bound measures in the same period, and summary figures. Assurance records are those of inspections of the organisation it can see (from factual accuracy on).',
  request: { params: OrganisationIdParams },
  responses: {
    200: {
      description: 'The alignment report',
      content: { 'application/json': { schema: AlignmentReportSchema } },
    },
  },
});

export const getProgrammeAlignment = defineOperation(read, {
  method: 'get',
  path: '/programmes/{programmeId}/alignment',
  operationId: 'getProgrammeAlignment',
  tags,
  summary: 'Alignment of assurance and control across a programme',
  description:
    'For the programme’s owner (404 for anyone else): the same report for each actively enrolled organisation, on the programme’s measures, with the figures added up. Control data come through the programme’s enrolments; assurance only from the organisation’s published inspection reports (the latest version of each), which row-level security lets a programme owner read — each organisation says whether it has any (`assuranceVisible`).',
  request: { params: ProgrammeIdParams },
  responses: {
    200: {
      description: 'The alignment report',
      content: { 'application/json': { schema: AlignmentReportSchema } },
    },
  },
});
