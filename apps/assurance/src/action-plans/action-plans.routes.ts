import { z } from '@hono/zod-openapi';
import { actionStatuses, verificationRuleKinds } from '@qms/db';
import {
  defineOperation,
  IdempotencyHeaderSchema,
  IfMatchHeaderSchema,
  PaginationQuerySchema,
  pageSchema,
  recordHeaders,
} from '@qms/platform';
import { InspectionIdParams } from '../inspections/inspections.routes.js';
import type { ActionTransitionName } from './action-lifecycle.js';

const tags = ['Assurance'];
const read = { access: { roles: 'any', scope: 'assurance:read' } } as const;
/** The inspected organisation writes its plan: only a tenant administrator of a trust holds assurance:write. */
const organisationWrite = { access: { roles: ['tenant_admin'], scope: 'assurance:write' } } as const;

const examplePlanId = '0193b6f2-0000-7000-8000-00000000a001';
const exampleActionId = '0193b6f2-0000-7000-8000-00000000a101';
const Day = z.iso.date().openapi({ example: '2026-09-30' });

export const PlanIdParams = z.object({
  planId: z.uuid().openapi({ param: { name: 'planId', in: 'path' }, example: examplePlanId }),
});
export const ActionIdParams = PlanIdParams.extend({
  actionId: z.uuid().openapi({ param: { name: 'actionId', in: 'path' }, example: exampleActionId }),
});

const AssuranceIconSchema = z.enum(['consistentlyPassing', 'consistentlyFailing', 'hitAndMiss']);

export const VerificationRuleSchema = z
  .object({
    kind: z.enum(verificationRuleKinds).openapi({
      description:
        '`special_cause_improvement`: each of the last `periods` assessed periods is special-cause improvement in the measure’s SPC; `assurance_icon`: in each, the period’s target sits against its process limits as `icon` says',
      example: 'special_cause_improvement',
    }),
    measureId: z.uuid().openapi({
      description:
        'A measure bound to a node of the inspection’s framework version, or one of the organisation’s own measures, or one it reports',
    }),
    periods: z.number().int().min(1).max(60).openapi({ example: 6 }),
    icon: AssuranceIconSchema.optional().openapi({
      description: 'Required for `assurance_icon`, refused otherwise',
      example: 'consistentlyPassing',
    }),
    fromPeriod: z.iso.date().optional().openapi({
      description: 'Only periods starting on or after this one count (e.g. when the action began)',
      example: '2018-04-01',
    }),
  })
  .strict()
  .refine((rule) => (rule.kind === 'assurance_icon') === (rule.icon !== undefined), {
    message: 'An assurance_icon rule needs icon, and only it has one',
    path: ['icon'],
  })
  .openapi('VerificationRule');

const OwnerSchema = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('person'),
        subject: z.string().trim().min(1).max(200).openapi({ example: 'tenant-admin@barts-health' }),
      })
      .strict(),
    z.object({ kind: z.literal('unit'), unitId: z.uuid() }).strict(),
  ])
  .openapi('ActionOwner', { description: 'A person (by subject) or a unit of the organisation' });

const EvidenceReferenceSchema = z
  .object({
    label: z.string().trim().min(1).max(500).openapi({ example: 'Revised escalation protocol v2' }),
    url: z.url().max(2000).optional(),
    evidenceId: z.uuid().optional().openapi({ description: 'A piece of the inspection’s evidence' }),
  })
  .strict()
  .openapi('ActionEvidenceReference');

const EvidencePointSchema = z
  .object({
    period: z.string(),
    value: z.number().nullable(),
    centre: z.number().nullable(),
    lowerProcessLimit: z.number().nullable(),
    upperProcessLimit: z.number().nullable(),
    target: z.number().nullable(),
    classification: z.string().openapi({ example: 'improvement' }),
    specialCauses: z.array(z.string()).openapi({ example: ['shift'] }),
    assuranceIcon: AssuranceIconSchema.nullable(),
  })
  .openapi('VerificationEvidencePoint');

export const RuleEvaluationSchema = z
  .object({
    met: z.boolean(),
    required: z.number().int(),
    currentRun: z
      .number()
      .int()
      .openapi({ description: 'Qualifying periods in the run ending at the latest' }),
    since: z.string().nullable().openapi({ description: 'First period of that run', example: '2018-06-01' }),
    metAt: z
      .string()
      .nullable()
      .openapi({ description: 'The period at which the run reached the required length' }),
    latestAssessedPeriod: z.string().nullable(),
    evidence: z.array(EvidencePointSchema),
    explanation: z.string(),
  })
  .openapi('VerificationRuleEvaluation');

export const VerificationSchema = z
  .object({
    actionId: z.uuid(),
    rule: VerificationRuleSchema,
    measure: z.object({
      id: z.uuid(),
      code: z.string(),
      title: z.string(),
      improvementDirection: z.string(),
    }),
    organisationId: z.uuid(),
    source: z.enum(['live', 'at_completion']).openapi({
      description:
        '`live`: evaluated now on the current data; `at_completion`: the platform’s evaluation stored when the organisation completed the action (the inspecting organisation reads the organisation’s data only during fieldwork, so it gets this one)',
    }),
    evaluatedAt: z.iso.datetime(),
    engine: z.object({ ruleFamily: z.string(), chart: z.string(), version: z.string() }),
    evaluation: RuleEvaluationSchema,
  })
  .openapi('ActionVerification');

export const ActionSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    organisationId: z.uuid(),
    inspectingOrganisationId: z.uuid(),
    title: z.string(),
    description: z.string(),
    findingIds: z.array(z.uuid()),
    owner: OwnerSchema,
    dueOn: Day,
    status: z.enum(actionStatuses),
    overdue: z.boolean().openapi({ description: 'Past its due date and not yet completed (computed)' }),
    evidenceReferences: z.array(EvidenceReferenceSchema),
    verificationRule: VerificationRuleSchema.nullable(),
    startedAt: z.iso.datetime().nullable(),
    completedAt: z.iso.datetime().nullable(),
    verifiedAt: z.iso.datetime().nullable(),
    verifiedBy: z.string().nullable(),
    verificationAtCompletion: VerificationSchema.nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Action');

export const ActionPlanSchema = z
  .object({
    id: z.uuid(),
    inspectionId: z.uuid(),
    organisationId: z.uuid().openapi({ description: 'The inspected organisation, which owns the plan' }),
    inspectingOrganisationId: z.uuid(),
    summary: z.string(),
    counts: z.object({
      open: z.number().int(),
      in_progress: z.number().int(),
      completed: z.number().int(),
      verified: z.number().int(),
      overdue: z.number().int(),
    }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('ActionPlan');

export const CreateActionPlanSchema = z
  .object({
    summary: z.string().trim().max(10000).default('').openapi({ example: 'Our response to the report' }),
  })
  .strict()
  .openapi('CreateActionPlan');

export const CreateActionSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .openapi({ example: 'Escalate four-hour breaches to the site manager' }),
    description: z.string().trim().max(10000).default(''),
    findingIds: z.array(z.uuid()).max(50).default([]).openapi({ description: 'Findings of the inspection' }),
    owner: OwnerSchema,
    dueOn: Day,
    evidenceReferences: z.array(EvidenceReferenceSchema).max(50).default([]),
    verificationRule: VerificationRuleSchema.optional(),
  })
  .strict()
  .openapi('CreateAction');

export const UpdateActionSchema = z
  .object({
    title: z.string().trim().min(1).max(500).optional(),
    description: z.string().trim().max(10000).optional(),
    findingIds: z.array(z.uuid()).max(50).optional(),
    owner: OwnerSchema.optional(),
    dueOn: Day.optional(),
    evidenceReferences: z.array(EvidenceReferenceSchema).max(50).optional(),
    verificationRule: VerificationRuleSchema.nullable().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Send at least one field to change' })
  .openapi('UpdateAction');

export const ActionNoteSchema = z
  .object({
    id: z.uuid(),
    actionId: z.uuid(),
    body: z.string(),
    author: z.string(),
    createdAt: z.iso.datetime(),
  })
  .openapi('ActionNote');

export const CreateActionNoteSchema = z
  .object({
    body: z.string().trim().min(1).max(10000).openapi({ example: 'Protocol agreed at the May board' }),
  })
  .strict()
  .openapi('CreateActionNote');

const planResponse = (description: string, created = false) => ({
  description,
  headers: recordHeaders('action plan', { created }),
  content: { 'application/json': { schema: ActionPlanSchema } },
});
const actionResponse = (description: string, created = false) => ({
  description,
  headers: recordHeaders('action', { created }),
  content: { 'application/json': { schema: ActionSchema } },
});

export const createActionPlan = defineOperation(
  { ...organisationWrite, idempotent: true },
  {
    method: 'post',
    path: '/inspections/{inspectionId}/action-plan',
    operationId: 'createActionPlan',
    tags,
    summary: 'Start the action plan answering an inspection',
    description:
      'The inspected organisation starts its one action plan for an inspection once the report is published (409 before, and when a plan exists). The inspecting organisation cannot (403).',
    request: {
      params: InspectionIdParams,
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: CreateActionPlanSchema } } },
    },
    responses: { 201: planResponse('Started', true) },
  },
);

export const getInspectionActionPlan = defineOperation(read, {
  method: 'get',
  path: '/inspections/{inspectionId}/action-plan',
  operationId: 'getInspectionActionPlan',
  tags,
  summary: 'Read the action plan of an inspection',
  description: 'For the inspected organisation and the inspecting organisation; 404 when there is none.',
  request: { params: InspectionIdParams },
  responses: { 200: planResponse('The plan') },
});

export const listActionPlans = defineOperation(read, {
  method: 'get',
  path: '/action-plans',
  operationId: 'listActionPlans',
  tags,
  summary: 'List action plans',
  description:
    'An organisation sees its own plans; an inspecting organisation the plans answering its inspections.',
  request: { query: PaginationQuerySchema },
  responses: {
    200: {
      description: 'A page of plans in id order',
      content: { 'application/json': { schema: pageSchema(ActionPlanSchema, 'ActionPlanPage') } },
    },
  },
});

export const getActionPlan = defineOperation(read, {
  method: 'get',
  path: '/action-plans/{planId}',
  operationId: 'getActionPlan',
  tags,
  summary: 'Read an action plan',
  request: { params: PlanIdParams },
  responses: { 200: planResponse('The plan') },
});

export const createAction = defineOperation(
  { ...organisationWrite, idempotent: true },
  {
    method: 'post',
    path: '/action-plans/{planId}/actions',
    operationId: 'createAction',
    tags,
    summary: 'Add an action',
    description:
      'The organisation adds an action, linked to findings of the inspection, owned by a person or one of its units, optionally verified by a sustained change in a measure. It starts `open`.',
    request: {
      params: PlanIdParams,
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: CreateActionSchema } } },
    },
    responses: { 201: actionResponse('Added', true) },
  },
);

export const listActions = defineOperation(read, {
  method: 'get',
  path: '/action-plans/{planId}/actions',
  operationId: 'listActions',
  tags,
  summary: 'List a plan’s actions',
  request: {
    params: PlanIdParams,
    query: PaginationQuerySchema.extend({
      status: z.enum(actionStatuses).optional(),
      overdue: z
        .enum(['true', 'false'])
        .optional()
        .openapi({ description: 'Only overdue (or not overdue) actions' }),
    }),
  },
  responses: {
    200: {
      description: 'A page of actions in id order',
      content: { 'application/json': { schema: pageSchema(ActionSchema, 'ActionPage') } },
    },
  },
});

export const getAction = defineOperation(read, {
  method: 'get',
  path: '/action-plans/{planId}/actions/{actionId}',
  operationId: 'getAction',
  tags,
  summary: 'Read an action',
  request: { params: ActionIdParams },
  responses: { 200: actionResponse('The action') },
});

export const updateAction = defineOperation(
  { ...organisationWrite, conditional: true },
  {
    method: 'patch',
    path: '/action-plans/{planId}/actions/{actionId}',
    operationId: 'updateAction',
    tags,
    summary: 'Change an action',
    description:
      'The organisation changes an action’s content (not its status) until it is verified (409 after). `If-Match` required.',
    request: {
      params: ActionIdParams,
      headers: IfMatchHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: UpdateActionSchema } } },
    },
    responses: { 200: actionResponse('Changed') },
  },
);

const operationIds = {
  start: 'startAction',
  complete: 'completeAction',
  reopen: 'reopenAction',
  verify: 'verifyAction',
} as const satisfies Record<ActionTransitionName, string>;

const summaries: Record<ActionTransitionName, [string, string]> = {
  start: ['Start an action', '`open` → `in_progress`, by the organisation.'],
  complete: [
    'Complete an action',
    '`in_progress` → `completed`, by the organisation. When the action has a verification rule, the platform evaluates it now and stores the result for the inspecting organisation.',
  ],
  reopen: ['Reopen an action', '`completed` → `in_progress`, by the organisation.'],
  verify: [
    'Verify an action',
    '`completed` → `verified`, by an inspector of the inspecting organisation; final.',
  ],
};

const transitionRoute = <const A extends ActionTransitionName>(name: A) =>
  defineOperation(
    {
      access: {
        roles: name === 'verify' ? ['inspector'] : ['tenant_admin'],
        scope: 'assurance:write',
      },
      conditional: true,
    },
    {
      method: 'post',
      path: `/action-plans/{planId}/actions/{actionId}/${name}`,
      operationId: operationIds[name],
      tags,
      summary: summaries[name][0],
      description: `${summaries[name][1]} The wrong side or role gets 403, a status that does not allow it 409, a stale If-Match 412.`,
      request: { params: ActionIdParams, headers: IfMatchHeaderSchema },
      responses: { 200: actionResponse('Moved') },
    },
  );

export const startAction = transitionRoute('start');
export const completeAction = transitionRoute('complete');
export const reopenAction = transitionRoute('reopen');
export const verifyAction = transitionRoute('verify');

export const createActionNote = defineOperation(
  { ...organisationWrite, idempotent: true },
  {
    method: 'post',
    path: '/action-plans/{planId}/actions/{actionId}/notes',
    operationId: 'createActionNote',
    tags,
    summary: 'Add a progress note',
    description: 'Notes are append-only: never changed or deleted. Written by the organisation.',
    request: {
      params: ActionIdParams,
      headers: IdempotencyHeaderSchema,
      body: { required: true, content: { 'application/json': { schema: CreateActionNoteSchema } } },
    },
    responses: {
      201: {
        description: 'Added',
        headers: recordHeaders('note', { created: true }),
        content: { 'application/json': { schema: ActionNoteSchema } },
      },
    },
  },
);

export const listActionNotes = defineOperation(read, {
  method: 'get',
  path: '/action-plans/{planId}/actions/{actionId}/notes',
  operationId: 'listActionNotes',
  tags,
  summary: 'List an action’s progress notes',
  request: { params: ActionIdParams, query: PaginationQuerySchema },
  responses: {
    200: {
      description: 'A page of notes, oldest first',
      content: { 'application/json': { schema: pageSchema(ActionNoteSchema, 'ActionNotePage') } },
    },
  },
});

export const getActionVerification = defineOperation(read, {
  method: 'get',
  path: '/action-plans/{planId}/actions/{actionId}/verification',
  operationId: 'getActionVerification',
  tags,
  summary: 'Evaluate an action’s verification rule',
  description:
    'Whether the sustained change the action names is shown by the measure’s SPC on current data, since which period, and the points that show it. A caller who can read the organisation’s data gets a live evaluation; the inspecting organisation otherwise gets the evaluation stored when the action was completed (409 when there is none yet). 409 when the action has no rule.',
  request: { params: ActionIdParams },
  responses: {
    200: { description: 'The evaluation', content: { 'application/json': { schema: VerificationSchema } } },
  },
});
