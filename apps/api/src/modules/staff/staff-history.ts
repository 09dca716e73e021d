import { type EntityManager } from '@mikro-orm/core';
import { maskNip, type StaffArchiveReason, type StaffChangeKind, type StaffFieldChange } from '@formasi/core';
import { User } from '../../auth/user.entity.js';
import { type StaffMember } from './staff-member.entity.js';
import { StaffMemberChange } from './staff-member-change.entity.js';

/** Who makes a change: the signed-in account. */
export type Author = { id: string; name: string };

export type HistoryEntry = {
  kind: StaffChangeKind;
  changes: StaffFieldChange[];
  effectiveOn?: string | null;
  archiveReason?: StaffArchiveReason | null;
  note?: string | null;
};

/** Adds an entry to the member's history in the unit of work of the change (flushed with it). */
export function recordChange(
  em: EntityManager,
  member: StaffMember,
  author: Author,
  entry: HistoryEntry,
): StaffMemberChange {
  return em.create(StaffMemberChange, {
    member,
    kind: entry.kind,
    changedAt: new Date(),
    changedBy: em.getReference(User, author.id),
    changedByName: author.name,
    changes: entry.changes,
    effectiveOn: entry.effectiveOn ?? null,
    archiveReason: entry.archiveReason ?? null,
    note: entry.note ?? null,
  });
}

/** Masks a personal value as the member's own fields are masked: the NIP partly, the birth date whole. */
function maskValue(field: string, value: string | null): string | null {
  if (value === null) return null;
  if (field === 'nip') return maskNip(value);
  if (field === 'birthDate') return null;
  return value;
}

/** A history entry's changes as a reader may see them (UU 27/2022): unmasked for administrators only. */
export function visibleChanges(
  changes: readonly StaffFieldChange[],
  seesPersonalData: boolean,
): StaffFieldChange[] {
  if (seesPersonalData) return [...changes];
  return changes.map((change) => ({
    field: change.field,
    from: maskValue(change.field, change.from),
    to: maskValue(change.field, change.to),
  }));
}
