import { requireNumbers } from '../needs/number-checks.js';
import { assertValid } from '../shared/validation.js';
import {
  LEAVING_REASONS,
  leavingDateOf,
  validateStaffMember,
  type LeavingReason,
  type StaffMember,
} from './leaving.js';

// domain.md §2 [S63]: needs are planned for 5 years, per year.
export const PROJECTION_YEARS = 5;

export type Leaver = { id: string; date: string; reason: LeavingReason };

export type SupplyYear = {
  year: number;
  /** Members whose leaving date falls in this calendar year (1 January counts in it). */
  leavingInYear: number;
  /** Members gone by 31 December of this year, counted from the staff in post now. */
  leavingByYear: number;
  /** staff − leavingByYear: who is still in post at the end of the year. */
  remaining: number;
  byReason: Record<LeavingReason, number>;
  leavers: Leaver[];
};

/**
 * Supply year by year from `fromYear` for `years` years: who leaves (retirement, PPPK contract end, transfer; see
 * leavingDateOf) and how many remain. A leaving date before `fromYear` (overdue in the data) counts in the first
 * year. Hires are not projected. Throws a DomainError with every member's issues, or for bad year arguments.
 */
export function projectSupply(
  staff: readonly StaffMember[],
  fromYear: number,
  years: number = PROJECTION_YEARS,
): SupplyYear[] {
  requireNumbers([
    [fromYear, { field: 'fromYear', label: 'First projection year', min: 1, integer: true }],
    [years, { field: 'years', label: 'Projection years', min: 1, integer: true }],
  ]);
  assertValid(staff.flatMap((member, index) => validateStaffMember(member, index)));
  const leaversByYear = new Map<number, Leaver[]>();
  for (const member of staff) {
    const leaving = leavingDateOf(member);
    const year = Math.max(fromYear, Number(leaving.date.slice(0, 4)));
    const bucket = leaversByYear.get(year) ?? [];
    bucket.push({ id: member.id, ...leaving });
    leaversByYear.set(year, bucket);
  }
  const rows: SupplyYear[] = [];
  let leavingByYear = 0;
  for (let year = fromYear; year < fromYear + years; year += 1) {
    const leavers = leaversByYear.get(year) ?? [];
    leavingByYear += leavers.length;
    rows.push({
      year,
      leavingInYear: leavers.length,
      leavingByYear,
      remaining: staff.length - leavingByYear,
      byReason: countByReason(leavers),
      leavers,
    });
  }
  return rows;
}

function countByReason(leavers: readonly Leaver[]): Record<LeavingReason, number> {
  const counts: Record<LeavingReason, number> = { RETIREMENT: 0, CONTRACT_END: 0, TRANSFER: 0 };
  for (const reason of LEAVING_REASONS) {
    counts[reason] = leavers.filter((leaver) => leaver.reason === reason).length;
  }
  return counts;
}
