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

export type NipParts = { birthDate: string; tmtCpns: string; gender: Gender; serial: string };

export type NipOptions = {
  today: string;
  expectedBirthDate?: string | null;
  expectedGender?: Gender | null;
  field?: string;
  /** Language of the messages; English unless given. */
  language?: Language;
};

// Perka BKN 22/2007: NIP PNS is 18 digits (birth 8, TMT CPNS 6, sex 1, serial 3).
export const NIP_LENGTH = 18;
// Minimum age of a CPNS applicant is 18 (domain.md §3), so TMT CPNS cannot precede the 18th birthday.
export const MIN_AGE_AT_TMT_CPNS = 18;
const MAX_MONTH = 12;

/** Reads a civil servant's NIP (Perka BKN 22/2007, domain.md §6); mismatches with other records are warnings. */
export function parseNip(value: string, options: NipOptions): IdParseResult<NipParts> {
  const context: IdContext = {
    field: options.field ?? 'nip',
    label: 'NIP',
    today: requireIsoDate(options.today, 'today'),
    language: options.language,
  };
  const digits = stripSeparators(value);
  const formatIssue = checkDigitString(digits, NIP_LENGTH, context);
  if (formatIssue !== null) {
    return rejected([formatIssue]);
  }
  const birth = checkCompactBirthDate(digits.slice(0, 8), context);
  const tmt = checkTmtCpns(digits.slice(8, 14), birth.date, context);
  const sex = checkSexDigit(digits.slice(14, 15), 15, context);
  const serial = digits.slice(15, 18);
  const errors = [...birth.issues, ...tmt.issues, ...sex.issues, ...checkSerial(serial, [16, 18], context)];
  if (birth.date === null || tmt.month === null || sex.gender === null) {
    return rejected(errors);
  }
  const parts: NipParts = {
    birthDate: formatIsoDate(birth.date),
    tmtCpns: tmt.month,
    gender: sex.gender,
    serial,
  };
  const expected = { birthDate: options.expectedBirthDate, gender: options.expectedGender };
  return toResult(errors, mismatchWarnings(parts, expected, context), parts);
}

type TmtCheck = { issues: ValidationIssue[]; month: string | null };

/** Digits 9–14: YYYYMM of TMT CPNS, a real month, not before the 18th birthday's month, not after today's month. */
function checkTmtCpns(yyyymm: string, birthDate: CalendarDate | null, context: IdContext): TmtCheck {
  const texts = idTextsOf(context);
  const year = Number(yyyymm.slice(0, 4));
  const month = Number(yyyymm.slice(4, 6));
  if (month < 1 || month > MAX_MONTH) {
    const message = texts.tmtCpnsMonth(context.label, yyyymm);
    return { issues: [issue(context.field, 'INVALID_DATE', message)], month: null };
  }
  const shown = `${yyyymm.slice(0, 4)}-${yyyymm.slice(4, 6)}`;
  const { today } = context;
  if (year * MAX_MONTH + month > today.year * MAX_MONTH + today.month) {
    const message = texts.tmtCpnsFuture(context.label, shown, formatIsoDate(today));
    return { issues: [issue(context.field, 'INVALID_DATE', message)], month: null };
  }
  if (
    birthDate !== null &&
    year * MAX_MONTH + month < (birthDate.year + MIN_AGE_AT_TMT_CPNS) * MAX_MONTH + birthDate.month
  ) {
    const born = formatIsoDate(birthDate);
    const message = texts.tmtCpnsTooEarly(context.label, shown, MIN_AGE_AT_TMT_CPNS, born);
    return { issues: [issue(context.field, 'INVALID_DATE', message)], month: null };
  }
  return { issues: [], month: shown };
}
