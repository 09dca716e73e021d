import { Space, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatDateTime } from '../../../lib/format';
import { ArchivedTag } from '../../../ui/ArchivedTag';
import { ListTable } from '../../../ui/ListTable';

export const SectorsTable_sector = graphql(`
  fragment SectorsTable_sector on Sector {
    id
    code
    name
    description
    archived
    updatedAt
  }
`);

interface SectorsTableProps {
  sectors: readonly FragmentType<typeof SectorsTable_sector>[];
  loading: boolean;
  total: number;
  page: number;
  size: number;
  /** The list's query string, so "back" from a record returns to the same page and filters. */
  listSearch: string;
  onPageChange: (page: number, size: number) => void;
}

export function SectorsTable({ sectors, listSearch, ...table }: SectorsTableProps) {
  const { t } = useTranslation();
  const rows = getFragmentData(SectorsTable_sector, sectors);
  const columns: TableColumnsType<(typeof rows)[number]> = [
    { title: t('common.code'), dataIndex: 'code', width: 120 },
    {
      title: t('common.name'),
      dataIndex: 'name',
      render: (_, sector) => (
        <Space size={8}>
          <Link to={`/sectors/${sector.id}`} state={{ listSearch }}>
            {sector.name}
          </Link>
          {sector.archived && <ArchivedTag />}
        </Space>
      ),
    },
    {
      title: t('common.description'),
      dataIndex: 'description',
      render: (_, sector) => (
        <Typography.Text type="secondary" ellipsis style={{ maxWidth: 420 }}>
          {sector.description}
        </Typography.Text>
      ),
    },
    {
      title: t('common.updatedAt'),
      dataIndex: 'updatedAt',
      render: (_, sector) => formatDateTime(sector.updatedAt),
    },
  ];
  return (
    <ListTable
      testId="sectors-table"
      rows={rows}
      columns={columns}
      emptyText={t('sectors.empty')}
      {...table}
    />
  );
}
