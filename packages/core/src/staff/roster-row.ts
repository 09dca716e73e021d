import { type Gender } from '../ids/id-common.js';
import { isIsoDate } from '../shared/dates.js';
import { issue, type ValidationIssue } from '../shared/validation.js';
import { type EmploymentType, isEmploymentType } from './roster.js';
import { STAFF_NAME_MAX_LENGTH, staffIdentifierIssues } from './staff-member.js';

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

const GENDER_CODES: Readonly<Record<string, Gender>> = {
  MALE: 'MALE',
  FEMALE: 'FEMALE',
  L: 'MALE',
  P: 'FEMALE',
};

function optionalDate(row: RosterRow, column: RosterColumn, issues: ValidationIssue[]): string | null {
  const value = row[column].trim();
  if (value === '') return null;
  if (!isIsoDate(value))
    issues.push(issue(column, 'INVALID_DATE', `${column} must be a date YYYY-MM-DD; got '${value}'.`));
  return value;
}

/** The unit a roster row names, as units' codes are stored (trimmed, upper case); '' when the cell is empty. */
export const rosterUnitCodeOf = (row: RosterRow): string => row.unit_code.trim().toUpperCase();

/** The position a roster row names (trimmed, inner spaces collapsed); '' when the cell is empty. */
export const rosterPositionNameOf = (row: RosterRow): string => row.position_name.trim().replace(/\s+/g, ' ');

/**
 * One CSV row of the roster: every problem as an issue whose field is the column name; the record when there is
 * none. NIP (PNS) or NI PPPK is checked with the identifier rules of domain.md §6.
 */
export function parseRosterRow(
  row: RosterRow,
  today: string,
): { record: RosterRecord | null; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const name = row.name.trim().replace(/\s+/g, ' ');
  if (name === '') issues.push(issue('name', 'REQUIRED', 'name is required.'));
  if (name.length > STAFF_NAME_MAX_LENGTH)
    issues.push(issue('name', 'TOO_LONG', `name must be at most ${STAFF_NAME_MAX_LENGTH} characters.`));
  const birthDate = row.birth_date.trim();
  if (!isIsoDate(birthDate))
    issues.push(
      issue('birth_date', 'INVALID_DATE', `birth_date must be a date YYYY-MM-DD; got '${birthDate}'.`),
    );
  const gender = GENDER_CODES[row.gender.trim().toUpperCase()];
  if (!gender)
    issues.push(
      issue('gender', 'INVALID_VALUE', `gender must be MALE/FEMALE (or L/P); got '${row.gender}'.`),
    );
  const type = row.employment_type.trim().toUpperCase();
  if (!isEmploymentType(type))
    issues.push(
      issue(
        'employment_type',
        'INVALID_VALUE',
        `employment_type must be PNS or PPPK; got '${row.employment_type}'.`,
      ),
    );
  const contractEnd = optionalDate(row, 'contract_end', issues);
  if (type === 'PPPK' && row.contract_end.trim() === '')
    issues.push(issue('contract_end', 'REQUIRED', 'contract_end is required for PPPK.'));
  const transferDate = optionalDate(row, 'transfer_date', issues);
  const tmt = row.tmt.trim();
  if (!isIsoDate(tmt))
    issues.push(issue('tmt', 'INVALID_DATE', `tmt must be a date YYYY-MM-DD; got '${tmt}'.`));
  else if (tmt > today) issues.push(issue('tmt', 'INVALID_DATE', `tmt ${tmt} is in the future.`));
  if (row.unit_code.trim() === '') issues.push(issue('unit_code', 'REQUIRED', 'unit_code is required.'));
  if (row.position_name.trim() === '')
    issues.push(issue('position_name', 'REQUIRED', 'position_name is required.'));
  if (!gender || !isEmploymentType(type)) return { record: null, issues };
  const record: RosterRecord = {
    nip: row.nip.replace(/[\s.]/g, ''),
    name,
    birthDate,
    gender,
    employmentType: type,
    contractEnd: type === 'PPPK' ? contractEnd : null,
    transferDate,
    tmt,
    unitCode: rosterUnitCodeOf(row),
    positionName: rosterPositionNameOf(row),
  };
  // The NIP encodes birth date and sex: a mismatch means one of the two columns is wrong.
  issues.push(...staffIdentifierIssues(record, today, 'birth_date'));
  return issues.length > 0 ? { record: null, issues } : { record, issues };
}
