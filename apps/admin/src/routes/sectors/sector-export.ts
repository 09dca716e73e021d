import { type TFunction } from 'i18next';
import { type Client } from 'urql';
import { graphql } from '../../gql';
import {
  type SectorFilter,
  type SectorSort,
  type SectorsExportQuery as SectorsExportResult,
} from '../../gql/graphql';
import { loadAllPages } from '../../lib/export-all-pages';
import { type ExportColumn, type ExportRow } from '../../lib/export-table';
import { formatDateTime } from '../../lib/format';

const SectorsExportQuery = graphql(`
  query SectorsExport($first: Int!, $offset: Int!, $filter: SectorFilter, $sort: SectorSort) {
    sectors(first: $first, offset: $offset, filter: $filter, sort: $sort) {
      totalCount
      edges {
        node {
          id
          code
          name
          description
          archived
          updatedAt
        }
      }
    }
  }
`);

/** File name of the export, without extension. */
export const SECTOR_EXPORT_FILE = 'sektor';

const KEYS = ['code', 'name', 'description', 'status', 'updatedAt'] as const;
type SectorExportKey = (typeof KEYS)[number];
type SectorExportNode = SectorsExportResult['sectors']['edges'][number]['node'];

export function sectorExportColumns(t: TFunction): ExportColumn<SectorExportKey>[] {
  const titles: Record<SectorExportKey, string> = {
    code: t('common.code'),
    name: t('common.name'),
    description: t('common.description'),
    status: t('common.status'),
    updatedAt: t('common.updatedAt'),
  };
  return KEYS.map((key) => ({ key, title: titles[key] }));
}

function toExportRow(t: TFunction, node: SectorExportNode): ExportRow<SectorExportKey> {
  return {
    code: node.code,
    name: node.name,
    description: node.description,
    status: node.archived ? t('common.archived') : t('common.active'),
    // As the table shows it: Asia/Jakarta time, not the server's UTC instant.
    updatedAt: formatDateTime(node.updatedAt),
  };
}

/** Every sector matching the list's search, in its sort order, fetched 100 at a time. */
export async function loadSectorExportRows(
  client: Client,
  t: TFunction,
  variables: { filter: SectorFilter; sort: SectorSort },
  onProgress: (loaded: number, total: number) => void,
): Promise<ExportRow<SectorExportKey>[]> {
  const nodes = await loadAllPages(
    client,
    {
      query: SectorsExportQuery,
      variables: (page) => ({ ...variables, ...page }),
      connection: (data) => data.sectors,
    },
    onProgress,
  );
  return nodes.map((node) => toExportRow(t, node));
}
