import { describe, expect, it } from 'vitest';
import { checkNumber, numberLimitOf, type NumberBounds } from './number-checks.js';
import { WORKLOAD_NORM_MINUTES_BOUNDS } from '../needs/workload.js';

const ZERO_TO_ONE: NumberBounds = { min: 0, max: 1 };
const ABOVE_ZERO: NumberBounds = { min: 0, exclusiveMin: true };
const COUNT: NumberBounds = { min: 0, integer: true };

describe('numberLimitOf', () => {
  it.each([
    ['a value inside the bounds', 0.5, ZERO_TO_ONE, null],
    ['the inclusive minimum itself', 0, ZERO_TO_ONE, null],
    ['the maximum itself', 1, ZERO_TO_ONE, null],
    ['a value below an inclusive minimum', -10, ZERO_TO_ONE, { kind: 'BELOW', min: 0, exclusive: false }],
    ['a value above the maximum', 7, ZERO_TO_ONE, { kind: 'ABOVE', max: 1 }],
    ['the exclusive minimum itself', 0, ABOVE_ZERO, { kind: 'BELOW', min: 0, exclusive: true }],
    ['a value below an exclusive minimum', -5, ABOVE_ZERO, { kind: 'BELOW', min: 0, exclusive: true }],
    ['NaN (text that is not a number)', Number.NaN, ABOVE_ZERO, { kind: 'NOT_A_NUMBER' }],
    ['infinity', Number.POSITIVE_INFINITY, {}, { kind: 'NOT_A_NUMBER' }],
    ['a fraction of a count', 2.5, COUNT, { kind: 'NOT_WHOLE' }],
    [
      'a time norm longer than an effective year',
      75_001,
      WORKLOAD_NORM_MINUTES_BOUNDS,
      { kind: 'ABOVE', max: 75_000 },
    ],
  ])('judges %s', (_name, value, bounds, expected) => {
    expect(numberLimitOf(value, bounds)).toEqual(expected);
  });
});

describe('checkNumber', () => {
  it('states the broken bound in its message and as the issue limit', () => {
    expect(checkNumber(-5, { field: 'servedPerStaffBenchmark', label: 'Benchmark', ...ABOVE_ZERO })).toEqual([
      {
        field: 'servedPerStaffBenchmark',
        reason: 'INVALID_VALUE',
        message: 'Benchmark must be greater than 0; got -5.',
        limit: { kind: 'BELOW', min: 0, exclusive: true },
      },
    ]);
  });

  it('finds nothing wrong inside the bounds', () => {
    expect(checkNumber(1, { field: 'weight', label: 'Weight', ...ZERO_TO_ONE })).toEqual([]);
  });
});
