import { issue, type ValidationIssue } from '../shared/validation.js';
import { checkNumber } from '../shared/number-checks.js';

/** Waktu kerja efektif per year (hours) under each rule (domain.md §1). */
export const EFFECTIVE_HOURS = {
  // PermenPANRB 1/2020: 235 days × 5.3 h (5-day week) or 287 × 4.3 h (6-day week), rounded to 1,250 h = 75,000 min.
  PERMENPANRB_1_2020: 1250,
  // Permendagri 12/2008 (legacy): 37.5 h/week less a 25 % allowance → 28 h/week → 1,300 h/yr.
  PERMENDAGRI_12_2008: 1300,
  // Perka BKN 19/2011 (legacy): 5 h/day, 25 h/week, 240 days → 1,200 h/yr.
  PERKA_BKN_19_2011: 1200,
} as const;
export type EffectiveHoursRule = keyof typeof EFFECTIVE_HOURS;

export const ACCEPTED_EFFECTIVE_HOURS: readonly number[] = [
  EFFECTIVE_HOURS.PERMENPANRB_1_2020,
  EFFECTIVE_HOURS.PERMENDAGRI_12_2008,
  EFFECTIVE_HOURS.PERKA_BKN_19_2011,
];

// PermenPANRB 1/2020: Pemda had two years to align, so legacy norms are accepted up to planning year 2021 [M: the
// exact cut-over year is our reading; keep it configurable].
export const LEGACY_EFFECTIVE_HOURS_LAST_YEAR = 2021;

/**
 * Checks the effective hours of a planning year (field `effectiveHours`): one of ACCEPTED_EFFECTIVE_HOURS, and
 * after `legacyLastYear` only the 1,250 h of PermenPANRB 1/2020.
 */
export function validateEffectiveHours(
  hours: number,
  year: number,
  legacyLastYear: number = LEGACY_EFFECTIVE_HOURS_LAST_YEAR,
): ValidationIssue[] {
  const yearIssues = checkNumber(year, { field: 'year', label: 'Planning year', min: 1, integer: true });
  if (yearIssues.length > 0) {
    return yearIssues;
  }
  const current = EFFECTIVE_HOURS.PERMENPANRB_1_2020;
  if (!ACCEPTED_EFFECTIVE_HOURS.includes(hours)) {
    const accepted = ACCEPTED_EFFECTIVE_HOURS.join(', ');
    const message = `Effective hours must be one of ${accepted} hours a year; got ${hours}.`;
    return [issue('effectiveHours', 'INVALID_VALUE', message)];
  }
  if (hours !== current && year > legacyLastYear) {
    const message =
      `Effective hours of ${hours} follow a legacy rule; PermenPANRB 1/2020 gave Pemda until ${legacyLastYear} ` +
      `to align, so planning year ${year} must use ${current} hours a year.`;
    return [issue('effectiveHours', 'NOT_ALLOWED', message)];
  }
  return [];
}
