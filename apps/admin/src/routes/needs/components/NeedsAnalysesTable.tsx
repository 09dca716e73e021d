import { type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { ListTable } from '../../../ui/ListTable';
import { formatDecimal } from '../needs-format';
import { AnalysisStatusTag } from '../../../shared/AnalysisStatusTag';

export const NeedsAnalysesTable_needsAnalysis = graphql(`
  fragment NeedsAnalysesTable_needsAnalysis on NeedsAnalysis {
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
`);

interface NeedsAnalysesTableProps {
  analyses: readonly FragmentType<typeof NeedsAnalysesTable_needsAnalysis>[];
  loading: boolean;
  total: number;
  page: number;
  size: number;
  listSearch: string;
  onPageChange: (page: number, size: number) => void;
}

export function NeedsAnalysesTable({ analyses, listSearch, ...table }: NeedsAnalysesTableProps) {
  const { t } = useTranslation();
  const rows = getFragmentData(NeedsAnalysesTable_needsAnalysis, analyses);
  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      title: t('needs.unit'),
      dataIndex: ['unit', 'name'],
      render: (_, analysis) => (
        <Link to={`/needs/${analysis.id}`} state={{ listSearch }}>
          {analysis.unit.name}
        </Link>
      ),
    },
    { title: t('needs.year'), dataIndex: 'year', width: 130 },
    {
      title: t('needs.version'),
      dataIndex: 'version',
      width: 90,
      align: 'right',
      render: (_, analysis) => formatNumber(analysis.version),
    },
    {
      title: t('needs.status'),
      dataIndex: 'status',
      width: 140,
      render: (_, analysis) => <AnalysisStatusTag status={analysis.status} />,
    },
    {
      title: t('needs.totalFte'),
      dataIndex: 'totalFte',
      align: 'right',
      render: (_, analysis) => formatDecimal(analysis.totalFte),
    },
    {
      title: t('needs.totalHeadcount'),
      dataIndex: 'totalHeadcount',
      align: 'right',
      render: (_, analysis) => formatNumber(analysis.totalHeadcount),
    },
    {
      title: t('needs.updatedAt'),
      dataIndex: 'updatedAt',
      render: (_, analysis) => formatDateTime(analysis.updatedAt),
    },
  ];
  return (
    <ListTable testId="needs-table" rows={rows} columns={columns} emptyText={t('needs.empty')} {...table} />
  );
}
