import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bezettingOf } from '../staff/in-post.js';
import { leavingDateOf } from './leaving.js';
import { type StaffMember } from '../staff/staff-member.js';
import {
  type LeaverCount,
  leavingByYear,
  PROJECTION_HORIZONS,
  PROJECTION_YEARS,
  projectSupply,
  validateHorizon,
} from './supply-projection.js';

const member = (id: string, over: Partial<StaffMember>): StaffMember => ({
  id,
  birthDate: '1985-05-05',
  retirementAge: 58,
  employmentType: 'PNS',
  contractEnd: null,
  transferDate: null,
  ...over,
});

// A puskesmas in Talawi, projected from 2025.
const staff: StaffMember[] = [
  member('past-pension', { birthDate: '1966-01-10' }), // BUP 2024-02-01: still listed, but not bezetting in 2025
  member('overdue', { transferDate: '2024-06-01' }), // a transfer already past: counts in 2025
  member('bup-2026', { birthDate: '1968-03-15' }), // 2026-04-01
  member('bup-1-jan-2027', { birthDate: '1968-12-20' }), // 2027-01-01 counts in 2027
  member('contract-2026', { employmentType: 'PPPK', contractEnd: '2026-12-31' }), // gone 2027-01-01 too
  member('transfer-2028', { transferDate: '2028-07-01' }),
  member('teacher-2029', { birthDate: '1969-02-02', retirementAge: 60 }), // 2029-03-01
  member('stays-1', {}),
  member('stays-2', { employmentType: 'PPPK', contractEnd: '2031-12-31' }),
];

describe('projectSupply', () => {
  const rows = projectSupply(staff, 2025);

  it('projects five years from the first year', () => {
    expect(PROJECTION_YEARS).toBe(5);
    expect(rows.map((row) => row.year)).toEqual([2025, 2026, 2027, 2028, 2029]);
  });

  it.each([
    [2025, 1, 1, 7, { RETIREMENT: 0, CONTRACT_END: 0, TRANSFER: 1 }, ['overdue']],
    [2026, 1, 2, 6, { RETIREMENT: 1, CONTRACT_END: 0, TRANSFER: 0 }, ['bup-2026']],
    [2027, 2, 4, 4, { RETIREMENT: 1, CONTRACT_END: 1, TRANSFER: 0 }, ['bup-1-jan-2027', 'contract-2026']],
    [2028, 1, 5, 3, { RETIREMENT: 0, CONTRACT_END: 0, TRANSFER: 1 }, ['transfer-2028']],
    [2029, 1, 6, 2, { RETIREMENT: 1, CONTRACT_END: 0, TRANSFER: 0 }, ['teacher-2029']],
  ])('in %i: %i leave, %i gone in all, %i remain', (year, inYear, byYear, remaining, byReason, ids) => {
    const row = rows.find((r) => r.year === year);
    expect(row).toMatchObject({ leavingInYear: inYear, leavingByYear: byYear, remaining, byReason });
    expect(row?.leavers.map((l) => l.id)).toEqual(ids);
  });

  it('lists when and why each leaver goes: a contract ending 31 December and a pension from 1 January, one year', () => {
    expect(rows[2]?.leavers).toEqual([
      { id: 'bup-1-jan-2027', date: '2027-01-01', reason: 'RETIREMENT' },
      { id: 'contract-2026', date: '2027-01-01', reason: 'CONTRACT_END' },
    ]);
  });

  it('refuses invalid members with indexed fields, and bad years', () => {
    expect(() => projectSupply([member('a', {}), member('b', { birthDate: '1980-02-30' })], 2025)).toThrow(
      expect.objectContaining({ field: 'staff.1.birthDate' }),
    );
    expect(() => projectSupply(staff, 2025, 0)).toThrow(expect.objectContaining({ field: 'years' }));
  });

  it('never lets the remaining staff grow or go negative', () => {
    const day = fc.date({
      min: new Date('1960-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    const iso = day.map((d) => d.toISOString().slice(0, 10));
    const anyMember = fc.record({
      id: fc.uuid(),
      birthDate: iso.filter((d) => d < '2005-01-01'),
      retirementAge: fc.constantFrom(58, 60, 65),
      employmentType: fc.constantFrom('PNS' as const, 'PPPK' as const),
      contractEnd: fc.option(iso),
      transferDate: fc.option(iso),
    });
    fc.assert(
      fc.property(
        fc.array(anyMember, { maxLength: 30 }),
        fc.integer({ min: 2020, max: 2035 }),
        fc.integer({ min: 1, max: 10 }),
        (people, from, years) => {
          const projection = projectSupply(people, from, years);
          expect(projection).toHaveLength(years);
          let previous = people.length;
          let cumulative = 0;
          for (const row of projection) {
            cumulative += row.leavingInYear;
            expect(row.leavingByYear).toBe(cumulative);
            expect(row.remaining).toBeLessThanOrEqual(previous);
            expect(row.remaining).toBeGreaterThanOrEqual(0);
            previous = row.remaining;
          }
        },
      ),
    );
  });
});

describe('leavingByYear', () => {
  /** The staff's leaving dates counted per calendar year and reason, as the database groups them. */
  const countsOf = (people: readonly StaffMember[]): LeaverCount[] => {
    const counts = new Map<string, LeaverCount>();
    for (const person of people) {
      const leaving = leavingDateOf(person);
      const year = Number(leaving.date.slice(0, 4));
      const key = `${year}:${leaving.reason}`;
      const entry = counts.get(key) ?? { year, reason: leaving.reason, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
    return [...counts.values()];
  };

  it('gives projectSupply’s leavers per year from the bezetting’s grouped counts, overdue ones in the first year', () => {
    const expected = projectSupply(staff, 2025).map(({ year, byReason, leavingInYear }) => ({
      year,
      byReason,
      leavingInYear,
    }));
    const counts = countsOf(bezettingOf(staff, 2025));
    expect(leavingByYear(counts, 2025)).toEqual(expected);
    expect(leavingByYear(counts, 2025)[0]?.byReason).toEqual({ RETIREMENT: 0, CONTRACT_END: 0, TRANSFER: 1 });
    expect(leavingByYear([{ year: 2040, reason: 'TRANSFER', count: 3 }], 2025, 2)).toEqual([
      { year: 2025, byReason: { RETIREMENT: 0, CONTRACT_END: 0, TRANSFER: 0 }, leavingInYear: 0 },
      { year: 2026, byReason: { RETIREMENT: 0, CONTRACT_END: 0, TRANSFER: 0 }, leavingInYear: 0 },
    ]);
    expect(() => leavingByYear([], 2025, 0)).toThrow();
  });
});

describe('the projection horizon', () => {
  it('looks 0 to 4 years ahead, one horizon per projected year', () => {
    expect(PROJECTION_HORIZONS).toEqual([0, 1, 2, 3, 4]);
  });

  it.each<[number, string[]]>([
    [0, []],
    [4, []],
    [5, ['horizon']],
    [-1, ['horizon']],
    [1.5, ['horizon']],
    [Number.NaN, ['horizon']],
  ])('judges %d', (horizon, fields) => {
    expect(validateHorizon(horizon).map((found) => found.field)).toEqual(fields);
  });
});
