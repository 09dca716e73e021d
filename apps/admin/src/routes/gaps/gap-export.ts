import { type TFunction } from 'i18next';
import { type Client } from 'urql';
import { graphql } from '../../gql';
import { type GapFilter, type GapSort, type GapsExportQuery as GapsExportResult } from '../../gql/graphql';
import { loadAllPages } from '../../lib/export-all-pages';
import { type ExportColumn, type ExportRow } from '../../lib/export-table';

const GapsExportQuery = graphql(`
  query GapsExport(
    $year: Int!
    $horizon: Int!
    $first: Int!
    $offset: Int!
    $filter: GapFilter
    $sort: GapSort
  ) {
    gaps(year: $year, horizon: $horizon, first: $first, offset: $offset, filter: $filter, sort: $sort) {
      totalCount
      edges {
        node {
          id
          position {
            id
            name
            kind
          }
          unit {
            id
            code
            name
          }
          sector {
            id
            name
          }
          kecamatan {
            id
            name
          }
          need
          headcount
          staff
          leaving
          projectedStaff
          gap
          kind
          priority
        }
      }
    }
  }
`);

export const GAP_EXPORT_KEYS = [
  'rank',
  'position',
  'positionKind',
  'unitCode',
  'unit',
  'sector',
  'kecamatan',
  'need',
  'headcount',
  'staff',
  'leaving',
  'projectedStaff',
  'gap',
  'gapKind',
  'priority',
] as const;
export type GapExportKey = (typeof GAP_EXPORT_KEYS)[number];

export interface GapExportVariables {
  year: number;
  horizon: number;
  filter: GapFilter;
  sort: GapSort;
}

type GapExportNode = GapsExportResult['gaps']['edges'][number]['node'];

export function gapExportColumns(t: TFunction, horizonYear: number): ExportColumn<GapExportKey>[] {
  const titles: Record<GapExportKey, string> = {
    rank: t('gaps.rank'),
    position: t('gaps.position'),
    positionKind: t('gaps.positionKind'),
    unitCode: t('gaps.unitCode'),
    unit: t('gaps.unit'),
    sector: t('gaps.sector'),
    kecamatan: t('gaps.kecamatan'),
    need: t('gaps.need'),
    headcount: t('gaps.headcount'),
    staff: t('gaps.staff'),
    leaving: t('gaps.leavingBy', { year: horizonYear }),
    projectedStaff: t('gaps.projectedBy', { year: horizonYear }),
    gap: t('gaps.gap'),
    gapKind: t('gaps.gapKind'),
    priority: t('gaps.priority'),
  };
  return GAP_EXPORT_KEYS.map((key) => ({ key, title: titles[key] }));
}

function toExportRow(t: TFunction, node: GapExportNode, rank: number): ExportRow<GapExportKey> {
  return {
    rank,
    position: node.position.name,
    positionKind: t(`enums.PositionKind.${node.position.kind}`),
    unitCode: node.unit.code,
    unit: node.unit.name,
    sector: node.sector.name,
    kecamatan: node.kecamatan?.name,
    need: node.need,
    headcount: node.headcount,
    staff: node.staff,
    leaving: node.leaving,
    projectedStaff: node.projectedStaff,
    gap: node.gap,
    gapKind: t(`gaps.kind.${node.kind}`),
    priority: node.priority,
  };
}

/** Every gap matching the dashboard's filter, in its order (rank 1 first), fetched 100 at a time. */
export async function loadAllGaps(
  client: Client,
  t: TFunction,
  variables: GapExportVariables,
  onProgress: (loaded: number, total: number) => void,
): Promise<ExportRow<GapExportKey>[]> {
  const nodes = await loadAllPages(
    client,
    {
      query: GapsExportQuery,
      variables: (page) => ({ ...variables, ...page }),
      connection: (data) => data.gaps,
    },
    onProgress,
  );
  return nodes.map((node, index) => toExportRow(t, node, index + 1));
}
