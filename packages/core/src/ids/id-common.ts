import {
  compareDates,
  formatIsoDate,
  isCalendarDate,
  parseIsoDate,
  type CalendarDate,
} from '../shared/dates.js';
import { type Language } from '../shared/language.js';
import { issue, type ValidationIssue } from '../shared/validation.js';
import { type DigitRange, ID_TEXTS, type IdTexts } from './id.texts.js';

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

/**
 * Who is checking and against what: the field the issues are reported on, the human name of the identifier and the
 * language of the messages (English unless given).
 */
export type IdContext = { field: string; label: string; today: CalendarDate; language?: Language };

/** The sentences of the context's language. */
export const idTextsOf = (context: Pick<IdContext, 'language'>): IdTexts =>
  ID_TEXTS[context.language ?? 'en'];

/** Drops the spaces and dots people type to group digits ('1373 0115 0385 0001', '13.73.01...'). */
export function stripSeparators(value: string): string {
  return value.replace(/[\s.]/g, '');
}

/** REQUIRED / INVALID_FORMAT when `digits` is not exactly `length` digits; null when it is. */
export function checkDigitString(digits: string, length: number, context: IdContext): ValidationIssue | null {
  const { field, label } = context;
  const texts = idTextsOf(context);
  if (digits === '') {
    return issue(field, 'REQUIRED', texts.required(label));
  }
  if (!/^\d+$/.test(digits)) {
    return issue(field, 'INVALID_FORMAT', texts.digitsOnly(label));
  }
  if (digits.length !== length) {
    return issue(field, 'INVALID_FORMAT', texts.length(label, length, digits.length));
  }
  return null;
}

export type DateCheck = { issues: ValidationIssue[]; date: CalendarDate | null };

/** Checks that year/month/day form a real date that is not after today. */
export function checkBirthDate(parts: CalendarDate, context: IdContext, digits: DigitRange): DateCheck {
  const { field, label, today } = context;
  const texts = idTextsOf(context);
  const shown = formatIsoDate(parts);
  if (!isCalendarDate(parts.year, parts.month, parts.day)) {
    return {
      issues: [issue(field, 'INVALID_DATE', texts.notRealBirthDate(label, digits, shown))],
      date: null,
    };
  }
  if (compareDates(parts, today) > 0) {
    const message = texts.futureBirthDate(label, shown, formatIsoDate(today));
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
  return checkBirthDate(date, context, [1, 8]);
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
    const message = idTextsOf(context).sexDigit(context.label, position, digit);
    return { issues: [issue(context.field, 'INVALID_VALUE', message)], gender };
  }
  return { issues: [], gender };
}

/** A serial block made only of zeros is never issued. */
export function checkSerial(serial: string, digits: DigitRange, context: IdContext): ValidationIssue[] {
  if (/^0+$/.test(serial)) {
    const message = idTextsOf(context).zeroSerial(context.label, digits, serial);
    return [issue(context.field, 'INVALID_VALUE', message)];
  }
  return [];
}

export type Expectations = { birthDate?: string | null; gender?: Gender | null };

/**
 * Warnings (never errors, reason MISMATCH) when the identifier disagrees with what another record says about the
 * person: identifiers are permanent and not re-issued (domain.md §6), so a person checks which record is wrong.
 */
export function mismatchWarnings(
  found: { birthDate: string; gender: Gender },
  expected: Expectations,
  context: Pick<IdContext, 'field' | 'label' | 'language'>,
): ValidationIssue[] {
  const texts = idTextsOf(context);
  const warnings: ValidationIssue[] = [];
  const expectedDate = expected.birthDate ?? null;
  if (expectedDate !== null && parseIsoDate(expectedDate) !== null && expectedDate !== found.birthDate) {
    const message = texts.birthDateMismatch(context.label, found.birthDate, expectedDate);
    warnings.push(issue(context.field, 'MISMATCH', message));
  }
  const expectedGender = expected.gender ?? null;
  if (expectedGender !== null && expectedGender !== found.gender) {
    const message = texts.sexMismatch(context.label, found.gender, expectedGender);
    warnings.push(issue(context.field, 'MISMATCH', message));
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
