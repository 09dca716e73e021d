import { describe, expect, it } from 'vitest';
import { standardCalculatorsFor, type CalculatorFacts } from './standard-calculators.js';

const facts = (overrides: Partial<CalculatorFacts>): CalculatorFacts => ({
  isTeacher: false,
  unitKind: 'OPD',
  servedPerStaffBenchmark: null,
  ...overrides,
});

describe('standardCalculatorsFor', () => {
  it.each([
    ['a teacher at a school', facts({ isTeacher: true, unitKind: 'SCHOOL_SD' }), ['TEACHER']],
    ['a nurse at a puskesmas', facts({ unitKind: 'PUSKESMAS' }), ['PUSKESMAS']],
    [
      'a doctor at a puskesmas with a population benchmark',
      facts({ unitKind: 'PUSKESMAS', servedPerStaffBenchmark: 1000 }),
      ['PUSKESMAS', 'POPULATION_RATIO'],
    ],
    [
      'a doctor at the RSUD with a benchmark',
      facts({ unitKind: 'RSUD', servedPerStaffBenchmark: 1000 }),
      ['POPULATION_RATIO'],
    ],
    ['an administrator at an OPD', facts({}), []],
    ['a position whose benchmark is unset', facts({ servedPerStaffBenchmark: undefined }), []],
  ])('offers %s: %j', (_who, input, expected) => {
    expect(standardCalculatorsFor(input)).toEqual(expected);
  });
});
