import { describe, expect, it } from 'vitest';
import {
  ACCEPTED_EFFECTIVE_HOURS,
  EFFECTIVE_HOURS,
  LEGACY_EFFECTIVE_HOURS_LAST_YEAR,
  validateEffectiveHours,
} from './effective-hours.js';
import { WORKLOAD_NORM_MAX_MINUTES } from './workload.js';

describe('EFFECTIVE_HOURS', () => {
  it('holds the three norms of domain.md §1', () => {
    expect(EFFECTIVE_HOURS).toEqual({
      PERMENPANRB_1_2020: 1250,
      PERMENDAGRI_12_2008: 1300,
      PERKA_BKN_19_2011: 1200,
    });
    expect([...ACCEPTED_EFFECTIVE_HOURS].sort()).toEqual([1200, 1250, 1300]);
  });

  it('makes 1,250 hours 75,000 minutes, the longest allowed time norm', () => {
    expect(WORKLOAD_NORM_MAX_MINUTES).toBe(75_000);
  });

  it('rounds both working-week patterns of PermenPANRB 1/2020 to 1,250 hours', () => {
    expect(Math.round((235 * 5.3) / 50) * 50).toBe(EFFECTIVE_HOURS.PERMENPANRB_1_2020);
    expect(Math.round((287 * 4.3) / 50) * 50).toBe(EFFECTIVE_HOURS.PERMENPANRB_1_2020);
  });
});

describe('validateEffectiveHours', () => {
  it.each([
    ['1,250 h in 2020', 1250, 2020, []],
    ['1,250 h in 2026', 1250, 2026, []],
    ['legacy 1,300 h in 2021, the last year of alignment', 1300, 2021, []],
    ['legacy 1,200 h in 2020', 1200, 2020, []],
    ['legacy 1,300 h in 2022', 1300, 2022, [['effectiveHours', 'NOT_ALLOWED']]],
    ['legacy 1,200 h in 2026', 1200, 2026, [['effectiveHours', 'NOT_ALLOWED']]],
    ['1,245 h, the unrounded product', 1245, 2026, [['effectiveHours', 'INVALID_VALUE']]],
    ['NaN hours', Number.NaN, 2026, [['effectiveHours', 'INVALID_VALUE']]],
    ['a fractional year', 1250, 2025.5, [['year', 'INVALID_VALUE']]],
  ])('judges %s', (_name, hours, year, expected) => {
    expect(validateEffectiveHours(hours, year).map((i) => [i.field, i.reason])).toEqual(expected);
  });

  it('explains the two-year alignment in the message', () => {
    const [found] = validateEffectiveHours(1300, 2024);
    expect(found?.message).toBe(
      'Effective hours of 1300 follow a legacy rule; PermenPANRB 1/2020 gave Pemda until 2021 to align, so ' +
        'planning year 2024 must use 1250 hours a year.',
    );
  });

  it('takes the last legacy year as configuration', () => {
    expect(LEGACY_EFFECTIVE_HOURS_LAST_YEAR).toBe(2021);
    expect(validateEffectiveHours(1300, 2022, 2022)).toEqual([]);
  });
});
