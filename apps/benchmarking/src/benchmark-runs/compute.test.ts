import { describe, expect, it } from 'vitest';
import { decodeRunInputs, encodeRunInputs, inputsHashOf } from './compute.js';

const inputs = [
  {
    observationId: 'o1',
    organisationId: 'a',
    periodStart: '2019-01-01',
    revision: 1,
    numerator: 3,
    denominator: 10,
  },
  {
    observationId: 'o2',
    organisationId: 'b',
    periodStart: '2019-01-01',
    revision: 2,
    numerator: 0,
    denominator: 7.5,
  },
  {
    observationId: 'o3',
    organisationId: 'a',
    periodStart: '2019-02-01',
    revision: 1,
    numerator: 4,
    denominator: 11,
  },
];

describe('stored run inputs', () => {
  it('round-trip exactly, so a stored run hashes and recomputes as recorded', () => {
    const decoded = decodeRunInputs(encodeRunInputs(inputs));
    expect(decoded).toEqual(inputs);
    expect(inputsHashOf(decoded)).toBe(inputsHashOf(inputs));
  });

  it('list each organisation once', () => {
    const encoded = JSON.parse(encodeRunInputs(inputs)) as { organisations: string[]; rows: unknown[][] };
    expect(encoded.organisations).toEqual(['a', 'b']);
    expect(encoded.rows.map((row) => row[0])).toEqual([0, 1, 0]);
  });

  it('still read runs stored as an array of objects', () => {
    expect(decodeRunInputs(JSON.stringify(inputs))).toEqual(inputs);
  });
});
