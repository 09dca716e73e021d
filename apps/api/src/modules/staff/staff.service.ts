import { type EntityManager, type FilterQuery } from '@mikro-orm/core';
import { type Connection, pageWindow, toConnection } from '../../common/connection.js';
import { containsText } from '../../common/lookup.js';
import { importRoster } from './staff-import.js';
import { StaffMember } from './staff-member.entity.js';
import { type StaffImportResult, type StaffMembersArgs } from './staff.types.js';

export class StaffService {
  constructor(private readonly em: EntityManager) {}

  async list(args: StaffMembersArgs): Promise<Connection<StaffMember>> {
    const window = pageWindow(args);
    const filter = args.filter ?? {};
    const where: FilterQuery<StaffMember> = {};
    if (!filter.includeArchived) where.archivedAt = null;
    if (filter.unitId) where.unit = filter.unitId;
    if (filter.positionId) where.position = filter.positionId;
    if (filter.employmentType) where.employmentType = filter.employmentType;
    const search = filter.search?.trim();
    const text = containsText(this.em, search);
    if (search && text) where.$or = [{ name: text }, { nip: search.replace(/[\s.]/g, '') }];
    const [rows, total] = await this.em.findAndCount(StaffMember, where, {
      ...window,
      orderBy: { name: 'asc', id: 'asc' },
    });
    return toConnection(rows, total, window);
  }

  importCsv(csv: string, dryRun: boolean): Promise<StaffImportResult> {
    return importRoster(this.em, csv, dryRun);
  }
}
