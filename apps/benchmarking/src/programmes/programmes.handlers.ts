import type { RouteHandler } from '@hono/zod-openapi';
import { enrolments, organisations } from '@qms/db';
import { type AppEnv, notFound, principalOf } from '@qms/platform';
import { analyseSpc } from '@qms/statistics';
import { and, eq } from 'drizzle-orm';
import {
  currentObservations,
  directoryOf,
  ownProgramme,
  peerGroupAttributes,
  programmeMeasureVersion,
} from '../benchmark-runs/store.js';
import type { getNationalTrend, listBenchmarkPeerGroups } from './programmes.routes.js';

export const peerGroups: RouteHandler<typeof listBenchmarkPeerGroups, AppEnv> = async (c) => {
  const { programmeId } = c.req.valid('param');
  const tx = c.var.tx;
  const tenantId = principalOf(c).tenantId;
  const programme = await ownProgramme(tx, tenantId, programmeId);
  if (!programme) throw notFound('Programme');
  const attributes = peerGroupAttributes(programme.settings);
  const members = await tx
    .select({ kind: organisations.kind, attributes: organisations.attributes })
    .from(enrolments)
    .innerJoin(organisations, eq(organisations.tenantId, enrolments.organisationId))
    .where(
      and(
        eq(enrolments.tenantId, tenantId),
        eq(enrolments.programmeId, programmeId),
        eq(enrolments.status, 'active'),
      ),
    );
  const counts = new Map<string, { attribute: string; value: string; organisations: number }>();
  for (const member of members) {
    for (const attribute of attributes) {
      const value = attribute === 'kind' ? member.kind : member.attributes[attribute];
      if (value === undefined) continue;
      const key = JSON.stringify([attribute, value]);
      const group = counts.get(key) ?? { attribute, value, organisations: 0 };
      group.organisations += 1;
      counts.set(key, group);
    }
  }
  const groups = [...counts.values()].sort((a, b) =>
    a.attribute === b.attribute ? a.value.localeCompare(b.value) : a.attribute.localeCompare(b.attribute),
  );
  return c.json({ programmeId, attributes, groups }, 200);
};

type Aggregation = 'ratio_of_sums' | 'sum' | 'mean';

export const nationalTrend: RouteHandler<typeof getNationalTrend, AppEnv> = async (c) => {
  const { programmeId, measureId } = c.req.valid('param');
  const { from, to } = c.req.valid('query');
  const tx = c.var.tx;
  const tenantId = principalOf(c).tenantId;
  const programme = await ownProgramme(tx, tenantId, programmeId);
  if (!programme) throw notFound('Programme');
  const version = await programmeMeasureVersion(tx, tenantId, programmeId, measureId);
  if (!version) throw notFound('Measure of the programme');
  const rows = await currentObservations(
    tx,
    tenantId,
    programmeId,
    measureId,
    from ?? '0001-01-01',
    to ?? '9999-12-31',
  );
  const aggregation: Aggregation = ['proportion', 'rate', 'ratio'].includes(version.valueType)
    ? 'ratio_of_sums'
    : version.valueType === 'count'
      ? 'sum'
      : 'mean';
  const multiplier = version.multiplier;
  const pointValue = (numerator: number | null, denominator: number | null, value: number | null) =>
    aggregation === 'ratio_of_sums'
      ? numerator !== null && denominator !== null && denominator > 0
        ? (numerator / denominator) * multiplier
        : null
      : value;
  const periods = new Map<
    string,
    { numerator: number; denominator: number; values: number[]; organisations: number }
  >();
  const series = new Map<
    string,
    { period: string; numerator: number | null; denominator: number | null; value: number | null }[]
  >();
  for (const row of rows) {
    const point = periods.get(row.periodStart) ?? {
      numerator: 0,
      denominator: 0,
      values: [],
      organisations: 0,
    };
    point.organisations += 1;
    if (row.numerator !== null && row.denominator !== null) {
      point.numerator += row.numerator;
      point.denominator += row.denominator;
    }
    if (row.value !== null) point.values.push(row.value);
    periods.set(row.periodStart, point);
    const own = series.get(row.organisationId) ?? [];
    own.push({
      period: row.periodStart,
      numerator: row.numerator,
      denominator: row.denominator,
      value: aggregation === 'ratio_of_sums' ? pointValue(row.numerator, row.denominator, null) : row.value,
    });
    series.set(row.organisationId, own);
  }
  const aggregate = [...periods.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, point]) => ({
      period,
      organisations: point.organisations,
      numerator: aggregation === 'ratio_of_sums' ? point.numerator : null,
      denominator: aggregation === 'ratio_of_sums' ? point.denominator : null,
      value:
        aggregation === 'ratio_of_sums'
          ? pointValue(point.numerator, point.denominator, null)
          : point.values.length === 0
            ? null
            : aggregation === 'sum'
              ? point.values.reduce((sum, v) => sum + v, 0)
              : point.values.reduce((sum, v) => sum + v, 0) / point.values.length,
    }));
  const spc = analyseSpc(
    aggregate.map((point) => ({ period: point.period, value: point.value })),
    { ruleFamily: 'mdc', chart: 'xmr', improvementDirection: version.improvementDirection },
  );
  const directory = await directoryOf(tx, [...series.keys()]);
  const names = new Map(directory.map((entry) => [entry.id, entry.name]));
  return c.json(
    {
      programmeId,
      measureId,
      valueType: version.valueType,
      aggregation,
      aggregate,
      spc: {
        engine: spc.engine,
        chart: spc.chart,
        ruleFamily: spc.ruleFamily,
        points: spc.points.map((point) => ({
          period: point.period,
          value: point.value,
          centre: point.centre,
          lowerProcessLimit: point.lowerProcessLimit,
          upperProcessLimit: point.upperProcessLimit,
          specialCauses: [...point.specialCauses],
          classification: point.classification,
        })),
        variationIcon: spc.variationIcon,
        assuranceIcon: spc.assuranceIcon,
        warnings: spc.warnings.map((warning) => ({ code: warning.code, message: warning.message })),
      },
      organisations: [...series.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([organisationId, points]) => ({
          organisationId,
          name: names.get(organisationId) ?? '',
          points,
        })),
    },
    200,
  );
};
