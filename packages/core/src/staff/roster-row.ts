import { type Gender, mismatchWarnings } from '../ids/id-common.js';
import { parseNiPppk } from '../ids/ni-pppk.js';
import { parseNip } from '../ids/nip.js';
import { isIsoDate } from '../shared/dates.js';
import { type Language } from '../shared/language.js';
import { issue, type ValidationIssue } from '../shared/validation.js';
import { EMPLOYMENT_TYPES, type EmploymentType, isEmploymentType } from './roster.js';
import { rosterTextsOf, type RosterTexts } from './roster.texts.js';
import { STAFF_NAME_MAX_LENGTH } from './staff-member.js';

/** Columns of a roster (bezetting) CSV, in order. */
export const ROSTER_COLUMNS = [
  'nip',
  'name',
  'birth_date',
  'gender',
  'employment_type',
  'contract_end',
  'transfer_date',
  'tmt',
  'unit_code',
  'position_name',
] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
export type RosterRow = Readonly<Record<RosterColumn, string>>;

export type RosterRecord = {
  nip: string;
  name: string;
  birthDate: string;
  gender: Gender;
  employmentType: EmploymentType;
  contractEnd: string | null;
  transferDate: string | null;
  tmt: string;
  unitCode: string;
  positionName: string;
};

/** The codes a roster's gender cell takes (any case): the English words or Indonesia's L (laki-laki) / P (perempuan). */
export const ROSTER_GENDER_CODES: Readonly<Record<string, Gender>> = {
  MALE: 'MALE',
  FEMALE: 'FEMALE',
  L: 'MALE',
  P: 'FEMALE',
};

const GENDER_CODES_SHOWN = Object.keys(ROSTER_GENDER_CODES).join('/');

/** What one row says, with every problem (the record is null when there is an error) and every warning. */
export type RosterRowReading = {
  record: RosterRecord | null;
  issues: ValidationIssue[];
  /** Problems a person should check that do not stop the row (reason MISMATCH): it is imported as written. */
  warnings: ValidationIssue[];
};

type Checks = { texts: RosterTexts; issues: ValidationIssue[]; today: string };

/** A required YYYY-MM-DD cell; future dates are refused when `notAfterToday`. */
function requiredDate(row: RosterRow, column: RosterColumn, checks: Checks, notAfterToday = false): string {
  const value = row[column].trim();
  if (!isIsoDate(value))
    checks.issues.push(issue(column, 'INVALID_DATE', checks.texts.invalidDate(column, value)));
  else if (notAfterToday && value > checks.today)
    checks.issues.push(issue(column, 'INVALID_DATE', checks.texts.futureDate(column, value)));
  return value;
}

function optionalDate(row: RosterRow, column: RosterColumn, checks: Checks): string | null {
  const value = row[column].trim();
  if (value === '') return null;
  if (!isIsoDate(value))
    checks.issues.push(issue(column, 'INVALID_DATE', checks.texts.invalidDate(column, value)));
  return value;
}

function requiredText(row: RosterRow, column: RosterColumn, checks: Checks): void {
  if (row[column].trim() === '') checks.issues.push(issue(column, 'REQUIRED', checks.texts.required(column)));
}

type Identified = { nip: string; employmentType: EmploymentType; birthDate: string; gender?: Gender };

/**
 * NIP (PNS) or NI PPPK by the row's employment type: its errors are the row's; where it disagrees with the row's
 * birth date or gender (when that is readable) the row keeps its values and gets a warning on that column
 * (domain.md §6: identifiers are permanent and not re-issued, so a mismatch is for a person to check, as for the
 * NIK).
 */
function checkIdentifier(
  row: Identified,
  today: string,
  language: Language,
): { errors: ValidationIssue[]; warnings: ValidationIssue[] } {
  const options = { today, field: 'nip', language };
  const parsed = row.employmentType === 'PPPK' ? parseNiPppk(row.nip, options) : parseNip(row.nip, options);
  if (!parsed.parts) return { errors: parsed.errors, warnings: [] };
  const context = { label: row.employmentType === 'PPPK' ? 'NI PPPK' : 'NIP', language };
  const warnings = [
    ...mismatchWarnings(parsed.parts, { birthDate: row.birthDate }, { ...context, field: 'birth_date' }),
    ...mismatchWarnings(parsed.parts, { gender: row.gender }, { ...context, field: 'gender' }),
  ];
  return { errors: parsed.errors, warnings };
}

/** The unit a roster row names, as units' codes are stored (trimmed, upper case); '' when the cell is empty. */
export const rosterUnitCodeOf = (row: RosterRow): string => row.unit_code.trim().toUpperCase();

/** The position a roster row names (trimmed, inner spaces collapsed); '' when the cell is empty. */
export const rosterPositionNameOf = (row: RosterRow): string => row.position_name.trim().replace(/\s+/g, ' ');

/**
 * One CSV row of the roster: every problem as an issue whose field is the column name, in `language`; the record
 * when there is none. NIP (PNS) or NI PPPK is checked with the identifier rules of domain.md §6; its disagreeing
 * with the birth date or gender is a warning, not a problem.
 */
export function parseRosterRow(row: RosterRow, today: string, language: Language = 'en'): RosterRowReading {
  const checks: Checks = { texts: rosterTextsOf(language), issues: [], today };
  const { issues } = checks;
  const cells = readCells(row, checks);
  const { gender, type } = cells;
  // The employment type says which identifier the row holds; without it the NIP cannot be read.
  if (!isEmploymentType(type)) return { record: null, issues, warnings: [] };
  const nip = row.nip.replace(/[\s.]/g, '');
  const identifier = checkIdentifier({ ...cells, nip, employmentType: type }, today, language);
  issues.push(...identifier.errors);
  if (!gender || issues.length > 0) return { record: null, issues, warnings: identifier.warnings };
  const record: RosterRecord = {
    nip,
    name: cells.name,
    birthDate: cells.birthDate,
    gender,
    employmentType: type,
    contractEnd: type === 'PPPK' ? cells.contractEnd : null,
    transferDate: cells.transferDate,
    tmt: cells.tmt,
    unitCode: rosterUnitCodeOf(row),
    positionName: rosterPositionNameOf(row),
  };
  return { record, issues, warnings: identifier.warnings };
}

/** Every cell but the NIP, normalised, with each problem pushed onto the checks' issues. */
function readCells(row: RosterRow, checks: Checks) {
  const { texts, issues } = checks;
  const name = row.name.trim().replace(/\s+/g, ' ');
  requiredText(row, 'name', checks);
  if (name.length > STAFF_NAME_MAX_LENGTH)
    issues.push(issue('name', 'TOO_LONG', texts.tooLong('name', STAFF_NAME_MAX_LENGTH)));
  const birthDate = requiredDate(row, 'birth_date', checks);
  const gender: Gender | undefined = ROSTER_GENDER_CODES[row.gender.trim().toUpperCase()];
  if (!gender)
    issues.push(issue('gender', 'INVALID_VALUE', texts.invalidGender(row.gender, GENDER_CODES_SHOWN)));
  const type = row.employment_type.trim().toUpperCase();
  if (!isEmploymentType(type)) {
    const message = texts.invalidEmploymentType(row.employment_type, EMPLOYMENT_TYPES.join('/'));
    issues.push(issue('employment_type', 'INVALID_VALUE', message));
  }
  const contractEnd = optionalDate(row, 'contract_end', checks);
  if (type === 'PPPK' && row.contract_end.trim() === '')
    issues.push(issue('contract_end', 'REQUIRED', texts.contractEndRequired()));
  const transferDate = optionalDate(row, 'transfer_date', checks);
  const tmt = requiredDate(row, 'tmt', checks, true);
  requiredText(row, 'unit_code', checks);
  requiredText(row, 'position_name', checks);
  return { name, birthDate, gender, type, contractEnd, transferDate, tmt };
}
