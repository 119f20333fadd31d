import { z } from '@hono/zod-openapi';
import { findingSeverities, reportVersionKinds } from '@qms/db';
import {
  defineOperation,
  IfMatchHeaderSchema,
  PaginationQuerySchema,
  pageSchema,
  recordHeaders,
} from '@qms/platform';
import { EvidenceSchema } from '../evidence/evidence.routes.js';
import { RollUpRuleSchema } from '../frameworks/frameworks.routes.js';
import { FindingSchema, InspectionIdParams, InspectionSchema } from '../inspections/inspections.routes.js';
import { JudgementSchema } from '../judgements/judgements.routes.js';

const tags = ['Assurance'];
const read = { access: { roles: 'any', scope: 'assurance:read' } } as const;

export const ReportSnapshotSchema = z
  .object({
    inspection: InspectionSchema,
    frameworkVersion: z.object({
      id: z.uuid(),
      ratingScale: z.array(z.object({ key: z.string(), label: z.string(), rank: z.int() })),
      rollUp: RollUpRuleSchema,
    }),
    judgements: z.array(JudgementSchema),
    findings: z.array(FindingSchema),
    evidence: z.array(EvidenceSchema),
  })
  .openapi('ReportSnapshot', {
    description: 'A complete, frozen copy of the report as this version states it',
  });

const ReportVersionFields = {
  inspectionId: z.uuid(),
  number: z.int().openapi({ example: 1, description: '1 is the publication; each amendment adds one' }),
  kind: z.enum(reportVersionKinds),
  reason: z.string().nullable().openapi({ description: 'Why it was amended (null for the publication)' }),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
};

export const ReportVersionSummarySchema = z
  .object({ id: z.uuid(), ...ReportVersionFields })
  .openapi('ReportVersionSummary');

export const ReportVersionSchema = z
  .object({ id: z.uuid(), ...ReportVersionFields, latest: z.boolean(), report: ReportSnapshotSchema })
  .openapi('ReportVersion');

export const AmendReportSchema = z
  .object({
    reason: z
      .string()
      .trim()
      .min(1)
      .max(5000)
      .openapi({ example: 'The trust showed the staffing figures were misread' }),
    ratings: z
      .array(
        z
          .object({
            nodeId: z.uuid(),
            rating: z.string().trim().min(1).max(63).nullable(),
            overrideReason: z.string().trim().min(1).max(5000).optional(),
            rationale: z.string().trim().max(10000).nullable().optional(),
          })
          .strict(),
      )
      .max(500)
      .optional(),
    findings: z
      .array(
        z
          .object({
            id: z.uuid(),
            statement: z.string().trim().min(1).max(10000).optional(),
            severity: z.enum(findingSeverities).optional(),
            dueOn: z.iso.date().optional(),
          })
          .strict(),
      )
      .max(500)
      .optional(),
  })
  .strict()
  .refine((body) => (body.ratings?.length ?? 0) + (body.findings?.length ?? 0) > 0, {
    message: 'An amendment changes at least one rating or finding',
    path: ['ratings'],
  })
  .openapi('AmendReport', {
    example: {
      reason: 'The trust showed the staffing figures were misread',
      ratings: [
        {
          nodeId: '0193b6f2-0000-7000-8000-00000000f201',
          rating: 'good',
          overrideReason: 'Staffing met the establishment on re-count',
        },
      ],
    },
  });

export const getReport = defineOperation(read, {
  method: 'get',
  path: '/inspections/{inspectionId}/report',
  operationId: 'getInspectionReport',
  tags,
  summary: 'Read the published report (a version of it)',
  description:
    'The latest version of a published inspection’s report, or version `version`; 404 before publication. Readable by both organisations. The ETag is the latest version’s number, for `If-Match` on an amendment.',
  request: {
    params: InspectionIdParams,
    query: z.object({
      version: z.coerce.number().int().min(1).max(100000).optional().openapi({ example: 1 }),
    }),
  },
  responses: {
    200: {
      description: 'The report version',
      headers: recordHeaders('report'),
      content: { 'application/json': { schema: ReportVersionSchema } },
    },
  },
});

export const listReportVersions = defineOperation(read, {
  method: 'get',
  path: '/inspections/{inspectionId}/report-versions',
  operationId: 'listReportVersions',
  tags,
  summary: 'List the versions of a report',
  request: { params: InspectionIdParams, query: PaginationQuerySchema },
  responses: {
    200: {
      description: 'A page of report versions, oldest first',
      content: {
        'application/json': { schema: pageSchema(ReportVersionSummarySchema, 'ReportVersionPage') },
      },
    },
  },
});

export const amendReport = defineOperation(
  { access: { roles: ['tenant_admin'], scope: 'assurance:write' }, conditional: true },
  {
    method: 'post',
    path: '/inspections/{inspectionId}/report/amendments',
    operationId: 'amendInspectionReport',
    tags,
    summary: 'Amend a published report',
    description:
      'A tenant administrator of the inspecting organisation (who publishes) amends ratings or findings of a published report, with a reason: a new report version, the previous ones unchanged. `If-Match` is the latest version’s ETag (412 when another amendment came first); 409 before publication.',
    request: {
      params: InspectionIdParams,
      headers: IfMatchHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: AmendReportSchema } } },
    },
    responses: {
      201: {
        description: 'The new report version',
        headers: recordHeaders('report', { created: true }),
        content: { 'application/json': { schema: ReportVersionSchema } },
      },
    },
  },
);
