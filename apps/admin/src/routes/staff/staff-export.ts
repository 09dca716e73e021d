import { type TFunction } from 'i18next';
import { type Client } from 'urql';
import { graphql } from '../../gql';
import { type StaffExportQuery as StaffExportResult, type StaffMemberFilter } from '../../gql/graphql';
import { loadAllPages } from '../../lib/export-all-pages';
import { type ExportColumn, type ExportRow } from '../../lib/export-table';

const StaffExportQuery = graphql(`
  query StaffExport($first: Int!, $offset: Int!, $filter: StaffMemberFilter) {
    staffMembers(first: $first, offset: $offset, filter: $filter) {
      totalCount
      edges {
        node {
          id
          nip
          name
          gender
          employmentType
          tmt
          retirementDate
          contractEnd
          transferDate
          archived
          position {
            id
            name
          }
          unit {
            id
            code
            name
          }
        }
      }
    }
  }
`);

/** File name of the export, without extension. */
export const STAFF_EXPORT_FILE = 'data-pegawai';

const KEYS = [
  'nip',
  'name',
  'gender',
  'employmentType',
  'position',
  'unitCode',
  'unit',
  'tmt',
  'retirementDate',
  'contractEnd',
  'transferDate',
  'status',
] as const;
type StaffExportKey = (typeof KEYS)[number];
type StaffExportNode = StaffExportResult['staffMembers']['edges'][number]['node'];

export function staffExportColumns(t: TFunction): ExportColumn<StaffExportKey>[] {
  const titles: Record<StaffExportKey, string> = {
    nip: t('staff.nip'),
    name: t('staff.name'),
    gender: t('staff.gender'),
    employmentType: t('staff.employmentType'),
    position: t('staff.position'),
    unitCode: t('export.unitCode'),
    unit: t('staff.unit'),
    tmt: t('staff.tmt'),
    retirementDate: t('staff.retirementDate'),
    contractEnd: t('staff.contractEnd'),
    transferDate: t('staff.transferDate'),
    status: t('common.status'),
  };
  return KEYS.map((key) => ({ key, title: titles[key] }));
}

/**
 * One roster row. The NIP is written as the server sends it (masked for non-administrators); dates stay
 * YYYY-MM-DD, which every spreadsheet reads as a date whatever its locale.
 */
function toExportRow(t: TFunction, node: StaffExportNode): ExportRow<StaffExportKey> {
  return {
    nip: node.nip,
    name: node.name,
    gender: t(`staff.genders.${node.gender}`),
    employmentType: t(`staff.employmentTypes.${node.employmentType}`),
    position: node.position.name,
    unitCode: node.unit.code,
    unit: node.unit.name,
    tmt: node.tmt,
    retirementDate: node.retirementDate,
    contractEnd: node.contractEnd,
    transferDate: node.transferDate,
    status: node.archived ? t('common.archived') : t('common.active'),
  };
}

/** Every staff member matching the roster's filter, by name, fetched 100 at a time. */
export async function loadStaffExportRows(
  client: Client,
  t: TFunction,
  filter: StaffMemberFilter,
  onProgress: (loaded: number, total: number) => void,
): Promise<ExportRow<StaffExportKey>[]> {
  const nodes = await loadAllPages(
    client,
    {
      query: StaffExportQuery,
      variables: (page) => ({ filter, ...page }),
      connection: (data) => data.staffMembers,
    },
    onProgress,
  );
  return nodes.map((node) => toExportRow(t, node));
}
