import { describe, expect, it } from 'vitest';
import { type DefinitionFacts, definitionProblems, targetProblems } from './measure-definition.js';

const proportion: DefinitionFacts = {
  valueType: 'proportion',
  multiplier: 100,
  defaultChart: 'xmr',
  ruleFamily: 'mdc',
  targets: [],
  dataQualityRules: {},
  benchmarking: {},
};
const fields = (definition: DefinitionFacts) =>
  definitionProblems(definition).map((problem) => problem.field);

describe('definitionProblems', () => {
  it('accepts a consistent definition', () => {
    expect(fields(proportion)).toEqual([]);
    expect(fields({ ...proportion, defaultChart: 'pp', ruleFamily: 'anhoej' })).toEqual([]);
    expect(
      fields({ ...proportion, valueType: 'count', multiplier: 1, defaultChart: 'c', ruleFamily: 'anhoej' }),
    ).toEqual([]);
  });

  it('keeps the chart within the rule family', () => {
    expect(fields({ ...proportion, defaultChart: 'p' })).toEqual(['defaultChart']);
    expect(fields({ ...proportion, ruleFamily: 'anhoej' })).toEqual(['defaultChart']);
  });

  it('keeps the chart suited to the value type', () => {
    expect(fields({ ...proportion, defaultChart: 'c', ruleFamily: 'anhoej' })).toEqual(['defaultChart']);
    expect(
      fields({ ...proportion, valueType: 'count', multiplier: 1, defaultChart: 'p', ruleFamily: 'anhoej' }),
    ).toEqual(['defaultChart']);
    expect(fields({ ...proportion, valueType: 'rate', defaultChart: 'u', ruleFamily: 'anhoej' })).toEqual([]);
  });

  it('allows a multiplier only for rates, ratios and proportions', () => {
    expect(fields({ ...proportion, valueType: 'count' })).toEqual(['multiplier']);
    expect(fields({ ...proportion, valueType: 'rate', multiplier: 1000 })).toEqual([]);
  });

  it('orders the plausible bounds', () => {
    expect(fields({ ...proportion, dataQualityRules: { plausibleMin: 10, plausibleMax: 5 } })).toEqual([
      'dataQualityRules/plausibleMax',
    ]);
    expect(fields({ ...proportion, dataQualityRules: { plausibleMin: 5, plausibleMax: 5 } })).toEqual([]);
  });

  it('benchmarks a measure as its own value type, and only ratio types', () => {
    expect(
      fields({ ...proportion, benchmarking: { dataType: 'proportion', limitMethod: 'wilson' } }),
    ).toEqual([]);
    expect(fields({ ...proportion, benchmarking: { dataType: 'rate' } })).toEqual(['benchmarking/dataType']);
    expect(
      fields({ ...proportion, valueType: 'count', multiplier: 1, benchmarking: { dataType: 'ratio' } }),
    ).toEqual(['benchmarking/dataType']);
    expect(
      fields({ ...proportion, valueType: 'ratio', multiplier: 1, benchmarking: { limitMethod: 'wilson' } }),
    ).toEqual(['benchmarking/limitMethod']);
    expect(fields({ ...proportion, benchmarking: { alertLevel: 0.998, alarmLevel: 0.95 } })).toEqual([
      'benchmarking/alarmLevel',
    ]);
  });
});

describe('targetProblems', () => {
  it('accepts consecutive targets and one open-ended last', () => {
    expect(
      targetProblems([
        { from: '2025-04-01', value: 78 },
        { from: '2024-04-01', to: '2025-03-31', value: 76 },
      ]),
    ).toEqual([]);
  });

  it('refuses a target ending before it starts', () => {
    expect(targetProblems([{ from: '2024-04-01', to: '2024-03-31', value: 1 }]).map((p) => p.field)).toEqual([
      'targets/0/to',
    ]);
  });

  it('refuses overlapping targets, pointing at the later one', () => {
    expect(
      targetProblems([
        { from: '2024-04-01', to: '2025-04-01', value: 76 },
        { from: '2025-04-01', value: 78 },
      ]).map((p) => p.field),
    ).toEqual(['targets/1/from']);
    expect(
      targetProblems([
        { from: '2025-01-01', value: 78 },
        { from: '2024-04-01', value: 76 },
      ]).map((p) => p.field),
    ).toEqual(['targets/0/from']);
  });
});
