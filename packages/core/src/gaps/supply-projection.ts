import { requireNumbers } from '../shared/number-checks.js';
import { assertValid, issue, type ValidationIssue } from '../shared/validation.js';
import { bezettingOf } from '../staff/in-post.js';
import { type StaffMember } from '../staff/staff-member.js';
import { LEAVING_REASONS, leavingDateOf, validateStaffMember, type LeavingReason } from './leaving.js';

// domain.md §2 [S63]: needs are planned for 5 years, per year.
export const PROJECTION_YEARS = 5;
/** Years ahead a gap can look (0 = the planning year itself): one per projected year. */
export const PROJECTION_HORIZONS: readonly number[] = Array.from(
  { length: PROJECTION_YEARS },
  (_, year) => year,
);

/** A horizon is a whole number of years ahead within the projection: 0 … PROJECTION_YEARS − 1. */
export function validateHorizon(horizon: number): ValidationIssue[] {
  return Number.isInteger(horizon) && horizon >= 0 && horizon < PROJECTION_YEARS
    ? []
    : [
        issue(
          'horizon',
          'INVALID_VALUE',
          `horizon must be 0 to ${PROJECTION_YEARS - 1} years ahead; got ${horizon}.`,
        ),
      ];
}

export type Leaver = { id: string; date: string; reason: LeavingReason };

/** The projection year a leaving date's calendar year counts in: an overdue date counts in the first year. */
const countedYear = (leavingYear: number, fromYear: number): number => Math.max(fromYear, leavingYear);

export type SupplyYear = {
  year: number;
  /** Members whose leaving date falls in this calendar year (1 January counts in it). */
  leavingInYear: number;
  /** Members gone by 31 December of this year, counted from the bezetting of the first year. */
  leavingByYear: number;
  /** bezetting − leavingByYear: who is still in post at the end of the year. */
  remaining: number;
  byReason: Record<LeavingReason, number>;
  leavers: Leaver[];
};

/** The first year and the number of years of a projection: whole numbers from 1. */
function requireProjectionYears(fromYear: number, years: number): void {
  requireNumbers([
    [fromYear, { field: 'fromYear', label: 'First projection year', min: 1, integer: true }],
    [years, { field: 'years', label: 'Projection years', min: 1, integer: true }],
  ]);
}

/**
 * Supply year by year from `fromYear` for `years` years, counted from the bezetting of `fromYear` (bezettingOf:
 * members whose pension started before the year are not staff, listed or not): who leaves (retirement, PPPK
 * contract end, transfer; see leavingDateOf) and how many remain. A contract end or transfer before `fromYear`
 * (overdue in the data) counts in the first year. Hires are not projected. Throws a DomainError with every
 * member's issues, or for bad year arguments.
 */
export function projectSupply(
  staff: readonly StaffMember[],
  fromYear: number,
  years: number = PROJECTION_YEARS,
): SupplyYear[] {
  requireProjectionYears(fromYear, years);
  assertValid(staff.flatMap((member, index) => validateStaffMember(member, index)));
  const bezetting = bezettingOf(staff, fromYear);
  const leaversByYear = new Map<number, Leaver[]>();
  for (const member of bezetting) {
    const leaving = leavingDateOf(member);
    const year = countedYear(Number(leaving.date.slice(0, 4)), fromYear);
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
      remaining: bezetting.length - leavingByYear,
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

/** Members leaving in one calendar year for one reason, as a database counts stored leaving dates. */
export type LeaverCount = { year: number; reason: LeavingReason; count: number };
export type LeavingYear = { year: number; byReason: Record<LeavingReason, number>; leavingInYear: number };

/**
 * The leavers of projectSupply per year and reason, from counts already grouped by calendar year of leaving (see
 * leavingDateOf) instead of the members themselves: the same years, the same fold of overdue dates into the first
 * year; counts after the last year are left out. Throws a DomainError for bad year arguments.
 */
export function leavingByYear(
  counts: readonly LeaverCount[],
  fromYear: number,
  years: number = PROJECTION_YEARS,
): LeavingYear[] {
  requireProjectionYears(fromYear, years);
  const rows: LeavingYear[] = Array.from({ length: years }, (_, index) => ({
    year: fromYear + index,
    byReason: { RETIREMENT: 0, CONTRACT_END: 0, TRANSFER: 0 },
    leavingInYear: 0,
  }));
  for (const { year, reason, count } of counts) {
    const row = rows[countedYear(year, fromYear) - fromYear];
    if (!row) continue;
    row.byReason[reason] += count;
    row.leavingInYear += count;
  }
  return rows;
}
