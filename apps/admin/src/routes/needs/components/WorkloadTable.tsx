import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { WORKLOAD_ANNUAL_VOLUME_BOUNDS, WORKLOAD_NORM_MINUTES_BOUNDS } from '@formasi/core';
import { Button, Form, Input, Table, type TableColumnsType } from 'antd';
import { type FormListFieldData } from 'antd/es/form/FormList';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { numberRule } from '../../../lib/number-rule';
import { NumberInput } from '../../../ui/NumberInput';
import { EMPTY_WORKLOAD_ROW } from '../position-need-form';

interface WorkloadTableProps {
  readOnly: boolean;
  /** Live minutes per row (volume × norm), in row order. */
  rowMinutes: readonly number[];
}

const CELL = { marginBottom: 0 };

/** Uraian tugas, satuan hasil, volume per tahun and norma waktu as an editable table (Form.List `workloadItems`). */
export function WorkloadTable({ readOnly, rowMinutes }: WorkloadTableProps) {
  const { t } = useTranslation();
  const cellLabel = (column: string, index: number) =>
    t('needs.workload.cellLabel', { column, row: index + 1 });
  const numberRequired = { required: true, message: t('needs.workload.numberRequired') };

  return (
    <Form.List name="workloadItems">
      {(fields, { add, remove }) => {
        const columns: TableColumnsType<FormListFieldData> = [
          {
            title: t('needs.workload.task'),
            render: (_, field) => (
              <Form.Item
                name={[field.name, 'task']}
                style={CELL}
                rules={[{ required: true, whitespace: true, message: t('needs.workload.taskRequired') }]}
              >
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  aria-label={cellLabel(t('needs.workload.task'), field.name)}
                />
              </Form.Item>
            ),
          },
          {
            title: t('needs.workload.outputUnit'),
            width: 160,
            render: (_, field) => (
              <Form.Item
                name={[field.name, 'outputUnit']}
                style={CELL}
                rules={[
                  { required: true, whitespace: true, message: t('needs.workload.outputUnitRequired') },
                ]}
              >
                <Input aria-label={cellLabel(t('needs.workload.outputUnit'), field.name)} />
              </Form.Item>
            ),
          },
          {
            title: t('needs.workload.annualVolume'),
            width: 150,
            render: (_, field) => (
              <Form.Item
                name={[field.name, 'annualVolume']}
                style={CELL}
                rules={[numberRequired, numberRule(t, WORKLOAD_ANNUAL_VOLUME_BOUNDS)]}
              >
                <NumberInput
                  style={{ width: '100%' }}
                  aria-label={cellLabel(t('needs.workload.annualVolume'), field.name)}
                />
              </Form.Item>
            ),
          },
          {
            title: t('needs.workload.normMinutes'),
            width: 160,
            render: (_, field) => (
              <Form.Item
                name={[field.name, 'normMinutes']}
                style={CELL}
                rules={[numberRequired, numberRule(t, WORKLOAD_NORM_MINUTES_BOUNDS)]}
              >
                <NumberInput
                  style={{ width: '100%' }}
                  aria-label={cellLabel(t('needs.workload.normMinutes'), field.name)}
                />
              </Form.Item>
            ),
          },
          {
            title: t('needs.workload.minutes'),
            width: 130,
            align: 'right',
            render: (_, field) => (
              <span data-testid={`row-minutes-${field.name}`}>
                {formatNumber(rowMinutes[field.name] ?? 0)}
              </span>
            ),
          },
        ];
        if (!readOnly) {
          columns.push({
            width: 52,
            render: (_, field) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('needs.workload.removeRow', { row: field.name + 1 })}
                onClick={() => remove(field.name)}
              />
            ),
          });
        }
        return (
          <>
            <Table<FormListFieldData>
              rowKey="key"
              size="small"
              dataSource={fields}
              columns={columns}
              pagination={false}
              scroll={{ x: 860 }}
              locale={{ emptyText: t('needs.workload.empty') }}
            />
            {!readOnly && (
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ ...EMPTY_WORKLOAD_ROW })}
                style={{ marginTop: 8 }}
                data-testid="workload-add-row"
              >
                {t('needs.workload.addRow')}
              </Button>
            )}
          </>
        );
      }}
    </Form.List>
  );
}
