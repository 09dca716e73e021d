import { type EntityManager } from '@mikro-orm/core';
import { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { type StaffMember as SupplyMember } from '@formasi/core';
import { StaffMember } from './staff-member.entity.js';

type SupplyRow = {
  id: string;
  position_id: string;
  birth_date: string;
  employment_type: 'PNS' | 'PPPK';
  contract_end: string | null;
  transfer_date: string | null;
  retirement_age: number;
};

/**
 * Active staff as the supply projection needs them, straight from SQL: a city roster has thousands of rows and
 * hydrating entities for them costs most of a gap computation.
 */
export async function loadSupply(
  em: EntityManager,
  scope: { positionIds?: readonly string[]; sectorId?: string | null },
): Promise<{ positionId: string; member: SupplyMember }[]> {
  if (!(em instanceof SqlEntityManager)) throw new Error('loadSupply needs an SQL EntityManager');
  const query = em
    .createQueryBuilder(StaffMember, 's')
    .select([
      's.id',
      's.position_id',
      's.birth_date',
      's.employment_type',
      's.contract_end',
      's.transfer_date',
      'p.retirement_age',
    ])
    .join('s.position', 'p')
    .where({ archivedAt: null });
  if (scope.positionIds) query.andWhere({ position: { $in: [...scope.positionIds] } });
  if (scope.sectorId) query.andWhere({ position: { sector: scope.sectorId } });
  const rows: SupplyRow[] = await query.execute('all', false);
  return rows.map((row) => ({
    positionId: row.position_id,
    member: {
      id: row.id,
      birthDate: row.birth_date,
      retirementAge: Number(row.retirement_age),
      employmentType: row.employment_type,
      contractEnd: row.contract_end,
      transferDate: row.transfer_date,
    },
  }));
}
