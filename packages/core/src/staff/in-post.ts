import { compareDates, formatIsoDate, requireIsoDate } from '../shared/dates.js';
import { requireNumbers } from '../shared/number-checks.js';
import { retirementDate } from '../positions/retirement.js';

/** What the pension rule needs of a member: the birth date and the BUP of the position they hold. */
export type PensionSource = { birthDate: string; retirementAge: number };

/**
 * Whether someone whose pension starts on `pensionDate` (retirementDate: the first of the month after the BUP
 * birthday, domain.md §4, the first day out of post) is still in post on `day`; both 'YYYY-MM-DD'. A member past
 * their pension date is not current staff anywhere — the roster's active list, the bezetting of a position, the
 * gaps — whether or not anyone has archived them yet. Throws a DomainError for an invalid date.
 */
export function isBeforePension(pensionDate: string, day: string): boolean {
  return compareDates(requireIsoDate(pensionDate, 'retirementDate'), requireIsoDate(day, 'day')) > 0;
}

/**
 * The day a planning year's bezetting is counted on: the eve of the year, 31 December before it. The supply
 * projection counts leavers per calendar year from the planning year (projectSupply), so a pension from 1 January
 * of the year is one of that year's leavers and its holder is still counted in post; a pension that started before
 * is not. Stored gaps depend on the planning year alone, never on today, so they do not go stale.
 */
export function bezettingDateOf(year: number): string {
  requireNumbers([[year, { field: 'year', label: 'Planning year', min: 1, integer: true }]]);
  return formatIsoDate({ year: year - 1, month: 12, day: 31 });
}

/** The members of `staff` that count in planning year `year`'s bezetting: in post on bezettingDateOf(year). */
export function bezettingOf<T extends PensionSource>(staff: readonly T[], year: number): T[] {
  const day = bezettingDateOf(year);
  return staff.filter((member) =>
    isBeforePension(retirementDate(member.birthDate, member.retirementAge), day),
  );
}
