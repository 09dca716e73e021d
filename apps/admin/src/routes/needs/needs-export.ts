import { type TFunction } from 'i18next';
import { type Client } from 'urql';
import { graphql } from '../../gql';
import {
  type NeedsAnalysesExportQuery as NeedsAnalysesExportResult,
  type NeedsAnalysisFilter,
} from '../../gql/graphql';
import { loadAllPages } from '../../lib/export-all-pages';
import { type ExportColumn, type ExportRow } from '../../lib/export-table';
import { formatDateTime } from '../../lib/format';

const NeedsAnalysesExportQuery = graphql(`
  query NeedsAnalysesExport($first: Int!, $offset: Int!, $filter: NeedsAnalysisFilter) {
    needsAnalyses(first: $first, offset: $offset, filter: $filter) {
      totalCount
      edges {
        node {
          id
          year
          version
          status
          totalFte
          totalHeadcount
          updatedAt
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

const KEYS = [
  'unitCode',
  'unit',
  'year',
  'version',
  'status',
  'totalFte',
  'totalHeadcount',
  'updatedAt',
] as const;
type NeedsExportKey = (typeof KEYS)[number];
type NeedsExportNode = NeedsAnalysesExportResult['needsAnalyses']['edges'][number]['node'];

/** File name of the export of one planning year, without extension. */
export function needsExportFileName(year: number): string {
  return `analisis-kebutuhan-${year}`;
}

export function needsExportColumns(t: TFunction): ExportColumn<NeedsExportKey>[] {
  const titles: Record<NeedsExportKey, string> = {
    unitCode: t('export.unitCode'),
    unit: t('needs.unit'),
    year: t('needs.year'),
    version: t('needs.version'),
    status: t('needs.status'),
    totalFte: t('needs.totalFte'),
    totalHeadcount: t('needs.totalHeadcount'),
    updatedAt: t('needs.updatedAt'),
  };
  return KEYS.map((key) => ({ key, title: titles[key] }));
}

// FTE to the two decimals the table shows; more is noise from summing fractions.
function roundFte(value: number): number {
  return Math.round(value * 100) / 100;
}

function toExportRow(t: TFunction, node: NeedsExportNode): ExportRow<NeedsExportKey> {
  return {
    unitCode: node.unit.code,
    unit: node.unit.name,
    year: node.year,
    version: node.version,
    status: t(`needs.statuses.${node.status}`),
    totalFte: roundFte(node.totalFte),
    totalHeadcount: node.totalHeadcount,
    updatedAt: formatDateTime(node.updatedAt),
  };
}

/** Every analysis matching the list's filter, in the list's order, fetched 100 at a time. */
export async function loadNeedsExportRows(
  client: Client,
  t: TFunction,
  filter: NeedsAnalysisFilter,
  onProgress: (loaded: number, total: number) => void,
): Promise<ExportRow<NeedsExportKey>[]> {
  const nodes = await loadAllPages(
    client,
    {
      query: NeedsAnalysesExportQuery,
      variables: (page) => ({ filter, ...page }),
      connection: (data) => data.needsAnalyses,
    },
    onProgress,
  );
  return nodes.map((node) => toExportRow(t, node));
}
