import { type EntityManager } from '@mikro-orm/core';
import { isoDateInJakarta } from '@formasi/core';
import { type Connection, pageWindow } from '../../common/connection.js';
import { listConnection } from '../../common/row-query.js';
import { type Row } from '../../common/row-table.js';
import { type Selection } from '../../common/selection.js';
import { unauthenticated } from '../../common/errors.js';
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
import { type ServiceDeps } from '../../common/service-deps.js';

export class StaffService {
  constructor(private readonly deps: ServiceDeps) {}

  private get em(): EntityManager {
    return this.deps.em;
  }

  /** Who a change is recorded under: the signed-in user (the mutations require one). */
  private author(): Author {
    const { user } = this.deps;
    if (!user) throw unauthenticated();
    return { id: user.id, name: user.name };
  }

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

  /** Edits a member's details, recorded in their history under the acting user. */
  update(id: string, input: UpdateStaffMemberInput): Promise<StaffMember> {
    return updateStaffMember(this.em, id, input, this.author());
  }

  move(id: string, input: MoveStaffMemberInput): Promise<StaffMember> {
    return moveStaffMember(this.em, id, input, this.author());
  }

  archive(id: string, input: ArchiveStaffMemberInput): Promise<StaffMember> {
    return archiveStaffMember(this.em, id, input, this.author());
  }

  /** Imports (or only checks) a roster CSV; its messages in the request's language. */
  importCsv(csv: string, dryRun: boolean): Promise<StaffImportResult> {
    return importRoster(this.em, csv, { dryRun, language: this.deps.language });
  }
}
