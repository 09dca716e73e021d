import { Empty, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format';
import { PAGE_SIZES } from '../lib/list-params';

interface ListTableProps<Row extends { id: string }> {
  testId: string;
  rows: readonly Row[];
  columns: TableColumnsType<Row>;
  loading: boolean;
  total: number;
  page: number;
  size: number;
  emptyText: string;
  onPageChange: (page: number, size: number) => void;
}

/** A server-paginated table: page numbers and sizes come from the URL, the total from `totalCount`. */
export function ListTable<Row extends { id: string }>(props: ListTableProps<Row>) {
  const { t } = useTranslation();
  return (
    <div data-testid={props.testId}>
      <Table<Row>
        rowKey="id"
        size="middle"
        dataSource={[...props.rows]}
        columns={props.columns}
        loading={props.loading}
        // Long names wrap on wide screens; narrow screens scroll sideways instead of squeezing columns.
        scroll={{ x: 960 }}
        // While the first answer is on its way there is nothing to call empty yet.
        locale={{
          emptyText: props.loading ? (
            <div style={{ height: 120 }} />
          ) : (
            <Empty description={props.emptyText} />
          ),
        }}
        pagination={{
          current: props.page,
          pageSize: props.size,
          total: props.total,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES.map(String),
          showTotal: (total, [from, to]) =>
            t('common.totalItems', {
              range: `${formatNumber(from)}–${formatNumber(to)}`,
              total: formatNumber(total),
            }),
          onChange: props.onPageChange,
        }}
      />
    </div>
  );
}
