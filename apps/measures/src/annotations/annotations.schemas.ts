import { z } from '@hono/zod-openapi';
import { annotationCategories } from '@qms/db';
import { PaginationQuerySchema } from '@qms/platform';

export const exampleIds = {
  organisation: '0193b6f2-0000-7000-8000-00000000a001',
  measure: '0193b6f2-0000-7000-8000-00000000c001',
  unit: '0193b6f2-0000-7000-8000-00000000b003',
  annotation: '0193b6f2-0000-7000-8000-00000000d001',
  limitChange: '0193b6f2-0000-7000-8000-00000000d101',
};

export const PeriodSchema = z.iso
  .date()
  .openapi({ description: 'Period start date (ISO 8601 YYYY-MM-DD)', example: '2017-04-01' });

const AnnotationCategory = z.enum(annotationCategories).openapi({ example: 'system_change' });

export const AnnotationSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid().openapi({ description: 'The organisation whose series the note is on' }),
    measureId: z.uuid(),
    unitId: z.uuid().nullable().openapi({ description: 'Null for the whole organisation' }),
    period: PeriodSchema,
    category: AnnotationCategory,
    text: z.string(),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
  })
  .openapi('Annotation', {
    example: {
      id: exampleIds.annotation,
      organisationId: exampleIds.organisation,
      measureId: exampleIds.measure,
      unitId: null,
      period: '2017-04-01',
      category: 'system_change',
      text: 'New streaming model at the front door',
      createdBy: 'person|measure-steward@barts-health',
      createdAt: '2017-04-03T09:00:00.000Z',
    },
  });

export const CreateAnnotationSchema = z
  .object({
    measureId: z.uuid().openapi({ example: exampleIds.measure }),
    unitId: z
      .uuid()
      .optional()
      .openapi({ description: 'A unit of the caller’s organisation; omit for the whole organisation' }),
    period: PeriodSchema.openapi({ description: 'A period start of the measure’s periodicity' }),
    category: AnnotationCategory,
    text: z.string().trim().min(1).max(2000).openapi({ example: 'New streaming model at the front door' }),
  })
  .strict()
  .openapi('CreateAnnotation', {
    example: {
      measureId: exampleIds.measure,
      period: '2017-04-01',
      category: 'system_change',
      text: 'New streaming model at the front door',
    },
  });

export const ListAnnotationsQuerySchema = PaginationQuerySchema.extend({
  measureId: z.uuid().openapi({ example: exampleIds.measure }),
  organisationId: z.uuid().optional().openapi({
    description:
      'Another organisation’s annotations: for the owner of a programme the organisation is actively enrolled in, for the programme’s measures. The caller’s own organisation by default.',
  }),
  unitId: z.uuid().optional().openapi({ description: 'A unit’s series; the whole organisation by default' }),
  from: PeriodSchema.optional().openapi({ description: 'First period (inclusive)', example: '2016-04-01' }),
  to: PeriodSchema.optional().openapi({ description: 'Last period (inclusive)', example: '2019-03-01' }),
});

type Row = {
  tenantId: string;
  id: string;
  measureId: string;
  unitId: string | null;
  periodStart: string;
  category: (typeof annotationCategories)[number];
  text: string;
  createdBy: string;
  createdAt: Date;
};

export const toAnnotation = (row: Row) => ({
  id: row.id,
  organisationId: row.tenantId,
  measureId: row.measureId,
  unitId: row.unitId,
  period: row.periodStart,
  category: row.category,
  text: row.text,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});
