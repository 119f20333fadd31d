/**
 * Rules of a measure's definition that span several fields (zod checks each field alone): the
 * chart and rule family must suit the value type, targets must not overlap, plausible bounds
 * must be ordered, benchmarking settings must suit the value type. Pure: the handlers load the
 * facts, these decide.
 */
import type { ValueType } from '@qms/db';
import { ANHOEJ_CHART_TYPES, type ChartType, MDC_CHART_TYPES, type RuleFamily } from '@qms/statistics';

/** Every chart the SPC engine draws (packages/statistics/src/spc/types.ts). */
export const chartTypes = [
  'xmr',
  'run',
  'i',
  'mr',
  'c',
  'u',
  'p',
  'pp',
  'up',
  'g',
  't',
] as const satisfies readonly ChartType[];
export const ruleFamilies = ['mdc', 'anhoej'] as const satisfies readonly RuleFamily[];

/** Charts that make sense for each kind of value; generic charts (xmr, run, i, mr) suit all. */
export const chartsForValueType: Record<ValueType, readonly ChartType[]> = {
  proportion: ['xmr', 'run', 'i', 'mr', 'p', 'pp'],
  rate: ['xmr', 'run', 'i', 'mr', 'u', 'up'],
  ratio: ['xmr', 'run', 'i', 'mr', 'u', 'up'],
  count: ['xmr', 'run', 'i', 'mr', 'c', 'g', 't'],
  continuous: ['xmr', 'run', 'i', 'mr', 'g', 't'],
};

/** Value types measured as a numerator over a denominator. */
export const ratioValueTypes: readonly ValueType[] = ['proportion', 'rate', 'ratio'];

export interface TargetInput {
  from: string;
  to?: string | undefined;
  value: number;
}

export interface BenchmarkingInput {
  dataType?: 'proportion' | 'ratio' | 'rate' | undefined;
  limitMethod?: 'exact' | 'funnelplotr' | 'normal' | 'wilson' | undefined;
  zScoreScale?: 'log' | 'sqrt' | 'arcsine' | undefined;
  alertLevel?: number | undefined;
  alarmLevel?: number | undefined;
}

/** The fields of a definition the cross-field rules look at. */
export interface DefinitionFacts {
  valueType: ValueType;
  multiplier: number;
  defaultChart: string;
  ruleFamily: string;
  targets: readonly TargetInput[];
  dataQualityRules: { plausibleMin?: number | undefined; plausibleMax?: number | undefined };
  benchmarking: BenchmarkingInput;
}

/** A broken rule: `field` is a JSON Pointer below the definition (`defaultChart`, `targets/1/from`). */
export interface DefinitionProblem {
  field: string;
  detail: string;
}

const listed = (values: readonly string[]) => values.join(', ');

/** Every broken cross-field rule of a definition; empty when it is consistent. */
export function definitionProblems(definition: DefinitionFacts): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const { valueType, defaultChart, ruleFamily } = definition;

  const familyCharts: readonly string[] = ruleFamily === 'mdc' ? MDC_CHART_TYPES : ANHOEJ_CHART_TYPES;
  if (!familyCharts.includes(defaultChart)) {
    problems.push({
      field: 'defaultChart',
      detail: `The ${ruleFamily} rule family draws ${listed(familyCharts)} charts, not ${defaultChart}`,
    });
  }
  const valueCharts: readonly string[] = chartsForValueType[valueType];
  if (!valueCharts.includes(defaultChart)) {
    problems.push({
      field: 'defaultChart',
      detail: `A ${valueType} measure is charted as ${listed(valueCharts)}, not ${defaultChart}`,
    });
  }

  if (!ratioValueTypes.includes(valueType) && definition.multiplier !== 1) {
    problems.push({
      field: 'multiplier',
      detail: `Only rates, ratios and proportions have a display multiplier; a ${valueType} measure keeps 1`,
    });
  }

  problems.push(...targetProblems(definition.targets));

  const { plausibleMin, plausibleMax } = definition.dataQualityRules;
  if (plausibleMin !== undefined && plausibleMax !== undefined && plausibleMin > plausibleMax) {
    problems.push({
      field: 'dataQualityRules/plausibleMax',
      detail: 'plausibleMax must not be below plausibleMin',
    });
  }

  const benchmarking = definition.benchmarking;
  if (benchmarking.dataType !== undefined && benchmarking.dataType !== valueType) {
    problems.push({
      field: 'benchmarking/dataType',
      detail: ratioValueTypes.includes(valueType)
        ? `A ${valueType} measure is benchmarked as ${valueType}`
        : `A ${valueType} measure cannot be benchmarked on a funnel plot (proportions, ratios and rates only)`,
    });
  }
  const benchmarkedAs = benchmarking.dataType ?? valueType;
  if (benchmarking.limitMethod === 'wilson' && benchmarkedAs !== 'proportion') {
    problems.push({ field: 'benchmarking/limitMethod', detail: 'Wilson limits are for proportions only' });
  }
  if (benchmarking.zScoreScale === 'arcsine' && benchmarkedAs !== 'proportion') {
    problems.push({ field: 'benchmarking/zScoreScale', detail: 'The arcsine scale is for proportions only' });
  }
  if (
    benchmarking.alertLevel !== undefined &&
    benchmarking.alarmLevel !== undefined &&
    benchmarking.alertLevel >= benchmarking.alarmLevel
  ) {
    problems.push({ field: 'benchmarking/alarmLevel', detail: 'alarmLevel must be above alertLevel' });
  }
  return problems;
}

/** Targets are effective-dated: each `to` on or after its `from`, and no two periods overlap. */
export function targetProblems(targets: readonly TargetInput[]): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  targets.forEach((target, index) => {
    if (target.to !== undefined && target.to < target.from) {
      problems.push({ field: `targets/${index}/to`, detail: '`to` must not be before `from`' });
    }
  });
  const ordered = targets
    .map((target, index) => ({ ...target, index }))
    .sort((a, b) => a.from.localeCompare(b.from));
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1];
    const current = ordered[i];
    if (!previous || !current) continue;
    // An open-ended target runs for ever, so any later one overlaps it.
    if (previous.to === undefined || current.from <= previous.to) {
      problems.push({
        field: `targets/${current.index}/from`,
        detail: `Overlaps the target starting ${previous.from}; end that one first (set its \`to\`)`,
      });
    }
  }
  return problems;
}
