import {
  compareDates,
  formatIsoDate,
  isCalendarDate,
  parseIsoDate,
  type CalendarDate,
} from '../shared/dates.js';
import { issue, type ValidationIssue } from '../shared/validation.js';

export const GENDERS = ['MALE', 'FEMALE'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * Outcome of reading an identifier. `errors` make it invalid; `warnings` only flag mismatches with other records
 * (identifiers are permanent, so a mismatch is for a person to check, not a reason to reject). `parts` is set exactly
 * when `valid` is true.
 */
export type IdParseResult<P> = {
  valid: boolean;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
  parts: P | null;
};

/** Who is checking and against what: the field the issues are reported on and the human name of the identifier. */
export type IdContext = { field: string; label: string; today: CalendarDate };

/** Drops the spaces and dots people type to group digits ('1373 0115 0385 0001', '13.73.01...'). */
export function stripSeparators(value: string): string {
  return value.replace(/[\s.]/g, '');
}

/** REQUIRED / INVALID_FORMAT when `digits` is not exactly `length` digits; null when it is. */
export function checkDigitString(digits: string, length: number, context: IdContext): ValidationIssue | null {
  const { field, label } = context;
  if (digits === '') {
    return issue(field, 'REQUIRED', `${label} is required.`);
  }
  if (!/^\d+$/.test(digits)) {
    return issue(field, 'INVALID_FORMAT', `${label} must contain digits only (spaces and dots are ignored).`);
  }
  if (digits.length !== length) {
    return issue(field, 'INVALID_FORMAT', `${label} must be exactly ${length} digits; got ${digits.length}.`);
  }
  return null;
}

export type DateCheck = { issues: ValidationIssue[]; date: CalendarDate | null };

/** Checks that year/month/day form a real date that is not after today. */
export function checkBirthDate(parts: CalendarDate, context: IdContext, digitsLabel: string): DateCheck {
  const { field, label, today } = context;
  const shown = formatIsoDate(parts);
  if (!isCalendarDate(parts.year, parts.month, parts.day)) {
    return {
      issues: [
        issue(field, 'INVALID_DATE', `${label} ${digitsLabel} (date of birth) ${shown} is not a real date.`),
      ],
      date: null,
    };
  }
  if (compareDates(parts, today) > 0) {
    const message = `${label} date of birth ${shown} is in the future (today is ${formatIsoDate(today)}).`;
    return { issues: [issue(field, 'INVALID_DATE', message)], date: null };
  }
  return { issues: [], date: parts };
}

/** Reads an 8-digit YYYYMMDD block as a date of birth. */
export function checkCompactBirthDate(yyyymmdd: string, context: IdContext): DateCheck {
  const date = {
    year: Number(yyyymmdd.slice(0, 4)),
    month: Number(yyyymmdd.slice(4, 6)),
    day: Number(yyyymmdd.slice(6, 8)),
  };
  return checkBirthDate(date, context, 'digits 1–8');
}

const SEX_DIGITS: Readonly<Record<string, Gender>> = { '1': 'MALE', '2': 'FEMALE' };

/** Perka BKN 22/2007: one sex digit, 1 = male, 2 = female. */
export function checkSexDigit(
  digit: string,
  position: number,
  context: IdContext,
): { issues: ValidationIssue[]; gender: Gender | null } {
  const gender = SEX_DIGITS[digit] ?? null;
  if (gender === null) {
    const message = `${context.label} digit ${position} (sex) must be 1 (male) or 2 (female); got ${digit}.`;
    return { issues: [issue(context.field, 'INVALID_VALUE', message)], gender };
  }
  return { issues: [], gender };
}

/** A serial block made only of zeros is never issued. */
export function checkSerial(serial: string, digitsLabel: string, context: IdContext): ValidationIssue[] {
  if (/^0+$/.test(serial)) {
    const message = `${context.label} ${digitsLabel} (serial number) must not be ${serial}.`;
    return [issue(context.field, 'INVALID_VALUE', message)];
  }
  return [];
}

export type Expectations = { birthDate?: string | null; gender?: Gender | null };

/** Warnings (never errors) when the identifier disagrees with what another record says about the person. */
export function mismatchWarnings(
  found: { birthDate: string; gender: Gender },
  expected: Expectations,
  context: Pick<IdContext, 'field' | 'label'>,
): ValidationIssue[] {
  const warnings: ValidationIssue[] = [];
  const expectedDate = expected.birthDate ?? null;
  if (expectedDate !== null && parseIsoDate(expectedDate) !== null && expectedDate !== found.birthDate) {
    const message = `${context.label} encodes date of birth ${found.birthDate}, but the recorded date of birth is ${expectedDate}.`;
    warnings.push(issue(context.field, 'INVALID_VALUE', message));
  }
  const expectedGender = expected.gender ?? null;
  if (expectedGender !== null && expectedGender !== found.gender) {
    const message = `${context.label} encodes sex ${found.gender}, but the recorded sex is ${expectedGender}.`;
    warnings.push(issue(context.field, 'INVALID_VALUE', message));
  }
  return warnings;
}

/** Builds the result; parts are only exposed when there is no error. */
export function toResult<P>(
  errors: ValidationIssue[],
  warnings: ValidationIssue[],
  parts: P | null,
): IdParseResult<P> {
  const valid = errors.length === 0 && parts !== null;
  return { valid, errors, warnings: valid ? warnings : [], parts: valid ? parts : null };
}

/** An invalid result: only errors. */
export function rejected<P>(errors: ValidationIssue[]): IdParseResult<P> {
  return { valid: false, errors, warnings: [], parts: null };
}
