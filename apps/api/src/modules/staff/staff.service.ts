import { type EntityManager } from '@mikro-orm/core';
import { isoDateInJakarta } from '@formasi/core';
import { type Connection, pageWindow } from '../../common/connection.js';
import { listConnection } from '../../common/row-query.js';
import { type Row } from '../../common/row-table.js';
import { type Selection } from '../../common/selection.js';
import { findById } from '../../common/lookup.js';
import { type Author } from './staff-history.js';
import { importRoster } from './staff-import.js';
import { archiveStaffMember, moveStaffMember, updateStaffMember } from './staff-member-writes.js';
import { StaffMember } from './staff-member.entity.js';
import {
  type ArchiveStaffMemberInput,
  type MoveStaffMemberInput,
  type UpdateStaffMemberInput,
} from './staff.inputs.js';
import { type StaffImportResult, type StaffMembersArgs } from './staff.types.js';

export class StaffService {
  constructor(private readonly em: EntityManager) {}

  /**
   * The roster by name, as plain rows with the selected position and unit joined. By default only current staff:
   * not archived and in post today in Jakarta (core's isBeforePension, over the stored pension date).
   */
  list(args: StaffMembersArgs, selection: Selection): Promise<Connection<Row<StaffMember>>> {
    const filter = args.filter ?? {};
    const today = isoDateInJakarta(new Date());
    return listConnection<StaffMember>(this.em, pageWindow(args), {
      entity: 'StaffMember',
      selection,
      filter: (where) => {
        if (!filter.includeArchived) where.isNull('archived_at').raw('{t}."retires_on" > ?', [today]);
        where
          .equals('unit_id', filter.unitId)
          .equals('position_id', filter.positionId)
          .equals('employment_type', filter.employmentType)
          .contains(['name'], filter.search, {
            column: 'nip',
            value: (term) => term.replace(/[\s.]/g, ''),
          });
      },
      order: [
        { path: ['name'], direction: 'asc' },
        { path: ['id'], direction: 'asc' },
      ],
    });
  }

  /** One member, archived or not (the member page), or null. */
  get(id: string): Promise<StaffMember | null> {
    return findById(this.em, StaffMember, id);
  }

  update(id: string, input: UpdateStaffMemberInput, author: Author): Promise<StaffMember> {
    return updateStaffMember(this.em, id, input, author);
  }

  move(id: string, input: MoveStaffMemberInput, author: Author): Promise<StaffMember> {
    return moveStaffMember(this.em, id, input, author);
  }

  archive(id: string, input: ArchiveStaffMemberInput, author: Author): Promise<StaffMember> {
    return archiveStaffMember(this.em, id, input, author);
  }

  importCsv(csv: string, dryRun: boolean): Promise<StaffImportResult> {
    return importRoster(this.em, csv, { dryRun });
  }
}
