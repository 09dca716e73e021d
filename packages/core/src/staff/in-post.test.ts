import { describe, expect, it } from 'vitest';
import { projectSupply } from '../gaps/supply-projection.js';
import { bezettingDateOf, bezettingOf, isBeforePension } from './in-post.js';

type Holder = { id: string; birthDate: string; retirementAge: number };
const holder = (id: string, birthDate: string, retirementAge = 58): Holder => ({
  id,
  birthDate,
  retirementAge,
});

describe('isBeforePension', () => {
  it.each([
    ['the day before the pension starts', '2026-04-01', '2026-03-31', true],
    ['the first day of the pension', '2026-04-01', '2026-04-01', false],
    ['years after the pension started', '2026-04-01', '2031-01-15', false],
    ['years before', '2026-04-01', '2020-06-30', true],
    ['New Year’s Eve before a 1 January pension', '2027-01-01', '2026-12-31', true],
  ])('%s: pension %s, on %s → in post %s', (_, pension, day, expected) => {
    expect(isBeforePension(pension, day)).toBe(expected);
  });

  it('refuses a date that is not YYYY-MM-DD, naming it', () => {
    expect(() => isBeforePension('2026-02-30', '2026-01-01')).toThrow(
      expect.objectContaining({ field: 'retirementDate' }),
    );
    expect(() => isBeforePension('2026-02-01', '1 Jan 2026')).toThrow(
      expect.objectContaining({ field: 'day' }),
    );
  });
});

describe('bezettingDateOf', () => {
  it.each([
    [2027, '2026-12-31'],
    [2025, '2024-12-31'],
    [2000, '1999-12-31'],
  ])('counts the bezetting of %i on %s, the eve of the year', (year, day) => {
    expect(bezettingDateOf(year)).toBe(day);
  });

  it('refuses a year that is not a whole number', () => {
    expect(() => bezettingDateOf(2026.5)).toThrow(expect.objectContaining({ field: 'year' }));
  });
});

describe('bezettingOf', () => {
  // Holders of one jabatan in a Sawahlunto puskesmas, counted for planning year 2027.
  const staff: Holder[] = [
    holder('pension-2019', '1961-02-10'), // BUP 58 → pension 2019-03-01: long past, still on the roster
    holder('pension-dec-2026', '1968-11-05'), // pension 2026-12-01: gone before the year begins
    holder('pension-1-jan-2027', '1968-12-20'), // pension 2027-01-01: in post on 31 December, leaves in 2027
    holder('pension-2027', '1969-03-15'), // 2027-04-01
    holder('teacher-bup-60', '1966-06-01', 60), // BUP 60 → pension 2026-07-01: past, although 58 would be too
    holder('ahli-utama-65', '1962-05-05', 65), // BUP 65 → pension 2027-06-01: still in post
    holder('young', '1990-01-01'),
  ];

  it('keeps only the members whose pension had not started by the eve of the planning year', () => {
    expect(bezettingOf(staff, 2027).map((member) => member.id)).toEqual([
      'pension-1-jan-2027',
      'pension-2027',
      'ahli-utama-65',
      'young',
    ]);
  });

  it('depends on the planning year, not on the day it is computed', () => {
    expect(bezettingOf(staff, 2020).map((member) => member.id)).toEqual(
      staff.filter((member) => member.id !== 'pension-2019').map((member) => member.id),
    );
  });

  it('is the bezetting the supply projection counts from: past pensions are neither staff nor leavers', () => {
    const supply = projectSupply(
      staff.map((member) => ({
        ...member,
        employmentType: 'PNS' as const,
        contractEnd: null,
        transferDate: null,
      })),
      2027,
    );
    expect(supply[0]).toMatchObject({ leavingInYear: 3, remaining: 1 });
    expect(supply[0]?.leavers.map((leaver) => leaver.id)).toEqual([
      'pension-1-jan-2027',
      'pension-2027',
      'ahli-utama-65',
    ]);
  });
});
