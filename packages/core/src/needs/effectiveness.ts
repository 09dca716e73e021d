import { isOneOf } from '../shared/validation.js';
import { requireNumbers } from '../shared/number-checks.js';

/** Prestasi Jabatan grades (Permendagri 12/2008 method, domain.md §1). */
export const PJ_GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type PjGrade = (typeof PJ_GRADES)[number];

export const PJ_GRADE_LABELS: Readonly<Record<PjGrade, string>> = {
  A: 'Sangat Baik',
  B: 'Baik',
  C: 'Cukup',
  D: 'Sedang',
  E: 'Kurang',
};

// Permendagri 12/2008 PJ table: A > 1.00; B 0.90–1.00; C 0.70–0.89; D 0.50–0.69; E < 0.50 (lower bounds inclusive).
export const PJ_GRADE_LOWER_BOUNDS = { B: 0.9, C: 0.7, D: 0.5 } as const;
export const PJ_GRADE_A_ABOVE = 1;
// EJ comes from floating-point sums: 1.0000000000002 is still exactly 1.00 (B), 0.8999999999999 is still 0.90.
const EJ_TOLERANCE = 1e-9;

export function isPjGrade(value: string): value is PjGrade {
  return isOneOf(PJ_GRADES, value);
}

/** Grade of an effectiveness value EJ; the table's two-decimal bands are read as half-open (0.8999 is C). Throws a
 * DomainError for a negative or non-finite EJ. */
export function pjGradeFor(ej: number): PjGrade {
  requireNumbers([[ej, { field: 'ej', label: 'Effectiveness (EJ)', min: 0 }]]);
  if (ej > PJ_GRADE_A_ABOVE + EJ_TOLERANCE) {
    return 'A';
  }
  if (ej >= PJ_GRADE_LOWER_BOUNDS.B - EJ_TOLERANCE) {
    return 'B';
  }
  if (ej >= PJ_GRADE_LOWER_BOUNDS.C - EJ_TOLERANCE) {
    return 'C';
  }
  return ej >= PJ_GRADE_LOWER_BOUNDS.D - EJ_TOLERANCE ? 'D' : 'E';
}

export type Effectiveness = {
  workloadHours: number;
  bezetting: number;
  effectiveHours: number;
  availableHours: number;
  ej: number | null;
  grade: PjGrade | null;
};

/**
 * EJ = workloadHours / (bezetting × effectiveHours) and its PJ grade; with no one in post (bezetting 0) there is
 * nothing to rate, so ej and grade are null. Throws a DomainError on negative or non-finite inputs.
 */
export function effectivenessOf(
  workloadHours: number,
  bezetting: number,
  effectiveHours: number,
): Effectiveness {
  requireNumbers([
    [workloadHours, { field: 'workloadHours', label: 'Workload hours', min: 0 }],
    [bezetting, { field: 'bezetting', label: 'Bezetting', min: 0, integer: true }],
    [effectiveHours, { field: 'effectiveHours', label: 'Effective hours', min: 0, exclusiveMin: true }],
  ]);
  const availableHours = bezetting * effectiveHours;
  const ej = bezetting === 0 ? null : workloadHours / availableHours;
  return {
    workloadHours,
    bezetting,
    effectiveHours,
    availableHours,
    ej,
    grade: ej === null ? null : pjGradeFor(ej),
  };
}

/**
 * A unit's effectiveness EU (Permendagri 12/2008 Form E): Σ workload hours of its positions over (Σ bezetting ×
 * effective hours), graded like a position's; null with no one in post.
 */
export function unitEffectivenessOf(
  positions: readonly { workloadHours: number; bezetting: number }[],
  effectiveHours: number,
): Effectiveness {
  const hours = positions.reduce((sum, position) => sum + position.workloadHours, 0);
  const bezetting = positions.reduce((sum, position) => sum + position.bezetting, 0);
  return effectivenessOf(hours, bezetting, effectiveHours);
}
