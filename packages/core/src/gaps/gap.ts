import { requireNumbers } from '../shared/number-checks.js';

export const GAP_KINDS = ['SHORTAGE', 'SURPLUS', 'BALANCED'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export type Gap = {
  need: number;
  staff: number;
  leaving: number;
  projectedStaff: number;
  /** need − (staff − leaving): positive = kekurangan (shortage), negative = kelebihan (surplus). */
  gap: number;
  kind: GapKind;
};

// A fractional need (unrounded FTE) may leave floating-point dust; within this a gap is BALANCED.
export const GAP_TOLERANCE = 1e-9;

/**
 * Selisih (domain.md §1): need − (staff − leaving by year t). Throws a DomainError when a count is negative or not
 * finite, or when more people leave than are in post.
 */
export function gapOf(need: number, staff: number, leavingByYear: number): Gap {
  requireNumbers([
    [need, { field: 'need', label: 'Need', min: 0 }],
    [staff, { field: 'staff', label: 'Staff', min: 0, integer: true }],
    [leavingByYear, { field: 'leaving', label: 'Leaving', min: 0, max: staff, integer: true }],
  ]);
  const projectedStaff = staff - leavingByYear;
  const gap = need - projectedStaff;
  return { need, staff, leaving: leavingByYear, projectedStaff, gap, kind: gapKindOf(gap) };
}

export function gapKindOf(gap: number): GapKind {
  if (gap > GAP_TOLERANCE) {
    return 'SHORTAGE';
  }
  return gap < -GAP_TOLERANCE ? 'SURPLUS' : 'BALANCED';
}
