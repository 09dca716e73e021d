import { Space, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { ArchivedTag } from '../../../ui/ArchivedTag';
import { ListTable } from '../../../ui/ListTable';

export const UnitsTable_unit = graphql(`
  fragment UnitsTable_unit on Unit {
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
`);

interface UnitsTableProps {
  units: readonly FragmentType<typeof UnitsTable_unit>[];
  loading: boolean;
  total: number;
  page: number;
  size: number;
  listSearch: string;
  onPageChange: (page: number, size: number) => void;
}

export function UnitsTable({ units, listSearch, ...table }: UnitsTableProps) {
  const { t } = useTranslation();
  const rows = getFragmentData(UnitsTable_unit, units);
  const columns: TableColumnsType<(typeof rows)[number]> = [
    { title: t('common.code'), dataIndex: 'code', width: 120 },
    {
      title: t('common.name'),
      dataIndex: 'name',
      render: (_, unit) => (
        <Space size={8}>
          <Link to={`/units/${unit.id}`} state={{ listSearch }}>
            {unit.name}
          </Link>
          {unit.archived && <ArchivedTag />}
        </Space>
      ),
    },
    { title: t('units.kind'), dataIndex: 'kind', render: (_, unit) => t(`enums.UnitKind.${unit.kind}`) },
    { title: t('units.sector'), dataIndex: ['sector', 'name'] },
    {
      title: t('units.parent'),
      dataIndex: ['parent', 'name'],
      render: (_, unit) => unit.parent?.name ?? '–',
    },
    {
      title: t('units.kecamatan'),
      dataIndex: ['kecamatan', 'name'],
      render: (_, unit) => unit.kecamatan?.name ?? '–',
    },
  ];
  return (
    <ListTable testId="units-table" rows={rows} columns={columns} emptyText={t('units.empty')} {...table} />
  );
}
