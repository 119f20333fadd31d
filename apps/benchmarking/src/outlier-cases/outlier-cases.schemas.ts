import { z } from '@hono/zod-openapi';
import { outlierBands, outlierOutcomes, outlierSides, outlierStages } from '@qms/db';
import { PaginationQuerySchema } from '@qms/platform';
import { outlierActions } from './outlier-lifecycle.js';

const exampleCaseId = '0193b6f2-0000-7000-8000-00000000c001';
const exampleRunId = '0193b6f2-0000-7000-8000-00000000b001';

export const CaseIdParams = z.object({
  caseId: z.uuid().openapi({ param: { name: 'caseId', in: 'path' }, example: exampleCaseId }),
});
export const OutlierRunIdParams = z.object({
  runId: z.uuid().openapi({ param: { name: 'runId', in: 'path' }, example: exampleRunId }),
});

const Stage = z.enum(outlierStages).openapi('OutlierStage', { example: 'provider_notified' });
const Note = z.string().trim().min(1).max(4000);

export const OutlierCaseSchema = z
  .object({
    id: z.uuid(),
    ownerOrganisationId: z.uuid().openapi({ description: 'The programme’s owner (the national body)' }),
    programmeId: z.uuid(),
    measureId: z.uuid(),
    runId: z.uuid().openapi({ description: 'The published run the outlier was found in' }),
    organisationId: z.uuid().openapi({ description: 'The provider: the organisation outside the limits' }),
    band: z.enum(outlierBands).openapi({ description: 'alert: outside 95%; alarm: outside 99.8%' }),
    side: z.enum(outlierSides).openapi({ description: 'good: a positive outlier; bad: worse than expected' }),
    stage: Stage,
    stageEnteredOn: z.iso.date(),
    stageDueOn: z.iso.date().nullable().openapi({ description: 'Deadline of the stage, in working days' }),
    daysOverdue: z.number().int().openapi({ description: 'Working days past the deadline (0 if not)' }),
    awaiting: z.enum(['owner', 'provider']).nullable().openapi({ description: 'Whose step is next' }),
    escalated: z.boolean(),
    outcome: z.enum(outlierOutcomes).nullable(),
    explanation: z.string().nullable(),
    dataCorrected: z.boolean(),
    regulatorNotified: z.boolean(),
    rerunRunId: z.uuid().nullable().openapi({ description: 'The run recomputed after a data correction' }),
    availableActions: z.array(z.enum(outlierActions)).openapi({ description: 'What the caller may do now' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('OutlierCase');

export const OutlierCaseEventSchema = z
  .object({
    id: z.uuid(),
    action: z.string().openapi({ example: 'respond' }),
    fromStage: Stage.nullable(),
    toStage: Stage,
    actorOrganisationId: z.uuid(),
    note: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
    occurredAt: z.iso.datetime(),
  })
  .openapi('OutlierCaseEvent');

export const OutlierCaseWithEventsSchema = OutlierCaseSchema.extend({
  events: z.array(OutlierCaseEventSchema),
}).openapi('OutlierCaseWithEvents');

export const OpenedOutlierCasesSchema = z
  .object({
    runId: z.uuid(),
    opened: z.number().int().openapi({ description: 'Cases opened by this call (0 when all existed)' }),
    items: z.array(OutlierCaseSchema),
  })
  .openapi('OpenedOutlierCases');

export const ListOutlierCasesQuerySchema = PaginationQuerySchema.extend({
  programmeId: z.uuid().optional(),
  stage: Stage.optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: '`true`: only cases past their stage deadline (working days)' }),
});

export const NoteBodySchema = z.object({ note: Note.optional() }).strict().openapi('OutlierCaseNote');

export const RespondBodySchema = z
  .object({
    explanation: Note.optional().openapi({ example: 'Case-mix: the trust opened a new frailty unit.' }),
    dataCorrected: z
      .boolean()
      .optional()
      .openapi({ description: '`true`: the provider has resubmitted corrected data; the owner may re-run' }),
  })
  .strict()
  .refine((body) => body.explanation !== undefined || body.dataCorrected === true, {
    message: 'Send an explanation and/or dataCorrected: true',
  })
  .openapi('OutlierCaseResponse');

export const ReviewBodySchema = z
  .object({ outcome: z.enum(outlierOutcomes), note: Note.optional() })
  .strict()
  .openapi('OutlierCaseReview', { example: { outcome: 'confirmed' } });
