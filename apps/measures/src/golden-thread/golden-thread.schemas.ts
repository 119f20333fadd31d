import { z } from '@hono/zod-openapi';
import { measureKinds } from '@qms/db';
import { exampleIds, PeriodSchema } from '../annotations/annotations.schemas.js';
import {
  AssuranceIconSchema,
  DataQualityFlagsSchema,
  OrganisationQuery,
  UnitQuery,
  VariationIconSchema,
} from '../quality-control/quality-control.schemas.js';

export const ThreadQuerySchema = z.object({
  organisationId: OrganisationQuery,
  unitId: UnitQuery,
  depth: z.coerce
    .number()
    .int()
    .min(1)
    .max(10)
    .default(3)
    .openapi({ description: 'How many links to follow up and down', example: 3 }),
});

export const SignalSchema = z
  .object({
    periodStart: PeriodSchema.nullable().openapi({ description: 'The latest period with a value' }),
    value: z.number().nullable(),
    variationIcon: VariationIconSchema,
    assuranceIcon: AssuranceIconSchema,
    dataQuality: DataQualityFlagsSchema,
  })
  .openapi('LatestSignal');

export const ThreadNodeSchema = z
  .object({
    measureId: z.uuid(),
    ownerOrganisationId: z
      .uuid()
      .nullable()
      .openapi({ description: 'Null when the measure itself is not visible to the caller' }),
    code: z.string().nullable(),
    title: z.string().nullable(),
    kind: z.enum(measureKinds).nullable(),
    depth: z
      .number()
      .int()
      .openapi({ description: 'Links away from the measure (0 for the measure itself)' }),
    signal: SignalSchema.nullable().openapi({
      description:
        'The latest signal for the organisation; null when the measure has no visible active version',
    }),
  })
  .openapi('ThreadNode');

export const ThreadLinkSchema = z
  .object({
    id: z.uuid(),
    ownerOrganisationId: z
      .uuid()
      .openapi({ description: 'The organisation that owns the link (the `from` side)' }),
    fromMeasureId: z.uuid(),
    toMeasureId: z.uuid(),
    kind: z.enum(['contributes_to', 'balancing']),
  })
  .openapi('ThreadLink');

export const GoldenThreadSchema = z
  .object({
    organisationId: z.uuid(),
    unitId: z.uuid().nullable(),
    measure: ThreadNodeSchema,
    above: z
      .array(ThreadNodeSchema)
      .openapi({ description: 'What the measure contributes to, nearest first' }),
    below: z
      .array(ThreadNodeSchema)
      .openapi({ description: 'What contributes to the measure, nearest first' }),
    balancing: z
      .array(ThreadNodeSchema)
      .openapi({ description: 'Balancing measures linked to it either way' }),
    links: z.array(ThreadLinkSchema),
  })
  .openapi('GoldenThread', {
    example: {
      organisationId: exampleIds.organisation,
      unitId: null,
      measure: {
        measureId: exampleIds.measure,
        ownerOrganisationId: exampleIds.organisation,
        code: 'ed-4h',
        title: 'ED: seen within 4 hours',
        kind: 'process',
        depth: 0,
        signal: {
          periodStart: '2019-03-01',
          value: 77.4,
          variationIcon: 'commonCause',
          assuranceIcon: 'consistentlyFailing',
          dataQuality: { missing: false, provisional: false, late: false, revised: false, revision: 1 },
        },
      },
      above: [],
      below: [],
      balancing: [],
      links: [],
    },
  });
export type GoldenThread = z.infer<typeof GoldenThreadSchema>;
