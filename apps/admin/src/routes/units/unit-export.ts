import { type TFunction } from 'i18next';
import { type Client } from 'urql';
import { graphql } from '../../gql';
import {
  type UnitFilter,
  type UnitSort,
  type UnitsExportQuery as UnitsExportResult,
} from '../../gql/graphql';
import { loadAllPages } from '../../lib/export-all-pages';
import { type ExportColumn, type ExportRow } from '../../lib/export-table';

const UnitsExportQuery = graphql(`
  query UnitsExport($first: Int!, $offset: Int!, $filter: UnitFilter, $sort: UnitSort) {
    units(first: $first, offset: $offset, filter: $filter, sort: $sort) {
      totalCount
      edges {
        node {
          id
          code
          name
          kind
          archived
          sector {
            id
            name
          }
          parent {
            id
            name
          }
          kecamatan {
            id
            name
          }
        }
      }
    }
  }
`);

/** File name of the export, without extension. */
export const UNIT_EXPORT_FILE = 'unit-kerja';

const KEYS = ['code', 'name', 'kind', 'sector', 'parent', 'kecamatan', 'status'] as const;
type UnitExportKey = (typeof KEYS)[number];
type UnitExportNode = UnitsExportResult['units']['edges'][number]['node'];

export function unitExportColumns(t: TFunction): ExportColumn<UnitExportKey>[] {
  const titles: Record<UnitExportKey, string> = {
    code: t('common.code'),
    name: t('common.name'),
    kind: t('units.kind'),
    sector: t('units.sector'),
    parent: t('units.parent'),
    kecamatan: t('units.kecamatan'),
    status: t('common.status'),
  };
  return KEYS.map((key) => ({ key, title: titles[key] }));
}

function toExportRow(t: TFunction, node: UnitExportNode): ExportRow<UnitExportKey> {
  return {
    code: node.code,
    name: node.name,
    kind: t(`enums.UnitKind.${node.kind}`),
    sector: node.sector.name,
    parent: node.parent?.name,
    kecamatan: node.kecamatan?.name,
    status: node.archived ? t('common.archived') : t('common.active'),
  };
}

/** Every unit matching the list's filter, in its sort order, fetched 100 at a time. */
export async function loadUnitExportRows(
  client: Client,
  t: TFunction,
  variables: { filter: UnitFilter; sort: UnitSort },
  onProgress: (loaded: number, total: number) => void,
): Promise<ExportRow<UnitExportKey>[]> {
  const nodes = await loadAllPages(
    client,
    {
      query: UnitsExportQuery,
      variables: (page) => ({ ...variables, ...page }),
      connection: (data) => data.units,
    },
    onProgress,
  );
  return nodes.map((node) => toExportRow(t, node));
}
