import { formatIsoDate, requireIsoDate, type CalendarDate } from '../shared/dates.js';
import { issue, type ValidationIssue } from '../shared/validation.js';
import {
  checkBirthDate,
  checkDigitString,
  checkSerial,
  mismatchWarnings,
  rejected,
  stripSeparators,
  toResult,
  type Gender,
  type IdContext,
  type IdParseResult,
} from './id-common.js';
import { isNikProvinceCode } from './nik-provinces.js';

export type NikParts = {
  provinceCode: string;
  regencyCode: string;
  kecamatanCode: string;
  birthDate: string;
  gender: Gender;
  serial: string;
};

export type NikOptions = {
  today: string;
  expectedBirthDate?: string | null;
  expectedGender?: Gender | null;
  field?: string;
};

// Dukcapil NIK layout (domain.md §6): 16 digits, day of birth +40 for women.
export const NIK_LENGTH = 16;
export const NIK_FEMALE_DAY_OFFSET = 40;
const MAX_DAY = 31;
const MAX_MONTH = 12;
const CENTURY = 100;

/**
 * Reads a NIK (domain.md §6). Format, province code, day/month ranges, real calendar date, birth not in the future
 * and serial ≠ 0000 are errors; a disagreement with the expected birth date or sex is only a warning. Regency and
 * kecamatan codes are not checked (regions split; the code is that of first registration).
 */
export function parseNik(value: string, options: NikOptions): IdParseResult<NikParts> {
  const context: IdContext = {
    field: options.field ?? 'nik',
    label: 'NIK',
    today: requireIsoDate(options.today, 'today'),
  };
  const digits = stripSeparators(value);
  const formatIssue = checkDigitString(digits, NIK_LENGTH, context);
  if (formatIssue !== null) {
    return rejected([formatIssue]);
  }
  const provinceCode = digits.slice(0, 2);
  const birth = readBirth(digits.slice(6, 12), context);
  const errors = [
    ...checkProvince(provinceCode, context),
    ...birth.issues,
    ...checkSerial(digits.slice(12, 16), [13, 16], context),
  ];
  if (birth.date === null) {
    return rejected(errors);
  }
  const parts: NikParts = {
    provinceCode,
    regencyCode: digits.slice(2, 4),
    kecamatanCode: digits.slice(4, 6),
    birthDate: formatIsoDate(birth.date),
    gender: birth.gender,
    serial: digits.slice(12, 16),
  };
  const expected = { birthDate: options.expectedBirthDate, gender: options.expectedGender };
  return toResult(errors, mismatchWarnings(parts, expected, context), parts);
}

/**
 * Century of a two-digit NIK year: 20YY unless that is after today's year, then 19YY (generalised to the current
 * century so it keeps working after 2099).
 */
export function nikBirthYear(twoDigitYear: number, todayYear: number): number {
  const candidate = Math.floor(todayYear / CENTURY) * CENTURY + twoDigitYear;
  return candidate > todayYear ? candidate - CENTURY : candidate;
}

function checkProvince(code: string, context: IdContext): ValidationIssue[] {
  if (isNikProvinceCode(code)) {
    return [];
  }
  const message = `${context.label} digits 1–2 (province code) ${code} are not an Indonesian province code.`;
  return [issue(context.field, 'INVALID_VALUE', message)];
}

type BirthRead = { issues: ValidationIssue[]; date: CalendarDate | null; gender: Gender };

/** Digits 7–12 (DDMMYY, day +40 for women). */
function readBirth(ddmmyy: string, context: IdContext): BirthRead {
  const dayField = Number(ddmmyy.slice(0, 2));
  const month = Number(ddmmyy.slice(2, 4));
  const gender: Gender = dayField > NIK_FEMALE_DAY_OFFSET ? 'FEMALE' : 'MALE';
  const day = gender === 'FEMALE' ? dayField - NIK_FEMALE_DAY_OFFSET : dayField;
  const issues: ValidationIssue[] = [];
  if (day < 1 || day > MAX_DAY) {
    const message = `${context.label} digits 7–8 (day of birth) must be 01–31, or 41–71 for women; got ${ddmmyy.slice(0, 2)}.`;
    issues.push(issue(context.field, 'INVALID_DATE', message));
  }
  if (month < 1 || month > MAX_MONTH) {
    const message = `${context.label} digits 9–10 (month of birth) must be 01–12; got ${ddmmyy.slice(2, 4)}.`;
    issues.push(issue(context.field, 'INVALID_DATE', message));
  }
  if (issues.length > 0) {
    return { issues, date: null, gender };
  }
  const year = nikBirthYear(Number(ddmmyy.slice(4, 6)), context.today.year);
  const checked = checkBirthDate({ year, month, day }, context, [7, 12]);
  return { ...checked, gender };
}
