import { type TFunction } from 'i18next';
import { type Client } from 'urql';
import { graphql } from '../../gql';
import { type GapFilter, type GapSort, type GapsExportQuery as GapsExportResult } from '../../gql/graphql';
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

/** The API's cap on `first`: the export pages through the list in steps this large. */
export const EXPORT_PAGE_SIZE = 100;

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

/** Every gap matching the dashboard's filter, in its order, fetched 100 at a time. */
export async function loadAllGaps(
  client: Client,
  t: TFunction,
  variables: GapExportVariables,
  onProgress: (loaded: number, total: number) => void,
): Promise<ExportRow<GapExportKey>[]> {
  const rows: ExportRow<GapExportKey>[] = [];
  let total = Number.POSITIVE_INFINITY;
  while (rows.length < total) {
    const result = await client
      .query(
        GapsExportQuery,
        { ...variables, first: EXPORT_PAGE_SIZE, offset: rows.length },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error) throw result.error;
    const page = result.data?.gaps;
    if (!page) throw new Error('The gaps query answered without data.');
    total = page.totalCount;
    // A list that shrank while paging ends here rather than asking forever.
    if (page.edges.length === 0) break;
    for (const { node } of page.edges) rows.push(toExportRow(t, node, rows.length + 1));
    onProgress(rows.length, total);
  }
  return rows;
}
