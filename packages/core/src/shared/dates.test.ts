import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  daysInMonth,
  dayAfter,
  firstDayOfNextMonth,
  formatIsoDate,
  isIsoDate,
  isoDateInJakarta,
  parseIsoDate,
  requireIsoDate,
} from './dates.js';
import { DomainError } from './validation.js';

const isoDates = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('parseIsoDate', () => {
  it.each([
    ['an ordinary day', '2025-06-15', { year: 2025, month: 6, day: 15 }],
    ['29 February of a leap year', '2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['29 February 2000 (divisible by 400)', '2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['29 February 1900 (not a leap year)', '1900-02-29', null],
    ['30 February', '2025-02-30', null],
    ['31 April', '2025-04-31', null],
    ['month 13', '2025-13-01', null],
    ['day 00', '2025-06-00', null],
    ['a date with a time', '2025-06-15T00:00:00Z', null],
    ['a date without padding', '2025-6-15', null],
    ['an empty string', '', null],
  ])('reads %s', (_name, value, expected) => {
    expect(parseIsoDate(value)).toEqual(expected);
    expect(isIsoDate(value)).toBe(expected !== null);
  });

  it('gives back the string it was given for every real date', () => {
    fc.assert(fc.property(isoDates, (value) => formatIsoDate(requireIsoDate(value, 'date')) === value));
  });

  it('throws a DomainError naming the field for an invalid date', () => {
    expect(() => requireIsoDate('2025-02-30', 'birthDate')).toThrow(DomainError);
    expect(() => requireIsoDate('2025-02-30', 'birthDate')).toThrow(/birthDate must be a real date/);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2023, 2, 28],
    [2024, 2, 29],
    [2100, 2, 28],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('ageOn', () => {
  it.each([
    ['the day before the birthday', '1985-03-15', '2025-03-14', 39],
    ['on the birthday', '1985-03-15', '2025-03-15', 40],
    ['later in the year', '1985-03-15', '2025-12-31', 40],
    ['on the day of birth', '2025-06-15', '2025-06-15', 0],
    ['a 29 February birthday on 28 February of a common year', '2000-02-29', '2023-02-28', 22],
    ['a 29 February birthday on 1 March of a common year', '2000-02-29', '2023-03-01', 23],
  ])('counts whole years %s', (_name, birthDate, on, age) => {
    expect(ageOn(birthDate, on)).toBe(age);
  });

  it('never decreases as time passes', () => {
    fc.assert(
      fc.property(isoDates, isoDates, isoDates, (birth, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        return ageOn(birth, earlier) <= ageOn(birth, later);
      }),
    );
  });
});

describe('firstDayOfNextMonth', () => {
  it.each([
    [
      { year: 2026, month: 3 },
      { year: 2026, month: 4, day: 1 },
    ],
    [
      { year: 2026, month: 12 },
      { year: 2027, month: 1, day: 1 },
    ],
  ])('after %j comes %j', (date, expected) => {
    expect(firstDayOfNextMonth(date)).toEqual(expected);
  });
});

describe('dayAfter', () => {
  it.each([
    [
      { year: 2026, month: 3, day: 14 },
      { year: 2026, month: 3, day: 15 },
    ],
    [
      { year: 2026, month: 4, day: 30 },
      { year: 2026, month: 5, day: 1 },
    ],
    [
      { year: 2028, month: 2, day: 28 },
      { year: 2028, month: 2, day: 29 },
    ],
    [
      { year: 2027, month: 2, day: 28 },
      { year: 2027, month: 3, day: 1 },
    ],
    [
      { year: 2026, month: 12, day: 31 },
      { year: 2027, month: 1, day: 1 },
    ],
  ])('after %j comes %j', (date, expected) => {
    expect(dayAfter(date)).toEqual(expected);
  });
});

describe('isoDateInJakarta', () => {
  it.each([
    ['16:59 UTC is still the same day in WIB', '2025-06-14T16:59:59Z', '2025-06-14'],
    ['17:00 UTC is already midnight in WIB', '2025-06-14T17:00:00Z', '2025-06-15'],
    ['New Year in WIB comes 7 hours before UTC', '2024-12-31T17:30:00Z', '2025-01-01'],
  ])('%s', (_name, instant, expected) => {
    expect(isoDateInJakarta(new Date(instant))).toBe(expected);
  });
});
