import { Card, Empty, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { type StaffChangeKind } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../lib/format';

export const StaffHistory_change = graphql(`
  fragment StaffHistory_change on StaffMemberChange {
    id
    kind
    changedAt
    changedByName
    effectiveOn
    archiveReason
    note
    changes {
      field
      from
      to
    }
  }
`);

const KIND_COLORS: Record<StaffChangeKind, string> = { EDIT: 'blue', MOVE: 'purple', ARCHIVE: 'default' };
const DATE_FIELDS = new Set(['birthDate', 'contractEnd', 'transferDate', 'tmt']);

/** A recorded value as the page shows it: dates in id-ID, enum values translated; null is blank or hidden. */
function valueText(t: TFunction, field: string, value: string | null): string {
  if (value === null) return field === 'birthDate' ? t('staff.member.hidden') : t('staff.member.empty');
  if (DATE_FIELDS.has(field)) return formatDate(value);
  if (field === 'gender' && (value === 'MALE' || value === 'FEMALE')) return t(`staff.genders.${value}`);
  return value;
}

const fieldLabel = (t: TFunction, field: string): string =>
  t(`staff.member.fields.${field}`, { defaultValue: field });

/** Every edit, move and archiving of a member, newest first: when, by whom, and what changed. */
export function StaffHistory({ changes }: { changes: readonly FragmentType<typeof StaffHistory_change>[] }) {
  const { t } = useTranslation();
  const rows = getFragmentData(StaffHistory_change, changes);
  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      title: t('staff.member.changedAt'),
      dataIndex: 'changedAt',
      width: 200,
      render: (_, row) => formatDateTime(row.changedAt),
    },
    { title: t('staff.member.changedBy'), dataIndex: 'changedByName', width: 180 },
    {
      title: t('staff.member.change'),
      key: 'change',
      render: (_, row) => (
        <Space direction="vertical" size={2} data-testid="staff-history-entry" data-kind={row.kind}>
          <Space size={6} wrap>
            <Tag color={KIND_COLORS[row.kind]}>{t(`staff.member.kinds.${row.kind}`)}</Tag>
            {row.archiveReason && (
              <Tag color="orange">{t(`staff.member.archiveReasons.${row.archiveReason}`)}</Tag>
            )}
            {row.effectiveOn && (
              <Typography.Text type="secondary">
                {t('staff.member.effectiveOn', { date: formatDate(row.effectiveOn) })}
              </Typography.Text>
            )}
          </Space>
          {row.changes.map((change) => (
            <span key={change.field}>
              <strong>{fieldLabel(t, change.field)}</strong>: {valueText(t, change.field, change.from)} →{' '}
              {valueText(t, change.field, change.to)}
            </span>
          ))}
          {row.note && <Typography.Text italic>{row.note}</Typography.Text>}
        </Space>
      ),
    },
  ];
  return (
    <Card title={t('staff.member.history')} style={{ marginTop: 16 }}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={columns}
        data-testid="staff-history"
        locale={{ emptyText: <Empty description={t('staff.member.historyEmpty')} /> }}
      />
    </Card>
  );
}
