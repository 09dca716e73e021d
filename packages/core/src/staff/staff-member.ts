import { GENDERS, type Gender } from '../ids/id-common.js';
import { parseNiPppk } from '../ids/ni-pppk.js';
import { parseNip } from '../ids/nip.js';
import { isIsoDate } from '../shared/dates.js';
import { collapseWhitespace, toNullableText } from '../shared/text.js';
import { issue, isOneOf, type ValidationIssue } from '../shared/validation.js';
import { EMPLOYMENT_TYPES, type EmploymentType } from './roster.js';

/** A civil servant in post, as the supply projection needs them. */
export type StaffMember = {
  id: string;
  birthDate: string;
  retirementAge: number;
  employmentType: EmploymentType;
  /** Last day of a PPPK contract (ignored for PNS). */
  contractEnd: string | null;
  /** Known date the member moves out of the unit. */
  transferDate: string | null;
};

/** Why a member leaves the roster when archived by hand (the stored leaving dates project the planned ones). */
export const STAFF_ARCHIVE_REASONS = ['RETIRED', 'RESIGNED', 'DIED', 'TRANSFERRED_OUT'] as const;
export type StaffArchiveReason = (typeof STAFF_ARCHIVE_REASONS)[number];

/** What one entry of a member's history records: an edit of their details, a move, or the archiving. */
export const STAFF_CHANGE_KINDS = ['EDIT', 'MOVE', 'ARCHIVE'] as const;
export type StaffChangeKind = (typeof STAFF_CHANGE_KINDS)[number];

/** A member's own details, as a form edits them; dates 'YYYY-MM-DD'. */
export type StaffDetails = {
  nip: string;
  name: string;
  birthDate: string;
  gender: Gender;
  employmentType: EmploymentType;
  contractEnd: string | null;
  transferDate: string | null;
  /** TMT in the current position. */
  tmt: string;
};
export const STAFF_DETAIL_FIELDS = [
  'nip',
  'name',
  'birthDate',
  'gender',
  'employmentType',
  'contractEnd',
  'transferDate',
  'tmt',
] as const satisfies readonly (keyof StaffDetails)[];

/** One changed value in a member's history; values as stored, null for empty. */
export type StaffFieldChange = { field: string; from: string | null; to: string | null };

export const STAFF_NAME_MAX_LENGTH = 200;
export const STAFF_NOTE_MAX_LENGTH = 500;

/** Trims the text, strips the NIP's separators, and drops a contract end for PNS (only PPPK have contracts). */
export function normalizeStaffDetails(details: StaffDetails): StaffDetails {
  return {
    ...details,
    nip: details.nip.replace(/[\s.]/g, ''),
    name: collapseWhitespace(details.name),
    birthDate: details.birthDate.trim(),
    contractEnd: details.employmentType === 'PPPK' ? toNullableText(details.contractEnd) : null,
    transferDate: toNullableText(details.transferDate),
    tmt: details.tmt.trim(),
  };
}

function dateIssues(field: string, value: string | null, today: string | null): ValidationIssue[] {
  if (value === null) return [];
  if (!isIsoDate(value))
    return [issue(field, 'INVALID_DATE', `${field} must be a date YYYY-MM-DD; got '${value}'.`)];
  if (today !== null && value > today)
    return [issue(field, 'INVALID_DATE', `${field} ${value} is in the future.`)];
  return [];
}

/**
 * The errors of the NIP (PNS) or NI PPPK by the rules of domain.md §6 (field `nip`). A birth date or sex the
 * identifier disagrees with is only a warning there (identifiers are permanent), so it does not stop a save.
 */
export function staffIdentifierIssues(
  member: Pick<StaffDetails, 'nip' | 'employmentType'>,
  today: string,
): ValidationIssue[] {
  const options = { today, field: 'nip' };
  const parsed =
    member.employmentType === 'PPPK' ? parseNiPppk(member.nip, options) : parseNip(member.nip, options);
  return parsed.errors;
}

/**
 * Every problem of a member's details (normalised first), each naming its field: the name, the dates (TMT not in
 * the future), a PPPK's contract end, and the identifier's own format — the roster import's rules.
 */
export function validateStaffDetails(details: StaffDetails, today: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (details.name === '') issues.push(issue('name', 'REQUIRED', 'name is required.'));
  if (details.name.length > STAFF_NAME_MAX_LENGTH)
    issues.push(issue('name', 'TOO_LONG', `name must be at most ${STAFF_NAME_MAX_LENGTH} characters.`));
  if (!isOneOf(GENDERS, details.gender))
    issues.push(issue('gender', 'INVALID_VALUE', `gender must be MALE or FEMALE; got '${details.gender}'.`));
  if (!isOneOf(EMPLOYMENT_TYPES, details.employmentType))
    issues.push(issue('employmentType', 'INVALID_VALUE', 'employmentType must be PNS or PPPK.'));
  issues.push(...dateIssues('birthDate', details.birthDate, today));
  if (details.employmentType === 'PPPK' && details.contractEnd === null)
    issues.push(issue('contractEnd', 'REQUIRED', 'contractEnd is required for PPPK.'));
  issues.push(...dateIssues('contractEnd', details.contractEnd, null));
  issues.push(...dateIssues('transferDate', details.transferDate, null));
  issues.push(...dateIssues('tmt', details.tmt, today));
  return issues.length > 0 ? issues : staffIdentifierIssues(details, today);
}

/** The fields whose values differ between two versions of a member's details, in STAFF_DETAIL_FIELDS order. */
export function staffDetailChanges(before: StaffDetails, after: StaffDetails): StaffFieldChange[] {
  return STAFF_DETAIL_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    from: before[field],
    to: after[field],
  }));
}

/** A move to another position (and with it maybe another unit) from a TMT. */
export type StaffMove = { positionId: string; tmt: string };

/** A move names another position than the current one and a TMT from the current one's, not in the future. */
export function validateStaffMove(
  move: StaffMove,
  current: { positionId: string; tmt: string },
  today: string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (move.positionId === current.positionId)
    issues.push(issue('positionId', 'NOT_ALLOWED', 'positionId: the member already holds this position.'));
  const tmt = move.tmt.trim();
  const tmtIssues = dateIssues('tmt', tmt, today);
  issues.push(...tmtIssues);
  if (tmtIssues.length === 0 && tmt < current.tmt)
    issues.push(
      issue('tmt', 'INVALID_DATE', `tmt ${tmt} is before the TMT in the current position (${current.tmt}).`),
    );
  return issues;
}

/** Why and from when a member leaves the roster, with an optional note. */
export type StaffArchive = { reason: StaffArchiveReason; date: string; note: string | null };

/** An archive names a reason, a date from the member's TMT up to today, and a note of at most 500 characters. */
export function validateStaffArchive(
  archive: StaffArchive,
  member: { tmt: string },
  today: string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isOneOf(STAFF_ARCHIVE_REASONS, archive.reason))
    issues.push(
      issue('reason', 'INVALID_VALUE', `reason must be one of ${STAFF_ARCHIVE_REASONS.join(', ')}.`),
    );
  const date = archive.date.trim();
  const dateProblems = dateIssues('date', date, today);
  issues.push(...dateProblems);
  if (dateProblems.length === 0 && date < member.tmt)
    issues.push(issue('date', 'INVALID_DATE', `date ${date} is before the member's TMT (${member.tmt}).`));
  if ((archive.note ?? '').length > STAFF_NOTE_MAX_LENGTH)
    issues.push(issue('note', 'TOO_LONG', `note must be at most ${STAFF_NOTE_MAX_LENGTH} characters.`));
  return issues;
}
