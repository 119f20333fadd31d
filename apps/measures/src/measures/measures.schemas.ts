import { z } from '@hono/zod-openapi';
import {
  improvementDirections,
  measureKinds,
  measureVersionStatuses,
  periodicities,
  qualityDomains,
  valueTypes,
} from '@qms/db';
import { PaginationQuerySchema } from '@qms/platform';
import { chartTypes, ruleFamilies } from './measure-definition.js';

export const exampleIds = {
  organisation: '0193b6f2-0000-7000-8000-00000000a000',
  measure: '0193b6f2-0000-7000-8000-00000000e001',
  version: '0193b6f2-0000-7000-8000-00000000e101',
  previousVersion: '0193b6f2-0000-7000-8000-00000000e100',
};

export const MeasureIdParams = z.object({
  measureId: z.uuid().openapi({ param: { name: 'measureId', in: 'path' }, example: exampleIds.measure }),
});
export const VersionIdParams = MeasureIdParams.extend({
  versionId: z.uuid().openapi({ param: { name: 'versionId', in: 'path' }, example: exampleIds.version }),
});

export const MeasureCode = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9_.-]{1,63}$/, 'upper-case letters, digits and _ . -; 2 to 64 characters')
  .openapi({ description: 'Unique among the owner’s measures', example: 'ED-4H' });

const QualityDomain = z.enum(qualityDomains).openapi({ example: 'timely' });
const VersionStatus = z.enum(measureVersionStatuses).openapi({ example: 'active' });

export const TargetSchema = z
  .object({
    from: z.iso.date().openapi({ description: 'First period the target applies to', example: '2024-04-01' }),
    to: z.iso.date().optional().openapi({ description: 'Last day it applies; open-ended when absent' }),
    value: z
      .number()
      .min(-1e12)
      .max(1e12)
      .openapi({ description: 'In display units (× multiplier)', example: 78 }),
  })
  .strict()
  .openapi('MeasureTarget');

export const DataQualityRulesSchema = z
  .object({
    plausibleMin: z.number().min(-1e12).max(1e12).optional().openapi({ example: 0 }),
    plausibleMax: z.number().min(-1e12).max(1e12).optional().openapi({ example: 100 }),
    denominatorRequired: z.boolean().optional().openapi({ example: true }),
    submissionDeadlineDays: z
      .number()
      .int()
      .min(0)
      .max(366)
      .optional()
      .openapi({ description: 'Days after the end of a period by which its data is due', example: 15 }),
  })
  .strict()
  .openapi('DataQualityRules');

const level = z.number().gt(0).lt(1);

/** Funnel-plot settings, with the option names of `POST /v1/funnel` (benchmarking service). */
export const BenchmarkingSettingsSchema = z
  .object({
    dataType: z.enum(['proportion', 'ratio', 'rate']).optional().openapi({ example: 'proportion' }),
    limitMethod: z
      .enum(['exact', 'funnelplotr', 'normal', 'wilson'])
      .optional()
      .openapi({ example: 'exact' }),
    zScoreScale: z.enum(['log', 'sqrt', 'arcsine']).optional().openapi({ example: 'arcsine' }),
    limitLevels: z
      .array(level)
      .min(1)
      .max(6)
      .optional()
      .openapi({ example: [0.95, 0.998] }),
    alertLevel: level.optional().openapi({ example: 0.95 }),
    alarmLevel: level.optional().openapi({ example: 0.998 }),
    overdispersion: z
      .object({
        adjustment: z
          .enum(['none', 'multiplicative', 'additive'])
          .optional()
          .openapi({ example: 'additive' }),
        estimator: z.enum(['winsorised', 'truncated']).optional().openapi({ example: 'winsorised' }),
        trim: z.number().min(0).lt(0.5).optional().openapi({ example: 0.1 }),
        adjustedLimits: z.enum(['inflate', 'normal']).optional().openapi({ example: 'inflate' }),
      })
      .strict()
      .optional(),
  })
  .strict()
  .openapi('BenchmarkingSettings');

/** The fields of a version's definition, each on its own; cross-field rules run in the handler. */
const definitionFields = {
  title: z.string().trim().min(1).max(200).openapi({ example: 'Patients in A&E under 4 hours' }),
  description: z
    .string()
    .trim()
    .max(4000)
    .openapi({ example: 'Share of A&E attendances completed within 4 hours.' }),
  rationale: z.string().trim().max(4000).openapi({ example: 'Long waits in A&E harm patients.' }),
  kind: z.enum(measureKinds).openapi({ example: 'outcome' }),
  valueType: z.enum(valueTypes).openapi({ example: 'proportion' }),
  multiplier: z.number().gt(0).max(1e9).openapi({
    description: 'Display multiplier for rates, ratios and proportions (100 for per cent)',
    example: 100,
  }),
  numeratorDefinition: z
    .string()
    .trim()
    .max(2000)
    .openapi({ example: 'Attendances completed within 4 hours' }),
  denominatorDefinition: z.string().trim().max(2000).openapi({ example: 'All A&E attendances' }),
  unit: z.string().trim().max(64).openapi({ example: '%' }),
  periodicity: z.enum(periodicities).openapi({ example: 'month' }),
  improvementDirection: z.enum(improvementDirections).openapi({ example: 'increase' }),
  targets: z
    .array(TargetSchema)
    .max(50)
    .openapi({
      description: 'Effective-dated, non-overlapping',
      example: [{ from: '2024-04-01', value: 78 }],
    }),
  defaultChart: z.enum(chartTypes).openapi({
    description:
      'xmr with the mdc rule family; run, i, mr, c, u, p, pp, up, g or t with anhoej. Must suit the value type.',
    example: 'xmr',
  }),
  ruleFamily: z.enum(ruleFamilies).openapi({ example: 'mdc' }),
  dataQualityRules: DataQualityRulesSchema,
  domains: z
    .array(QualityDomain)
    .max(qualityDomains.length)
    .refine((domains) => new Set(domains).size === domains.length, 'Each domain once')
    .openapi({ example: ['timely', 'safe'] }),
  owner: z
    .string()
    .trim()
    .max(200)
    .openapi({ description: 'Who owns the measure (free text)', example: 'Director of Urgent Care' }),
  benchmarking: BenchmarkingSettingsSchema,
};

const definitionExample = {
  title: 'Patients in A&E under 4 hours',
  kind: 'outcome',
  valueType: 'proportion',
  multiplier: 100,
  numeratorDefinition: 'Attendances completed within 4 hours',
  denominatorDefinition: 'All A&E attendances',
  unit: '%',
  periodicity: 'month',
  improvementDirection: 'increase',
  targets: [{ from: '2024-04-01', value: 78 }],
  defaultChart: 'xmr',
  ruleFamily: 'mdc',
  dataQualityRules: {
    plausibleMin: 0,
    plausibleMax: 100,
    denominatorRequired: true,
    submissionDeadlineDays: 15,
  },
  domains: ['timely'],
  owner: 'Director of Urgent Care',
  benchmarking: { dataType: 'proportion', limitMethod: 'exact', overdispersion: { adjustment: 'additive' } },
} as const;

export const CreateMeasureSchema = z
  .object({
    code: MeasureCode,
    title: definitionFields.title,
    kind: definitionFields.kind,
    valueType: definitionFields.valueType,
    periodicity: definitionFields.periodicity,
    improvementDirection: definitionFields.improvementDirection,
    description: definitionFields.description.optional(),
    rationale: definitionFields.rationale.optional(),
    multiplier: definitionFields.multiplier.optional().openapi({ default: 1 }),
    numeratorDefinition: definitionFields.numeratorDefinition.optional(),
    denominatorDefinition: definitionFields.denominatorDefinition.optional(),
    unit: definitionFields.unit.optional(),
    targets: definitionFields.targets.optional(),
    defaultChart: definitionFields.defaultChart.optional().openapi({ default: 'xmr' }),
    ruleFamily: definitionFields.ruleFamily.optional().openapi({ default: 'mdc' }),
    dataQualityRules: definitionFields.dataQualityRules.optional(),
    domains: definitionFields.domains.optional(),
    owner: definitionFields.owner.optional(),
    benchmarking: definitionFields.benchmarking.optional(),
  })
  .strict()
  .openapi('CreateMeasure', { example: { code: 'ED-4H', ...definitionExample } });

/** A change to a draft, or the changes a new draft makes to the version it copies. */
export const DefinitionChangeSchema = z
  .object(definitionFields)
  .partial()
  .strict()
  .openapi('MeasureDefinitionChange', {
    example: {
      targets: [
        { from: '2024-04-01', to: '2025-03-31', value: 76 },
        { from: '2025-04-01', value: 78 },
      ],
    },
  });

export const UpdateDraftSchema = DefinitionChangeSchema.refine(
  (body) => Object.values(body).some((value) => value !== undefined),
  { message: 'Send at least one field to change' },
).openapi('UpdateMeasureDraft', { example: { title: 'Patients in A&E for under 4 hours' } });

export const MeasureVersionSchema = z
  .object({
    id: z.uuid(),
    measureId: z.uuid(),
    ownerOrganisationId: z.uuid(),
    version: z.number().int().openapi({ description: 'Numbered 1, 2, ... per measure' }),
    status: VersionStatus,
    title: z.string(),
    description: z.string(),
    rationale: z.string(),
    kind: z.enum(measureKinds),
    valueType: z.enum(valueTypes),
    multiplier: z.number(),
    numeratorDefinition: z.string(),
    denominatorDefinition: z.string(),
    unit: z.string(),
    periodicity: z.enum(periodicities),
    improvementDirection: z.enum(improvementDirections),
    targets: z.array(TargetSchema),
    defaultChart: z.string(),
    ruleFamily: z.enum(ruleFamilies),
    dataQualityRules: DataQualityRulesSchema,
    domains: z.array(QualityDomain),
    owner: z.string(),
    benchmarking: BenchmarkingSettingsSchema,
    activatedAt: z.iso.datetime().nullable(),
    retiredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('MeasureVersion', {
    example: {
      id: exampleIds.version,
      measureId: exampleIds.measure,
      ownerOrganisationId: exampleIds.organisation,
      version: 2,
      status: 'active',
      description: 'Share of A&E attendances completed within 4 hours.',
      rationale: 'Long waits in A&E harm patients.',
      ...definitionExample,
      targets: [{ from: '2024-04-01', value: 78 }],
      domains: ['timely'],
      activatedAt: '2024-04-01T09:00:00.000Z',
      retiredAt: null,
      createdAt: '2024-03-20T09:00:00.000Z',
      updatedAt: '2024-04-01T09:00:00.000Z',
    },
  });

export const MeasureVersionSummarySchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    status: VersionStatus,
    title: z.string(),
    kind: z.enum(measureKinds),
    valueType: z.enum(valueTypes),
    periodicity: z.enum(periodicities),
    improvementDirection: z.enum(improvementDirections),
    domains: z.array(QualityDomain),
    activatedAt: z.iso.datetime().nullable(),
    retiredAt: z.iso.datetime().nullable(),
    etag: z.string().openapi({
      description: 'The version’s ETag: send it as If-Match to edit, activate or retire the version',
      example: '"6f1d0c2a9b8e7f6a5d4c3b2a1f0"',
    }),
  })
  .openapi('MeasureVersionSummary', {
    example: {
      id: exampleIds.version,
      version: 2,
      status: 'active',
      title: 'Patients in A&E under 4 hours',
      kind: 'outcome',
      valueType: 'proportion',
      periodicity: 'month',
      improvementDirection: 'increase',
      domains: ['timely'],
      activatedAt: '2024-04-01T09:00:00.000Z',
      retiredAt: null,
      etag: '"6f1d0c2a9b8e7f6a5d4c3b2a1f0"',
    },
  });

export const MeasureSummarySchema = z
  .object({
    id: z.uuid(),
    ownerOrganisationId: z.uuid().openapi({ description: 'The organisation that owns the measure' }),
    code: z.string(),
    current: MeasureVersionSummarySchema.openapi({
      description: 'The active version; without one, the latest draft; else the latest version',
    }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('MeasureSummary');

export const MeasureSchema = z
  .object({
    id: z.uuid(),
    ownerOrganisationId: z.uuid(),
    code: z.string(),
    versions: z.array(MeasureVersionSummarySchema).openapi({ description: 'Every version, by number' }),
    active: MeasureVersionSchema.nullable().openapi({ description: 'The active version in full' }),
    draft: MeasureVersionSchema.nullable().openapi({ description: 'The draft in full, if there is one' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Measure');

export const ListMeasuresQuerySchema = PaginationQuerySchema.extend({
  code: MeasureCode.optional(),
  domain: QualityDomain.optional().openapi({ description: 'Measures whose current version has this domain' }),
  kind: z.enum(measureKinds).optional(),
  status: VersionStatus.optional().openapi({
    description:
      'The status of the current version: `active` (has an active version), `draft` (only a draft to show), `retired` (neither)',
  }),
  owner: z.enum(['self', 'all']).default('all').openapi({
    description: '`self`: the caller’s own measures; `all` adds those published to its programmes',
  }),
});
