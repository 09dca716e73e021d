import { type Migration } from '@mikro-orm/migrations';
import { leavingColumnsOf } from '../modules/staff/staff-leaving.js';

type StaffSourceRow = {
  id: string;
  birth_date: string;
  employment_type: 'PNS' | 'PPPK';
  contract_end: string | null;
  transfer_date: string | null;
  retirement_age: number | string;
};

const BATCH = 500;

/**
 * Fills staff_member's leaving columns of every stored member with core's computation, in batches of one UPDATE
 * (a CASE per column), inside the migration's transaction. `quote` is the dialect's identifier quote.
 */
export async function backfillStaffLeaving(migration: Migration, quote: string): Promise<void> {
  const q = (name: string) => `${quote}${name}${quote}`;
  // The driver's plain rows, typed by the select list below.
  const rows = (await migration.execute(
    `select s.${q('id')}, s.${q('birth_date')}, s.${q('employment_type')}, s.${q('contract_end')}, s.${q('transfer_date')}, p.${q('retirement_age')}
     from ${q('staff_member')} s join ${q('position')} p on p.${q('id')} = s.${q('position_id')}`,
  )) as unknown as StaffSourceRow[];
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH).map((row) => ({
      id: row.id,
      ...leavingColumnsOf(
        {
          birthDate: row.birth_date,
          employmentType: row.employment_type,
          contractEnd: row.contract_end,
          transferDate: row.transfer_date,
        },
        Number(row.retirement_age),
      ),
    }));
    const params: string[] = [];
    const caseOf = (column: string, value: (row: (typeof batch)[number]) => string) =>
      `${q(column)} = case ${q('id')} ${batch
        .map((row) => {
          params.push(row.id, value(row));
          return 'when ? then ?';
        })
        .join(' ')} end`;
    const sets = [
      caseOf('retires_on', (row) => row.retiresOn),
      caseOf('leaves_on', (row) => row.leavesOn),
      caseOf('leaving_reason', (row) => row.leavingReason),
    ];
    params.push(...batch.map((row) => row.id));
    await migration.execute(
      `update ${q('staff_member')} set ${sets.join(', ')} where ${q('id')} in (${batch.map(() => '?').join(', ')})`,
      params,
    );
  }
}
