import { Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatDateTime } from '../../../lib/format';
import { formatWeight } from '../../../shared/gap-format';
import { SOURCE_COLORS } from '../stakeholder-sources';
import { ConfirmWeightButton } from './ConfirmWeightButton';

export const StakeholderInputsTable_input = graphql(`
  fragment StakeholderInputsTable_input on StakeholderInput {
    id
    year
    source
    submittedBy
    summary
    sector {
      id
      name
    }
    unit {
      id
      name
    }
    position {
      id
      name
    }
    proposedWeight
    confirmedWeight
    confirmedAt
  }
`);

export type StakeholderInputRow = ReturnType<typeof rowsOf>[number];

export function rowsOf(inputs: readonly FragmentType<typeof StakeholderInputsTable_input>[]) {
  return getFragmentData(StakeholderInputsTable_input, inputs);
}

interface StakeholderInputsTableProps {
  inputs: readonly FragmentType<typeof StakeholderInputsTable_input>[];
  loading: boolean;
  canConfirm: boolean;
  confirmingId: string | undefined;
  /** The server's error, or undefined once confirmed. */
  onConfirm: (id: string, weight: number) => Promise<CombinedError | undefined>;
}

/** The year's inputs; unconfirmed ones are tagged and count for nothing until BKPSDM sets their weight. */
export function StakeholderInputsTable({
  inputs,
  loading,
  canConfirm,
  confirmingId,
  onConfirm,
}: StakeholderInputsTableProps) {
  const { t } = useTranslation();
  const rows = rowsOf(inputs);
  const columns: TableColumnsType<StakeholderInputRow> = [
    {
      title: t('stakeholders.source'),
      dataIndex: 'source',
      width: 150,
      render: (_, input) => (
        <Tag color={SOURCE_COLORS[input.source]}>{t(`stakeholders.sources.${input.source}`)}</Tag>
      ),
    },
    {
      title: t('stakeholders.summary'),
      dataIndex: 'summary',
      render: (_, input) => (
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>{input.summary}</Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('stakeholders.by', { name: input.submittedBy })}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('stakeholders.attachedTo'),
      key: 'attachedTo',
      render: (_, input) => <AttachedTo input={input} />,
    },
    {
      title: t('stakeholders.proposedWeight'),
      dataIndex: 'proposedWeight',
      align: 'right',
      render: (_, input) => formatWeight(input.proposedWeight),
    },
    {
      title: t('stakeholders.confirmedWeight'),
      key: 'confirmedWeight',
      render: (_, input) =>
        input.confirmedWeight === null || input.confirmedWeight === undefined ? (
          <Tag color="warning" data-testid="unconfirmed-tag">
            {t('stakeholders.unconfirmed')}
          </Tag>
        ) : (
          <span title={input.confirmedAt ? formatDateTime(input.confirmedAt) : undefined}>
            <Tag color="success">{formatWeight(input.confirmedWeight)}</Tag>
          </span>
        ),
    },
    ...(canConfirm
      ? [
          {
            title: t('stakeholders.actions'),
            key: 'actions',
            render: (_: unknown, input: StakeholderInputRow) => (
              <ConfirmWeightButton
                initialWeight={input.confirmedWeight ?? input.proposedWeight}
                confirmed={input.confirmedWeight !== null && input.confirmedWeight !== undefined}
                loading={confirmingId === input.id}
                onConfirm={(weight) => onConfirm(input.id, weight)}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <div data-testid="stakeholder-table">
      <Table<StakeholderInputRow>
        rowKey="id"
        size="middle"
        dataSource={[...rows]}
        columns={columns}
        loading={loading}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{
          emptyText: loading ? (
            <div style={{ height: 120 }} />
          ) : (
            <Empty description={t('stakeholders.empty')} />
          ),
        }}
      />
    </div>
  );
}

function AttachedTo({ input }: { input: StakeholderInputRow }) {
  const { t } = useTranslation();
  const parts = [
    input.sector && `${t('stakeholders.sector')}: ${input.sector.name}`,
    input.unit && `${t('stakeholders.unit')}: ${input.unit.name}`,
    input.position && `${t('stakeholders.position')}: ${input.position.name}`,
  ].filter((part): part is string => Boolean(part));
  return parts.length === 0 ? '–' : parts.map((part) => <div key={part}>{part}</div>);
}
