import { type RosterColumn, toRosterRow } from '@formasi/core';
import { type Client } from 'urql';
import { graphql } from '../../gql';
import { type StaffExportQuery as StaffExportResult, type StaffMemberFilter } from '../../gql/graphql';
import { loadAllPages } from '../../lib/export-all-pages';
import { type ExportColumn, type ExportRow } from '../../lib/export-table';
import { ROSTER_CSV_COLUMNS } from './staff-csv';

const StaffExportQuery = graphql(`
  query StaffExport($first: Int!, $offset: Int!, $filter: StaffMemberFilter) {
    staffMembers(first: $first, offset: $offset, filter: $filter) {
      totalCount
      edges {
        node {
          id
          nip
          name
          birthDate
          gender
          employmentType
          tmt
          contractEnd
          transferDate
          position {
            id
            name
          }
          unit {
            id
            code
          }
        }
      }
    }
  }
`);

/** File name of the export, without extension. */
export const STAFF_EXPORT_FILE = 'data-pegawai';

type StaffExportNode = StaffExportResult['staffMembers']['edges'][number]['node'];

/**
 * The export's columns are the import's (core's ROSTER_COLUMNS, titled by their names), so an exported file can be
 * edited and imported back.
 */
export const staffExportColumns = (): readonly ExportColumn<RosterColumn>[] => ROSTER_CSV_COLUMNS;

/**
 * One member as a roster row (core's toRosterRow). The NIP and birth date are written as the server sends them:
 * masked and empty for non-administrators, who cannot import either; dates stay YYYY-MM-DD.
 */
function toExportRow(node: StaffExportNode): ExportRow<RosterColumn> {
  return toRosterRow({
    nip: node.nip,
    name: node.name,
    birthDate: node.birthDate ?? null,
    gender: node.gender,
    employmentType: node.employmentType,
    contractEnd: node.contractEnd ?? null,
    transferDate: node.transferDate ?? null,
    tmt: node.tmt,
    unitCode: node.unit.code,
    positionName: node.position.name,
  });
}

/** Every staff member matching the roster's filter, by name, fetched 100 at a time. */
export async function loadStaffExportRows(
  client: Client,
  filter: StaffMemberFilter,
  onProgress: (loaded: number, total: number) => void,
): Promise<ExportRow<RosterColumn>[]> {
  const nodes = await loadAllPages(
    client,
    {
      query: StaffExportQuery,
      variables: (page) => ({ filter, ...page }),
      connection: (data) => data.staffMembers,
    },
    onProgress,
  );
  return nodes.map(toExportRow);
}
