import { FireOutlined } from '@ant-design/icons';
import { SECTOR_PRIORITY_BOUNDS } from '@formasi/core';
import { Form, Input, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { numberRule } from '../../../lib/number-rule';
import { NumberInput } from '../../../ui/NumberInput';

interface SectorRow {
  index: number;
  id: string;
  name: string;
}

const CELL = { marginBottom: 0 };

/** Priority 0–1, the urgent switch and a note per sector (form list `sectorPriorities`, one row per sector). */
export function SectorPriorityTable({ sectors }: { sectors: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const rows = sectors.map((sector, index) => ({ index, id: sector.id, name: sector.name }));
  const columns: TableColumnsType<SectorRow> = [
    {
      title: t('planning.sector'),
      dataIndex: 'name',
      render: (_, row) => (
        <>
          <Form.Item name={['sectorPriorities', row.index, 'sectorId']} hidden>
            <Input />
          </Form.Item>
          {row.name}
        </>
      ),
    },
    {
      title: t('planning.sectorPriority'),
      width: 170,
      render: (_, row) => (
        <Form.Item
          name={['sectorPriorities', row.index, 'priority']}
          style={CELL}
          rules={[numberRule(t, SECTOR_PRIORITY_BOUNDS)]}
        >
          <NumberInput
            style={{ width: '100%' }}
            aria-label={`${t('planning.sectorPriority')}: ${row.name}`}
          />
        </Form.Item>
      ),
    },
    {
      title: (
        <>
          <FireOutlined /> {t('planning.urgent')}
        </>
      ),
      width: 120,
      render: (_, row) => (
        <Form.Item name={['sectorPriorities', row.index, 'urgent']} valuePropName="checked" style={CELL}>
          <Switch aria-label={`${t('planning.urgent')}: ${row.name}`} data-testid={`urgent-${row.id}`} />
        </Form.Item>
      ),
    },
    {
      title: t('planning.sectorNote'),
      render: (_, row) => (
        <Form.Item name={['sectorPriorities', row.index, 'note']} style={CELL}>
          <Input aria-label={`${t('planning.sectorNote')}: ${row.name}`} />
        </Form.Item>
      ),
    },
  ];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('planning.sectorsHelp')}</Typography.Paragraph>
      <Table<SectorRow>
        rowKey="id"
        size="small"
        dataSource={rows}
        columns={columns}
        pagination={false}
        locale={{ emptyText: t('planning.sectorsEmpty') }}
      />
    </>
  );
}
