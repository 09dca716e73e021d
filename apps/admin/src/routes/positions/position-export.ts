import { sortEducationLevels } from '@formasi/core';
import { type TFunction } from 'i18next';
import { type Client } from 'urql';
import { graphql } from '../../gql';
import {
  type PositionFilter,
  type PositionSort,
  type PositionsExportQuery as PositionsExportResult,
} from '../../gql/graphql';
import { loadAllPages } from '../../lib/export-all-pages';
import { type ExportColumn, type ExportRow } from '../../lib/export-table';

const PositionsExportQuery = graphql(`
  query PositionsExport($first: Int!, $offset: Int!, $filter: PositionFilter, $sort: PositionSort) {
    positions(first: $first, offset: $offset, filter: $filter, sort: $sort) {
      totalCount
      edges {
        node {
          id
          name
          kind
          level
          isTeacher
          educationLevels
          retirementAge
          archived
          unit {
            id
            code
            name
          }
          sector {
            id
            name
          }
        }
      }
    }
  }
`);

/** File name of the export, without extension. */
export const POSITION_EXPORT_FILE = 'jabatan';

const KEYS = [
  'name',
  'kind',
  'level',
  'isTeacher',
  'unitCode',
  'unit',
  'sector',
  'educationLevels',
  'retirementAge',
  'status',
] as const;
type PositionExportKey = (typeof KEYS)[number];
type PositionExportNode = PositionsExportResult['positions']['edges'][number]['node'];

export function positionExportColumns(t: TFunction): ExportColumn<PositionExportKey>[] {
  const titles: Record<PositionExportKey, string> = {
    name: t('positions.name'),
    kind: t('positions.kind'),
    level: t('positions.level'),
    isTeacher: t('positions.isTeacher'),
    unitCode: t('export.unitCode'),
    unit: t('positions.unit'),
    sector: t('positions.sector'),
    educationLevels: t('positions.educationLevels'),
    retirementAge: t('positions.retirementAge'),
    status: t('common.status'),
  };
  return KEYS.map((key) => ({ key, title: titles[key] }));
}

function toExportRow(t: TFunction, node: PositionExportNode): ExportRow<PositionExportKey> {
  return {
    name: node.name,
    kind: t(`enums.PositionKind.${node.kind}`),
    level: t(`enums.PositionLevel.${node.level}`),
    isTeacher: node.isTeacher ? t('export.yes') : t('export.no'),
    unitCode: node.unit.code,
    unit: node.unit.name,
    sector: node.sector.name,
    educationLevels: sortEducationLevels(node.educationLevels)
      .map((level) => t(`enums.EducationLevel.${level}`))
      .join(', '),
    retirementAge: node.retirementAge,
    status: node.archived ? t('common.archived') : t('common.active'),
  };
}

/** Every position matching the list's filter, in its sort order, fetched 100 at a time. */
export async function loadPositionExportRows(
  client: Client,
  t: TFunction,
  variables: { filter: PositionFilter; sort: PositionSort },
  onProgress: (loaded: number, total: number) => void,
): Promise<ExportRow<PositionExportKey>[]> {
  const nodes = await loadAllPages(
    client,
    {
      query: PositionsExportQuery,
      variables: (page) => ({ ...variables, ...page }),
      connection: (data) => data.positions,
    },
    onProgress,
  );
  return nodes.map((node) => toExportRow(t, node));
}
