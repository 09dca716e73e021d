import { gapKindOf } from '@formasi/core';
import { Card, Segmented, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { type GapGroupBy } from '../../../gql/graphql';
import { type ExportColumn, type ExportRow } from '../../../lib/export-table';
import { formatNumber } from '../../../lib/format';
import { ExportButton } from '../../../ui/ExportButton';
import { chartColors } from '../../../shared/chart-colors';
import { formatFte } from '../../../shared/gap-format';
import { GapAmount } from '../../../shared/GapAmount';

export const GapSummaryTable_row = graphql(`
  fragment GapSummaryTable_row on GapSummaryRow {
    key
    label
    need
    staff
    leaving
    projectedStaff
    shortage
    surplus
    net
    gapCount
  }
`);

export const GAP_GROUPINGS: readonly GapGroupBy[] = ['SECTOR', 'UNIT', 'KECAMATAN', 'POSITION', 'REGION'];

const FIGURES = [
  'need',
  'staff',
  'leaving',
  'projectedStaff',
  'shortage',
  'surplus',
  'net',
  'gapCount',
] as const;
type SummaryKey = 'label' | (typeof FIGURES)[number];

interface GapSummaryTableProps {
  rows: readonly FragmentType<typeof GapSummaryTable_row>[];
  loading: boolean;
  groupBy: GapGroupBy;
  year: number;
  horizonYear: number;
  onGroupByChange: (groupBy: GapGroupBy) => void;
}

/** The figures of `gapSummary` as a table per sector, unit, kecamatan or position, exportable. */
export function GapSummaryTable({
  rows: rowRefs,
  loading,
  groupBy,
  year,
  horizonYear,
  onGroupByChange,
}: GapSummaryTableProps) {
  const { t } = useTranslation();
  const rows = getFragmentData(GapSummaryTable_row, rowRefs);
  const titles: Record<SummaryKey, string> = {
    label: t(`gaps.groupBy.${groupBy}`),
    need: t('gaps.need'),
    staff: t('gaps.staff'),
    leaving: t('gaps.leavingBy', { year: horizonYear }),
    projectedStaff: t('gaps.projectedBy', { year: horizonYear }),
    shortage: t('gaps.shortage'),
    surplus: t('gaps.surplus'),
    net: t('gaps.net'),
    gapCount: t('gaps.gapCount'),
  };
  const format: Record<(typeof FIGURES)[number], (value: number) => string> = {
    need: formatFte,
    staff: formatNumber,
    leaving: formatNumber,
    projectedStaff: formatNumber,
    shortage: formatFte,
    surplus: formatFte,
    net: formatFte,
    gapCount: formatNumber,
  };
  const columns: TableColumnsType<(typeof rows)[number]> = [
    { title: titles.label, dataIndex: 'label', sorter: (a, b) => a.label.localeCompare(b.label, 'id') },
    ...FIGURES.map((key) => ({
      title: titles[key],
      dataIndex: key,
      align: 'right' as const,
      sorter: (a: (typeof rows)[number], b: (typeof rows)[number]) => a[key] - b[key],
      render: (value: number) =>
        // The net is said in words ("Kurang 59"), never as a bare "+59" that reads like a gain.
        key === 'net' ? (
          <GapAmount gap={value} kind={gapKindOf(value)} />
        ) : (
          <span style={{ color: key === 'shortage' && value > 0 ? chartColors.shortage : undefined }}>
            {format[key](value)}
          </span>
        ),
    })),
  ];
  const exportColumns: ExportColumn<SummaryKey>[] = (['label', ...FIGURES] as const).map((key) => ({
    key,
    title: titles[key],
  }));
  const exportRows: ExportRow<SummaryKey>[] = rows.map((row) => ({ ...row }));
  const groupName = t(`gaps.groupBy.${groupBy}`);
  return (
    <Card
      data-testid="gap-summary"
      title={t('gaps.summaryTitle')}
      extra={
        <ExportButton
          testId="summary-export"
          fileName={`rekap-kesenjangan-${groupBy.toLowerCase()}-${year}`}
          sheetName={t('gaps.summarySheet', { group: groupName, year })}
          columns={exportColumns}
          rows={exportRows}
          disabled={loading || rows.length === 0}
        />
      }
      style={{ marginBottom: 16 }}
    >
      <Segmented<GapGroupBy>
        aria-label={t('gaps.groupByLabel')}
        value={groupBy}
        onChange={onGroupByChange}
        options={GAP_GROUPINGS.map((value) => ({ value, label: t(`gaps.groupBy.${value}`) }))}
        style={{ marginBottom: 12 }}
      />
      <Table
        rowKey="key"
        size="small"
        loading={loading}
        dataSource={[...rows]}
        columns={columns}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('gaps.summaryEmpty') }}
      />
    </Card>
  );
}
