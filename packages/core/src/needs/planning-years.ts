import { type ValidationIssue } from '../shared/validation.js';
import { checkNumber } from '../shared/number-checks.js';

// Formasi's storage bounds for a planning year (not regulation): wide enough for history and long plans.
export const PLANNING_YEAR_MIN = 2000;
export const PLANNING_YEAR_MAX = 2100;

/** A planning year is a whole year from PLANNING_YEAR_MIN to PLANNING_YEAR_MAX (an analysis, a configuration, an input). */
export function validatePlanningYear(year: number, field = 'year'): ValidationIssue[] {
  return checkNumber(year, {
    field,
    label: 'Year',
    min: PLANNING_YEAR_MIN,
    max: PLANNING_YEAR_MAX,
    integer: true,
  });
}

/** Whether a value read from a URL or a form is a planning year. */
export const isPlanningYear = (year: number): boolean => validatePlanningYear(year).length === 0;
