import { type EntityManager } from '@mikro-orm/core';
import { type Connection, pageWindow } from '../../common/connection.js';
import { listConnection } from '../../common/row-query.js';
import { type Row } from '../../common/row-table.js';
import { type Selection } from '../../common/selection.js';
import { importRoster } from './staff-import.js';
import { type StaffMember } from './staff-member.entity.js';
import { type StaffImportResult, type StaffMembersArgs } from './staff.types.js';
import { type ServiceDeps } from '../../common/service-deps.js';

export class StaffService {
  constructor(private readonly deps: ServiceDeps) {}

  private get em(): EntityManager {
    return this.deps.em;
  }

  /** The roster by name, as plain rows with the selected position and unit joined. */
  list(args: StaffMembersArgs, selection: Selection): Promise<Connection<Row<StaffMember>>> {
    const filter = args.filter ?? {};
    return listConnection<StaffMember>(this.em, pageWindow(args), {
      entity: 'StaffMember',
      selection,
      filter: (where) => {
        if (!filter.includeArchived) where.isNull('archived_at');
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

  /** Imports (or with `dryRun` only checks) a roster CSV; the report's messages are in `language`. */
  /** Imports (or only checks) a roster CSV; its messages in the request's language. */
  importCsv(csv: string, dryRun: boolean): Promise<StaffImportResult> {
    return importRoster(this.em, csv, { dryRun, language: this.deps.language });
  }
}
