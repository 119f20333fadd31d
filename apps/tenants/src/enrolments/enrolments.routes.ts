import { z } from '@hono/zod-openapi';
import { enrolmentStatuses } from '@qms/db';
import {
  defineOperation,
  IdempotencyHeaderSchema,
  IfMatchHeaderSchema,
  PaginationQuerySchema,
  pageSchema,
  recordHeaders,
} from '@qms/platform';
import { exampleProgrammeId, ProgrammeIdParams } from '../programmes/programmes.routes.js';

const tags = ['Programmes'];

const exampleEnrolmentId = '0193b6f2-0000-7000-8000-00000000d001';
const exampleOrganisationId = '0193b6f2-0000-7000-8000-00000000a001';

export const EnrolmentIdParams = ProgrammeIdParams.extend({
  enrolmentId: z.uuid().openapi({
    param: { name: 'enrolmentId', in: 'path' },
    example: exampleEnrolmentId,
  }),
});

const EnrolmentStatus = z.enum(enrolmentStatuses).openapi({ example: 'active' });
const AgreementRef = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .openapi({ description: 'Reference to the signed data-sharing agreement', example: 'DSA-2024-RF4' });

export const EnrolmentSchema = z
  .object({
    id: z.uuid(),
    programmeId: z.uuid(),
    organisationId: z.uuid().openapi({ description: 'The enrolled organisation' }),
    status: EnrolmentStatus,
    dataSharingAgreementRef: z.string().nullable(),
    invitedAt: z.iso.datetime(),
    activatedAt: z.iso.datetime().nullable(),
    withdrawnAt: z.iso.datetime().nullable(),
    withdrawalReason: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Enrolment', {
    example: {
      id: exampleEnrolmentId,
      programmeId: exampleProgrammeId,
      organisationId: exampleOrganisationId,
      status: 'active',
      dataSharingAgreementRef: 'DSA-2024-RF4',
      invitedAt: '2024-03-01T09:00:00.000Z',
      activatedAt: '2024-04-01T09:00:00.000Z',
      withdrawnAt: null,
      withdrawalReason: null,
      createdAt: '2024-03-01T09:00:00.000Z',
      updatedAt: '2024-04-01T09:00:00.000Z',
    },
  });

export const CreateEnrolmentSchema = z
  .object({
    organisationId: z
      .uuid()
      .openapi({ description: 'The organisation to invite', example: exampleOrganisationId }),
    dataSharingAgreementRef: AgreementRef.optional(),
  })
  .strict()
  .openapi('CreateEnrolment', { example: { organisationId: exampleOrganisationId } });

export const AcceptEnrolmentSchema = z
  .object({ dataSharingAgreementRef: AgreementRef })
  .strict()
  .openapi('AcceptEnrolment', { example: { dataSharingAgreementRef: 'DSA-2024-RF4' } });

export const WithdrawEnrolmentSchema = z
  .object({
    reason: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .openapi({ example: 'The trust has joined the regional programme instead' }),
  })
  .strict()
  .openapi('WithdrawEnrolment', {
    example: { reason: 'The trust has joined the regional programme instead' },
  });

const etagHeader = recordHeaders('enrolment');
const enrolmentResponse = (description: string) => ({
  description,
  headers: etagHeader,
  content: { 'application/json': { schema: EnrolmentSchema } },
});

export const createEnrolment = defineOperation(
  { access: { roles: ['tenant_admin'], scope: 'tenancy:write' }, idempotent: true },
  {
    method: 'post',
    path: '/programmes/{programmeId}/enrolments',
    operationId: 'createEnrolment',
    tags,
    summary: 'Invite an organisation to a programme',
    description:
      'A tenant administrator of the programme’s owner invites an organisation; the enrolment starts `invited` and becomes `active` when the organisation accepts. An organisation with a live (invited or active) enrolment cannot be invited again (409).',
    request: {
      params: ProgrammeIdParams,
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: CreateEnrolmentSchema } } },
    },
    responses: {
      201: {
        description: 'Invited',
        headers: recordHeaders('enrolment', { created: true }),
        content: { 'application/json': { schema: EnrolmentSchema } },
      },
    },
  },
);

export const listEnrolments = defineOperation(
  { access: { roles: 'any', scope: 'tenancy:read' } },
  {
    method: 'get',
    path: '/programmes/{programmeId}/enrolments',
    operationId: 'listEnrolments',
    tags,
    summary: 'List a programme’s enrolments',
    description: 'The programme’s owner sees every enrolment; an enrolled organisation sees only its own.',
    request: {
      params: ProgrammeIdParams,
      query: PaginationQuerySchema.extend({ status: EnrolmentStatus.optional() }),
    },
    responses: {
      200: {
        description: 'A page of enrolments in id order',
        content: { 'application/json': { schema: pageSchema(EnrolmentSchema, 'EnrolmentPage') } },
      },
    },
  },
);

export const getEnrolment = defineOperation(
  { access: { roles: 'any', scope: 'tenancy:read' } },
  {
    method: 'get',
    path: '/programmes/{programmeId}/enrolments/{enrolmentId}',
    operationId: 'getEnrolment',
    tags,
    summary: 'Read an enrolment',
    request: { params: EnrolmentIdParams },
    responses: { 200: enrolmentResponse('The enrolment') },
  },
);

export const acceptEnrolment = defineOperation(
  { access: { roles: ['tenant_admin'], scope: 'tenancy:write' }, conditional: true },
  {
    method: 'post',
    path: '/programmes/{programmeId}/enrolments/{enrolmentId}/accept',
    operationId: 'acceptEnrolment',
    tags,
    summary: 'Accept an invitation to a programme',
    description:
      'A tenant administrator of the invited organisation accepts, citing the signed data-sharing agreement: `invited` → `active`. From then on the programme’s owner can read the organisation’s data for the programme. The owner gets 403; an enrolment that is not `invited` gives 409.',
    request: {
      params: EnrolmentIdParams,
      headers: IfMatchHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: AcceptEnrolmentSchema } } },
    },
    responses: { 200: enrolmentResponse('Accepted: the enrolment is active') },
  },
);

export const withdrawEnrolment = defineOperation(
  { access: { roles: ['tenant_admin'], scope: 'tenancy:write' }, conditional: true },
  {
    method: 'post',
    path: '/programmes/{programmeId}/enrolments/{enrolmentId}/withdraw',
    operationId: 'withdrawEnrolment',
    tags,
    summary: 'Withdraw an enrolment',
    description:
      'A tenant administrator of either side ends an invited or active enrolment: → `withdrawn`, which is final (invite again to re-enrol). A withdrawn enrolment gives 409.',
    request: {
      params: EnrolmentIdParams,
      headers: IfMatchHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: WithdrawEnrolmentSchema } } },
    },
    responses: { 200: enrolmentResponse('Withdrawn') },
  },
);
