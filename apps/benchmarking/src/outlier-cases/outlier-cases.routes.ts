import type { z } from '@hono/zod-openapi';
import {
  defineOperation,
  IfMatchHeaderSchema,
  type OperationAccess,
  ProblemSchema,
  pageSchema,
  recordHeaders,
} from '@qms/platform';
import { readAccess, tags, writeAccess } from '../benchmark-runs/benchmark-runs.routes.js';
import {
  CaseIdParams,
  ListOutlierCasesQuerySchema,
  NoteBodySchema,
  OpenedOutlierCasesSchema,
  OutlierCaseSchema,
  OutlierCaseWithEventsSchema,
  OutlierRunIdParams,
  RespondBodySchema,
  ReviewBodySchema,
} from './outlier-cases.schemas.js';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const conflict = {
  description: 'Not allowed from the case’s current stage',
  content: { 'application/problem+json': { schema: ProblemSchema } },
};

/** The provider's steps (respond, acknowledge): its administrators or measure stewards. */
export const providerAccess: OperationAccess = {
  roles: ['tenant_admin', 'measure_steward'],
  scope: 'measures:write',
};

export const openOutlierCases = defineOperation(
  { access: writeAccess },
  {
    method: 'post',
    path: '/benchmark-runs/{runId}/outlier-cases',
    operationId: 'openOutlierCases',
    tags,
    summary: 'Open outlier cases from a published run',
    description:
      'Opens a case (stage `detected`) for every organisation outside the 99.8% limits (alarm), and outside the 95% limits (alert) when the programme’s `outlierAlerts` setting is true; positive outliers too. Idempotent: cases that exist are not opened again. A draft run gives 409.',
    request: { params: OutlierRunIdParams },
    responses: {
      200: {
        description: 'The run’s cases; `opened` counts the new ones',
        content: json(OpenedOutlierCasesSchema),
      },
      409: conflict,
    },
  },
);

export const listOutlierCases = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/outlier-cases',
    operationId: 'listOutlierCases',
    tags,
    summary: 'List outlier cases',
    description:
      'The programme’s owner sees every case of its programmes; a provider only its own. `overdue=true` lists the cases past their stage deadline (working days, the programme’s bank-holiday calendar).',
    request: { query: ListOutlierCasesQuerySchema },
    responses: {
      200: {
        description: 'A page of cases in id order',
        content: json(pageSchema(OutlierCaseSchema, 'OutlierCasePage')),
      },
    },
  },
);

export const getOutlierCase = defineOperation(
  { access: readAccess },
  {
    method: 'get',
    path: '/outlier-cases/{caseId}',
    operationId: 'getOutlierCase',
    tags,
    summary: 'Read an outlier case and its history',
    request: { params: CaseIdParams },
    responses: {
      200: {
        description: 'The case, its deadline and every step so far',
        headers: recordHeaders('outlier case'),
        content: json(OutlierCaseWithEventsSchema),
      },
    },
  },
);

function transitionOperation<const Id extends string, B extends z.ZodType>(
  operationId: Id,
  path: `/outlier-cases/{caseId}/${string}`,
  access: OperationAccess,
  summary: string,
  description: string,
  body: B,
) {
  return defineOperation(
    { access, conditional: true },
    {
      method: 'post',
      path,
      operationId,
      tags,
      summary,
      description: `${description} Send If-Match with the case’s ETag. The other side gets 403; a step not allowed from the current stage gets 409.`,
      request: {
        params: CaseIdParams,
        headers: IfMatchHeaderSchema,
        body: { required: true, content: json(body) },
      },
      responses: {
        200: {
          description: 'The case after the step',
          headers: recordHeaders('outlier case'),
          content: json(OutlierCaseSchema),
        },
        409: conflict,
      },
    },
  );
}

export const checkOutlierCaseData = transitionOperation(
  'checkOutlierCaseData',
  '/outlier-cases/{caseId}/data-checked',
  writeAccess,
  'Record the data check',
  'The programme’s owner has checked the data the run used: `detected` → `data_checked`.',
  NoteBodySchema,
);
export const notifyOutlierProvider = transitionOperation(
  'notifyOutlierProvider',
  '/outlier-cases/{caseId}/notify-provider',
  writeAccess,
  'Notify the provider',
  '`data_checked` → `provider_notified`; the provider’s response deadline starts.',
  NoteBodySchema,
);
export const respondToOutlierCase = transitionOperation(
  'respondToOutlierCase',
  '/outlier-cases/{caseId}/respond',
  providerAccess,
  'Respond as the provider',
  'The provider explains and/or reports corrected data (`dataCorrected: true`, after resubmitting it): `provider_notified` → `provider_responded`.',
  RespondBodySchema,
);
export const escalateOutlierCase = transitionOperation(
  'escalateOutlierCase',
  '/outlier-cases/{caseId}/escalate',
  writeAccess,
  'Escalate a non-response',
  'Only when the provider’s response is overdue, once: the case is marked escalated, gets the escalation deadline, and may then be reviewed without a response.',
  NoteBodySchema,
);
export const reviewOutlierCase = transitionOperation(
  'reviewOutlierCase',
  '/outlier-cases/{caseId}/review',
  writeAccess,
  'Review the response',
  '`no_case` closes the case (no case to answer); `confirmed` confirms the outlier. From `provider_responded`, or from an escalated `provider_notified`.',
  ReviewBodySchema,
);
export const notifyConfirmedOutlier = transitionOperation(
  'notifyConfirmedOutlier',
  '/outlier-cases/{caseId}/notify-confirmed',
  writeAccess,
  'Notify a confirmed outlier',
  'To the organisation’s leadership, and the regulator where the programme’s `outlierNotifyRegulator` setting says so: `confirmed` → `confirmed_notified`.',
  NoteBodySchema,
);
export const acknowledgeOutlierCase = transitionOperation(
  'acknowledgeOutlierCase',
  '/outlier-cases/{caseId}/acknowledge',
  providerAccess,
  'Acknowledge a confirmed outlier',
  'The provider acknowledges: `confirmed_notified` → `acknowledged`.',
  NoteBodySchema,
);
export const publishOutlierCase = transitionOperation(
  'publishOutlierCase',
  '/outlier-cases/{caseId}/publish',
  writeAccess,
  'Publish a confirmed outlier',
  '`acknowledged` → `published`, final.',
  NoteBodySchema,
);
export const rerunOutlierCase = transitionOperation(
  'rerunOutlierCase',
  '/outlier-cases/{caseId}/rerun',
  writeAccess,
  'Re-run the benchmark after a data correction',
  'When the provider responded with `dataCorrected: true`: computes a new (draft) benchmark run for the same programme, measure, period, peer group and method from the current data, and links it to the case (`rerunRunId`). Once per case; the stage does not change.',
  NoteBodySchema,
);
