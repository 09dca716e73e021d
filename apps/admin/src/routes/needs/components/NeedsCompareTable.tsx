import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatNumber } from '../../../lib/format';
import { formatDecimal, formatDelta } from '../needs-format';

export const NeedsCompareTable_comparison = graphql(`
  fragment NeedsCompareTable_comparison on PositionNeedComparison {
    position {
      id
      name
    }
    fromNeed
    fromHeadcount
    toNeed
    toHeadcount
    delta
  }
`);

interface NeedsCompareTableProps {
  rows: readonly FragmentType<typeof NeedsCompareTable_comparison>[];
  fromVersion: number;
  toVersion: number;
  loading: boolean;
}

/** Need and headcount per position in two versions, and the change (green more, red less). */
export function NeedsCompareTable({
  rows: rowRefs,
  fromVersion,
  toVersion,
  loading,
}: NeedsCompareTableProps) {
  const { t } = useTranslation();
  const rows = getFragmentData(NeedsCompareTable_comparison, rowRefs);
  const absent = <Typography.Text type="secondary">{t('needs.compareAbsent')}</Typography.Text>;
  const versionColumns = (
    version: number,
    need: 'fromNeed' | 'toNeed',
    headcount: 'fromHeadcount' | 'toHeadcount',
  ) => ({
    title: t('needs.compareFrom', { version }),
    children: [
      {
        title: t('needs.compareNeed'),
        align: 'right' as const,
        render: (_: unknown, row: (typeof rows)[number]) => {
          const value = row[need];
          return value === null || value === undefined ? absent : formatDecimal(value);
        },
      },
      {
        title: t('needs.compareHeadcount'),
        align: 'right' as const,
        render: (_: unknown, row: (typeof rows)[number]) => {
          const value = row[headcount];
          return value === null || value === undefined ? absent : formatNumber(value);
        },
      },
    ],
  });
  const columns: TableColumnsType<(typeof rows)[number]> = [
    { title: t('needs.comparePosition'), dataIndex: ['position', 'name'] },
    versionColumns(fromVersion, 'fromNeed', 'fromHeadcount'),
    versionColumns(toVersion, 'toNeed', 'toHeadcount'),
    {
      title: t('needs.compareDelta'),
      dataIndex: 'delta',
      align: 'right',
      render: (_, row) => (
        <Typography.Text type={row.delta > 0 ? 'success' : row.delta < 0 ? 'danger' : undefined} strong>
          {formatDelta(row.delta)}
        </Typography.Text>
      ),
    },
  ];
  return (
    <div data-testid="compare-table">
      <Table
        rowKey={(row) => row.position.id}
        size="middle"
        bordered
        dataSource={[...rows]}
        columns={columns}
        loading={loading}
        pagination={false}
        locale={{ emptyText: t('needs.compareEmpty') }}
      />
    </div>
  );
}
