import { sortEducationLevels } from '@formasi/core';
import { Space, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { ArchivedTag } from '../../../ui/ArchivedTag';
import { ListTable } from '../../../ui/ListTable';

export const PositionsTable_position = graphql(`
  fragment PositionsTable_position on Position {
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
      name
    }
    sector {
      id
      name
    }
  }
`);

interface PositionsTableProps {
  positions: readonly FragmentType<typeof PositionsTable_position>[];
  loading: boolean;
  total: number;
  page: number;
  size: number;
  listSearch: string;
  onPageChange: (page: number, size: number) => void;
}

export function PositionsTable({ positions, listSearch, ...table }: PositionsTableProps) {
  const { t } = useTranslation();
  const rows = getFragmentData(PositionsTable_position, positions);
  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      title: t('positions.name'),
      dataIndex: 'name',
      render: (_, position) => (
        <Space size={6} wrap>
          <Link to={`/positions/${position.id}`} state={{ listSearch }}>
            {position.name}
          </Link>
          {position.isTeacher && <Tag color="blue">{t('positions.isTeacher')}</Tag>}
          {position.archived && <ArchivedTag />}
        </Space>
      ),
    },
    { title: t('positions.kind'), dataIndex: 'kind', render: (_, p) => t(`enums.PositionKind.${p.kind}`) },
    {
      title: t('positions.level'),
      dataIndex: 'level',
      render: (_, p) => t(`enums.PositionLevel.${p.level}`),
    },
    { title: t('positions.unit'), dataIndex: ['unit', 'name'] },
    { title: t('positions.sector'), dataIndex: ['sector', 'name'] },
    {
      title: t('positions.educationLevels'),
      dataIndex: 'educationLevels',
      render: (_, p) =>
        sortEducationLevels(p.educationLevels).map((level) => (
          <Tag key={level}>{t(`enums.EducationLevel.${level}`)}</Tag>
        )),
    },
    {
      title: t('positions.retirementAgeShort'),
      dataIndex: 'retirementAge',
      align: 'right',
      render: (_, p) => (
        <span style={{ whiteSpace: 'nowrap' }}>{t('common.years', { count: p.retirementAge })}</span>
      ),
    },
  ];
  return (
    <ListTable
      testId="positions-table"
      rows={rows}
      columns={columns}
      emptyText={t('positions.empty')}
      {...table}
    />
  );
}
