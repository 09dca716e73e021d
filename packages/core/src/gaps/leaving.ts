import {
  compareDates,
  dayAfter,
  formatIsoDate,
  isIsoDate,
  requireIsoDate,
  type CalendarDate,
} from '../shared/dates.js';
import { issue, type ValidationIssue } from '../shared/validation.js';
import { retirementDate } from '../positions/retirement.js';
import { type StaffMember } from '../staff/staff-member.js';

export const LEAVING_REASONS = ['RETIREMENT', 'CONTRACT_END', 'TRANSFER'] as const;
export type LeavingReason = (typeof LEAVING_REASONS)[number];
/** `date`: the first day the member is no longer in post; its calendar year is the year they are counted gone. */
export type Leaving = { date: string; reason: LeavingReason };

/** Issues of one member; fields are `staff.<index>.birthDate|retirementAge|contractEnd|transferDate`. */
export function validateStaffMember(member: StaffMember, index: number): ValidationIssue[] {
  const prefix = `staff.${index}`;
  const who = `Staff member ${member.id}`;
  const issues: ValidationIssue[] = [];
  const dates: [string, string | null][] = [
    ['birthDate', member.birthDate],
    ['contractEnd', member.contractEnd],
    ['transferDate', member.transferDate],
  ];
  for (const [field, value] of dates) {
    if (value !== null && !isIsoDate(value)) {
      issues.push(
        issue(`${prefix}.${field}`, 'INVALID_DATE', `${who}: ${field} must be YYYY-MM-DD; got '${value}'.`),
      );
    }
  }
  if (!Number.isInteger(member.retirementAge) || member.retirementAge <= 0) {
    const message = `${who}: retirement age must be a positive whole number; got ${member.retirementAge}.`;
    issues.push(issue(`${prefix}.retirementAge`, 'INVALID_VALUE', message));
  }
  return issues;
}

/**
 * When and why a member leaves, as the first day they are no longer in post: the pension start (TMT pensiun, the
 * first of the month after the BUP birthday, domain.md §4), the day after the last day of a PPPK contract, or a
 * known transfer date (the first day in the new post), whichever comes first; a tie goes to the reason listed first
 * in LEAVING_REASONS. So a contract that ends on 31 December and a pension that starts on 1 January both count in
 * the new year. Everyone reaches BUP, so there is always a date. Throws a DomainError for an invalid date or age.
 */
export function leavingDateOf(member: StaffMember): Leaving {
  const retirement = dated(retirementDate(member.birthDate, member.retirementAge), 'RETIREMENT');
  const others: DatedLeaving[] = [];
  if (member.employmentType === 'PPPK' && member.contractEnd !== null) {
    const lastDay = requireIsoDate(member.contractEnd, FIELD_BY_REASON.CONTRACT_END);
    others.push(dated(formatIsoDate(dayAfter(lastDay)), 'CONTRACT_END'));
  }
  if (member.transferDate !== null) {
    others.push(dated(member.transferDate, 'TRANSFER'));
  }
  const earliest = others.reduce((best, c) => (compareDates(c.day, best.day) < 0 ? c : best), retirement);
  return { date: earliest.date, reason: earliest.reason };
}

type DatedLeaving = Leaving & { day: CalendarDate };

const FIELD_BY_REASON: Readonly<Record<LeavingReason, string>> = {
  RETIREMENT: 'birthDate',
  CONTRACT_END: 'contractEnd',
  TRANSFER: 'transferDate',
};

function dated(date: string, reason: LeavingReason): DatedLeaving {
  return { date, reason, day: requireIsoDate(date, FIELD_BY_REASON[reason]) };
}
