import { describe, expect, it } from 'vitest';
import {
  isPlanningYear,
  PLANNING_YEAR_MAX,
  PLANNING_YEAR_MIN,
  validatePlanningYear,
} from './planning-years.js';

describe('validatePlanningYear', () => {
  it.each<[string, number, string[]]>([
    ['the first year', PLANNING_YEAR_MIN, []],
    ['the last year', PLANNING_YEAR_MAX, []],
    ['a year before', 1999, ['year']],
    ['a year after', 2101, ['year']],
    ['a fraction', 2027.5, ['year']],
    ['not a number', Number.NaN, ['year']],
  ])('judges %s', (_name, year, fields) => {
    expect(validatePlanningYear(year).map((found) => found.field)).toEqual(fields);
    expect(isPlanningYear(year)).toBe(fields.length === 0);
  });

  it('names the field it is given and the bound it broke', () => {
    expect(validatePlanningYear(1990, 'input.year')).toEqual([
      expect.objectContaining({
        field: 'input.year',
        reason: 'INVALID_VALUE',
        message: 'Year must be at least 2000; got 1990.',
      }),
    ]);
  });
});
