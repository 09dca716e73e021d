import { type EntityManager } from '@mikro-orm/core';
import {
  assertValid,
  DomainError,
  isoDateInJakarta,
  issue,
  normalizeStaffDetails,
  type StaffDetails,
  type StaffFieldChange,
  staffDetailChanges,
  toNullableText,
  validateStaffArchive,
  validateStaffDetails,
  validateStaffMove,
} from '@formasi/core';
import { findActiveReference, findOrFail } from '../../common/lookup.js';
import { inTransaction } from '../../common/transaction.js';
import { refreshGaps } from '../gaps/gap-refresh.js';
import { Position } from '../positions/position.entity.js';
import { type Author, recordChange } from './staff-history.js';
import { leavingColumnsOf } from './staff-leaving.js';
import { StaffMember } from './staff-member.entity.js';
import {
  type ArchiveStaffMemberInput,
  type MoveStaffMemberInput,
  type UpdateStaffMemberInput,
} from './staff.inputs.js';

const today = (): string => isoDateInJakarta(new Date());

const detailsOf = (member: StaffMember): StaffDetails => ({
  nip: member.nip,
  name: member.name,
  birthDate: member.birthDate,
  gender: member.gender,
  employmentType: member.employmentType,
  contractEnd: member.contractEnd,
  transferDate: member.transferDate,
  tmt: member.tmt,
});

/** The member a change names, or NOT_FOUND; an archived member is refused (their record is closed). */
async function findCurrent(em: EntityManager, id: string): Promise<StaffMember> {
  const member = await findOrFail(em, StaffMember, 'StaffMember', id);
  if (member.archivedAt) {
    throw new DomainError([
      issue('id', 'ARCHIVED', `Staff member ${id} is archived and can no longer change.`),
    ]);
  }
  return member;
}

/** One NIP per member: the roster import matches members by it. Checked before any entity changes (auto-flush). */
async function assertNipFree(em: EntityManager, nip: string, exceptId: string): Promise<void> {
  const clash = await em.findOne(StaffMember, { nip, id: { $ne: exceptId } }, { fields: ['id'] });
  if (clash) throw new DomainError([issue('nip', 'DUPLICATE', `Another staff member has NIP ${nip}.`)]);
}

/**
 * Edits a member's details by core's rules (the roster import's), stores their new leaving dates, records what
 * changed and refreshes their position's gaps, in one transaction. Nothing changed: nothing is written.
 */
export function updateStaffMember(
  em: EntityManager,
  id: string,
  input: UpdateStaffMemberInput,
  author: Author,
): Promise<StaffMember> {
  return inTransaction(em, async (tx) => {
    const member = await findCurrent(tx, id);
    const before = detailsOf(member);
    const after = normalizeStaffDetails({
      nip: input.nip ?? before.nip,
      name: input.name ?? before.name,
      birthDate: input.birthDate ?? before.birthDate,
      gender: input.gender ?? before.gender,
      employmentType: input.employmentType ?? before.employmentType,
      contractEnd: input.contractEnd === undefined ? before.contractEnd : input.contractEnd,
      transferDate: input.transferDate === undefined ? before.transferDate : input.transferDate,
      tmt: input.tmt ?? before.tmt,
    });
    assertValid(validateStaffDetails(after, today()));
    const changes = staffDetailChanges(before, after);
    if (changes.length === 0) return member;
    if (after.nip !== before.nip) await assertNipFree(tx, after.nip, member.id);
    const position = await member.position.loadOrFail();
    tx.assign(member, { ...after, ...leavingColumnsOf(after, position.retirementAge) });
    recordChange(tx, member, author, { kind: 'EDIT', changes });
    await refreshGaps(tx, { positionIds: [position.id] });
    return member;
  });
}

/**
 * Moves a member to another active position (and its unit) from a TMT: new leaving dates by the new position's
 * BUP, a history entry with the old and new position and unit, and the gaps of both positions, in one transaction.
 */
export function moveStaffMember(
  em: EntityManager,
  id: string,
  input: MoveStaffMemberInput,
  author: Author,
): Promise<StaffMember> {
  return inTransaction(em, async (tx) => {
    const member = await findCurrent(tx, id);
    const target = await findActiveReference(tx, Position, 'Position', 'positionId', input.positionId);
    const tmt = input.tmt.trim();
    assertValid(
      validateStaffMove(
        { positionId: target.id, tmt },
        { positionId: member.position.id, tmt: member.tmt },
        today(),
      ),
    );
    const [from, fromUnit, toUnit] = await Promise.all([
      member.position.loadOrFail(),
      member.unit.loadOrFail(),
      target.unit.loadOrFail(),
    ]);
    const changes: StaffFieldChange[] = [
      ...(fromUnit.id === toUnit.id ? [] : [{ field: 'unit', from: fromUnit.name, to: toUnit.name }]),
      { field: 'position', from: from.name, to: target.name },
      { field: 'tmt', from: member.tmt, to: tmt },
    ];
    tx.assign(member, {
      position: target,
      unit: toUnit,
      tmt,
      ...leavingColumnsOf(detailsOf(member), target.retirementAge),
    });
    recordChange(tx, member, author, { kind: 'MOVE', changes, effectiveOn: tmt });
    await refreshGaps(tx, { positionIds: [from.id, target.id] });
    return member;
  });
}

/**
 * Archives a member with a reason (retired, resigned, died, transferred out) and its date: they leave the roster,
 * the bezetting and the gaps of their position, which are refreshed in the same transaction as the history entry.
 */
export function archiveStaffMember(
  em: EntityManager,
  id: string,
  input: ArchiveStaffMemberInput,
  author: Author,
): Promise<StaffMember> {
  return inTransaction(em, async (tx) => {
    const member = await findCurrent(tx, id);
    const archive = {
      reason: input.reason,
      date: input.date.trim(),
      note: toNullableText(input.note ?? null),
    };
    assertValid(validateStaffArchive(archive, member, today()));
    member.archivedAt = new Date();
    recordChange(tx, member, author, {
      kind: 'ARCHIVE',
      changes: [],
      effectiveOn: archive.date,
      archiveReason: archive.reason,
      note: archive.note,
    });
    await refreshGaps(tx, { positionIds: [member.position.id] });
    return member;
  });
}
