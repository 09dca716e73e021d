import { leavingDateOf, type LeavingReason, retirementDate } from '@formasi/core';

/** What a member's leaving is computed from: their own dates and the BUP of the position they hold. */
export type LeavingSource = {
  birthDate: string;
  employmentType: 'PNS' | 'PPPK';
  contractEnd: string | null;
  transferDate: string | null;
};

export type LeavingColumns = { retiresOn: string; leavesOn: string; leavingReason: LeavingReason };

/**
 * The stored leaving columns of a staff member, by core's rules (retirementDate, leavingDateOf). Every writer of
 * `staff_member` fills them (roster import, position BUP changes, seeders, gen-data, the migration that added
 * them), so lists and the retirement wave read columns. Throws core's DomainError for an invalid date or age.
 */
export function leavingColumnsOf(member: LeavingSource, retirementAge: number): LeavingColumns {
  const leaving = leavingDateOf({ id: '', ...member, retirementAge });
  return {
    retiresOn: retirementDate(member.birthDate, retirementAge),
    leavesOn: leaving.date,
    leavingReason: leaving.reason,
  };
}
