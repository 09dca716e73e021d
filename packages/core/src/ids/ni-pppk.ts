import { formatIsoDate, requireIsoDate, type CalendarDate } from '../shared/dates.js';
import { type Language } from '../shared/language.js';
import { issue, type ValidationIssue } from '../shared/validation.js';
import {
  checkCompactBirthDate,
  checkDigitString,
  checkSerial,
  checkSexDigit,
  idTextsOf,
  mismatchWarnings,
  rejected,
  stripSeparators,
  toResult,
  type Gender,
  type IdContext,
  type IdParseResult,
} from './id-common.js';

export type NiPppkParts = {
  birthDate: string;
  appointmentYear: number;
  contractCounter: string;
  gender: Gender;
  serial: string;
};

export type NiPppkOptions = {
  today: string;
  expectedBirthDate?: string | null;
  expectedGender?: Gender | null;
  field?: string;
  /** Language of the messages; English unless given. */
  language?: Language;
};

// NI PPPK layout (domain.md §6): birth date 8, year of first appointment 4, contract counter 2, sex 1, serial 3.
export const NI_PPPK_LENGTH = 18;
// PPPK applicants are at least 20 years old (domain.md §3), so the first appointment is at least 20 years after birth.
export const MIN_AGE_AT_PPPK_APPOINTMENT = 20;

/**
 * Reads a PPPK employee number (NI PPPK, domain.md §6). The contract counter is not checked beyond being two digits:
 * its numbering is not documented ('21' is common in practice). Mismatches with other records are warnings.
 */
export function parseNiPppk(value: string, options: NiPppkOptions): IdParseResult<NiPppkParts> {
  const today = requireIsoDate(options.today, 'today');
  const context: IdContext = {
    field: options.field ?? 'niPppk',
    label: 'NI PPPK',
    today,
    language: options.language,
  };
  const digits = stripSeparators(value);
  const formatIssue = checkDigitString(digits, NI_PPPK_LENGTH, context);
  if (formatIssue !== null) {
    return rejected([formatIssue]);
  }
  const birth = checkCompactBirthDate(digits.slice(0, 8), context);
  const appointmentYear = Number(digits.slice(8, 12));
  const sex = checkSexDigit(digits.slice(14, 15), 15, context);
  const serial = digits.slice(15, 18);
  const errors = [
    ...birth.issues,
    ...checkAppointmentYear(appointmentYear, birth.date, context),
    ...sex.issues,
    ...checkSerial(serial, [16, 18], context),
  ];
  if (birth.date === null || sex.gender === null) {
    return rejected(errors);
  }
  const parts: NiPppkParts = {
    birthDate: formatIsoDate(birth.date),
    appointmentYear,
    contractCounter: digits.slice(12, 14),
    gender: sex.gender,
    serial,
  };
  const expected = { birthDate: options.expectedBirthDate, gender: options.expectedGender };
  return toResult(errors, mismatchWarnings(parts, expected, context), parts);
}

/** Digits 9–12: not after today's year, not before the year the holder turned 20. */
function checkAppointmentYear(
  year: number,
  birthDate: CalendarDate | null,
  context: IdContext,
): ValidationIssue[] {
  const texts = idTextsOf(context);
  if (year > context.today.year) {
    const message = texts.appointmentFuture(context.label, year, context.today.year);
    return [issue(context.field, 'INVALID_DATE', message)];
  }
  if (birthDate !== null && year < birthDate.year + MIN_AGE_AT_PPPK_APPOINTMENT) {
    const born = formatIsoDate(birthDate);
    const message = texts.appointmentTooEarly(context.label, year, MIN_AGE_AT_PPPK_APPOINTMENT, born);
    return [issue(context.field, 'INVALID_DATE', message)];
  }
  return [];
}
