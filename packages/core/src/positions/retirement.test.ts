import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../shared/dates.js';
import { DomainError } from '../shared/validation.js';
import { POSITION_LEVELS, type PositionKind, type PositionLevel } from './catalogue.js';
import { RETIREMENT_AGE_BY_LEVEL, retirementAgeFor, retirementDate } from './retirement.js';

// domain.md §4: PP 11/2017 + UU 20/2023 Ps. 55; guru 60 (UU 14/2005) when the level alone gives less.
const BUP_TABLE: readonly [PositionKind, PositionLevel, number, number][] = [
  ['FUNGSIONAL', 'AHLI_UTAMA', 65, 65],
  ['FUNGSIONAL', 'AHLI_MADYA', 60, 60],
  ['FUNGSIONAL', 'AHLI_MUDA', 58, 60],
  ['FUNGSIONAL', 'AHLI_PERTAMA', 58, 60],
  ['FUNGSIONAL', 'PENYELIA', 58, 60],
  ['FUNGSIONAL', 'MAHIR', 58, 60],
  ['FUNGSIONAL', 'TERAMPIL', 58, 60],
  ['FUNGSIONAL', 'PEMULA', 58, 60],
  ['PELAKSANA', 'PELAKSANA', 58, 60],
  ['STRUKTURAL', 'JPT_UTAMA', 60, 60],
  ['STRUKTURAL', 'JPT_MADYA', 60, 60],
  ['STRUKTURAL', 'JPT_PRATAMA', 60, 60],
  ['STRUKTURAL', 'ADMINISTRATOR', 58, 60],
  ['STRUKTURAL', 'PENGAWAS', 58, 60],
];

describe('retirementAgeFor', () => {
  it('covers every level in the table', () => {
    expect(BUP_TABLE.map(([, level]) => level).sort()).toEqual([...POSITION_LEVELS].sort());
    expect(Object.keys(RETIREMENT_AGE_BY_LEVEL).sort()).toEqual([...POSITION_LEVELS].sort());
  });

  it.each(BUP_TABLE)('%s %s retires at %i (teacher: %i)', (kind, level, age, teacherAge) => {
    expect(retirementAgeFor({ kind, level, isTeacher: false })).toBe(age);
    expect(retirementAgeFor({ kind, level, isTeacher: true })).toBe(teacherAge);
  });

  it('refuses a level that does not belong to the kind', () => {
    expect(() => retirementAgeFor({ kind: 'STRUKTURAL', level: 'AHLI_MUDA', isTeacher: false })).toThrow(
      expect.objectContaining({ name: 'DomainError', field: 'level', reason: 'NOT_ALLOWED' }),
    );
  });
});

describe('retirementDate', () => {
  it.each([
    ['born mid-month', '1968-03-15', 58, '2026-04-01'],
    ['born on the 1st still waits for the next month', '1968-03-01', 58, '2026-04-01'],
    ['born on the last day of the month', '1968-03-31', 58, '2026-04-01'],
    ['a December birthday rolls over to 1 January', '1966-12-20', 60, '2027-01-01'],
    ['born on 29 February', '1964-02-29', 58, '2022-03-01'],
    ['a JF ahli utama', '1960-08-17', 65, '2025-09-01'],
  ])('%s', (_name, birthDate, age, expected) => {
    expect(retirementDate(birthDate, age)).toBe(expected);
  });

  it.each([
    ['an invalid birth date', '1968-02-30', 58, 'birthDate'],
    ['a zero age', '1968-03-15', 0, 'retirementAge'],
    ['a fractional age', '1968-03-15', 58.5, 'retirementAge'],
  ])('rejects %s', (_name, birthDate, age, field) => {
    expect(() => retirementDate(birthDate, age)).toThrow(DomainError);
    expect(() => retirementDate(birthDate, age)).toThrow(expect.objectContaining({ field }));
  });

  it('always starts on the 1st of a month, within a month after the BUP birthday', () => {
    const birthDates = fc
      .date({
        min: new Date('1940-01-01T00:00:00Z'),
        max: new Date('2007-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(birthDates, fc.constantFrom(58, 60, 65), (birthDate, age) => {
        const start = retirementDate(birthDate, age);
        expect(start.endsWith('-01')).toBe(true);
        expect(ageOn(birthDate, start)).toBe(age);
        expect(start > `${Number(birthDate.slice(0, 4)) + age}${birthDate.slice(4)}`).toBe(true);
      }),
    );
  });
});
