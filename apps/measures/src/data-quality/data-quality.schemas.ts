import { z } from '@hono/zod-openapi';
import { exampleIds, PeriodSchema } from '../annotations/annotations.schemas.js';
import { OrganisationQuery } from '../quality-control/quality-control.schemas.js';

export const DataQualityQuerySchema = z.object({
  organisationId: OrganisationQuery,
  programmeId: z.uuid().optional().openapi({
    description:
      'For a programme owner: without `organisationId`, the report for every organisation actively enrolled in the programme, over the programme’s measures (or the set’s)',
  }),
  measureSetId: z.uuid().optional().openapi({ description: 'Only the measures of this set' }),
  from: PeriodSchema.optional().openapi({
    description: 'First period (default: a year before `to`)',
    example: '2016-04-01',
  }),
  to: PeriodSchema.optional().openapi({ description: 'Last period (default: today)', example: '2019-03-01' }),
});

const MeasureQualitySchema = z
  .object({
    measureId: z.uuid(),
    code: z.string(),
    title: z.string(),
    unitId: z.uuid().nullable(),
    periodicity: z.enum(['week', 'month', 'quarter']),
    expectedPeriods: z.number().int().openapi({ description: 'Periods in range whose data is due' }),
    periodsWithData: z.number().int(),
    completeness: z.number().nullable().openapi({ description: 'periodsWithData / expectedPeriods' }),
    missingPeriods: z.array(PeriodSchema),
    observations: z.number().int().openapi({ description: 'Current observations in range' }),
    lateObservations: z.number().int(),
    provisionalObservations: z.number().int(),
    timeliness: z.number().nullable().openapi({ description: 'Share of current observations not late' }),
    revisionsByPeriod: z
      .array(z.object({ period: PeriodSchema, revisions: z.number().int() }))
      .openapi({ description: 'Observations with revision > 1, per period' }),
  })
  .openapi('MeasureDataQuality');

export const DataQualityReportSchema = z
  .object({
    from: PeriodSchema,
    to: PeriodSchema,
    programmeId: z.uuid().nullable(),
    organisations: z.array(
      z.object({
        organisationId: z.uuid(),
        validity: z
          .object({
            submissions: z.number().int(),
            rejectedRows: z
              .number()
              .int()
              .openapi({ description: 'Rows refused by validation in submissions received in range' }),
          })
          .nullable()
          .openapi({ description: 'Only for the caller’s own organisation (submissions are private to it)' }),
        measures: z.array(MeasureQualitySchema),
      }),
    ),
  })
  .openapi('DataQualityReport', {
    example: {
      from: '2016-04-01',
      to: '2019-03-01',
      programmeId: null,
      organisations: [
        {
          organisationId: exampleIds.organisation,
          validity: { submissions: 4, rejectedRows: 2 },
          measures: [
            {
              measureId: exampleIds.measure,
              code: 'ae-4h-type1',
              title: 'A&E type 1: seen within 4 hours',
              unitId: null,
              periodicity: 'month',
              expectedPeriods: 36,
              periodsWithData: 35,
              completeness: 0.9722,
              missingPeriods: ['2017-12-01'],
              observations: 35,
              lateObservations: 1,
              provisionalObservations: 0,
              timeliness: 0.9714,
              revisionsByPeriod: [{ period: '2018-01-01', revisions: 1 }],
            },
          ],
        },
      ],
    },
  });
export type DataQualityReport = z.infer<typeof DataQualityReportSchema>;
