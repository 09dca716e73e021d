import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatNumber } from '../../../lib/format';
import { ListTable } from '../../../ui/ListTable';
import { formatFte } from '../../../shared/gap-format';
import { GapAmount } from '../../../shared/GapAmount';
import { PriorityBar } from '../../../shared/PriorityBar';

export const GapTable_gap = graphql(`
  fragment GapTable_gap on Gap {
    id
    position {
      id
      name
      kind
    }
    unit {
      id
      name
    }
    kecamatan {
      id
      name
    }
    need
    staff
    projectedStaff
    gap
    kind
    priority
  }
`);

interface GapTableProps {
  gaps: readonly FragmentType<typeof GapTable_gap>[];
  loading: boolean;
  total: number;
  page: number;
  size: number;
  horizonYear: number;
  onPageChange: (page: number, size: number) => void;
  onExplain: (gapId: string) => void;
}

/** The ranked gaps of one page: where, how large, and how urgent, with "Mengapa?" for the reasoning. */
export function GapTable({ gaps, horizonYear, onExplain, ...table }: GapTableProps) {
  const { t } = useTranslation();
  const rows = getFragmentData(GapTable_gap, gaps);
  const firstRank = (table.page - 1) * table.size + 1;
  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      title: '#',
      key: 'rank',
      width: 56,
      render: (_, _gap, index) => formatNumber(firstRank + index),
    },
    {
      title: t('gaps.position'),
      key: 'position',
      width: 220,
      render: (_, gap) => (
        <>
          <Typography.Text strong>{gap.position.name}</Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`enums.PositionKind.${gap.position.kind}`)}
          </Typography.Text>
        </>
      ),
    },
    { title: t('gaps.unit'), key: 'unit', width: 190, render: (_, gap) => gap.unit.name },
    {
      title: t('gaps.kecamatan'),
      key: 'kecamatan',
      width: 110,
      render: (_, gap) => gap.kecamatan?.name ?? '–',
    },
    { title: t('gaps.need'), key: 'need', align: 'right', render: (_, gap) => formatFte(gap.need) },
    { title: t('gaps.staff'), key: 'staff', align: 'right', render: (_, gap) => formatNumber(gap.staff) },
    {
      title: t('gaps.projectedBy', { year: horizonYear }),
      key: 'projectedStaff',
      align: 'right',
      render: (_, gap) => formatNumber(gap.projectedStaff),
    },
    { title: t('gaps.gap'), key: 'gap', render: (_, gap) => <GapAmount gap={gap.gap} kind={gap.kind} /> },
    {
      title: t('gaps.priority'),
      key: 'priority',
      width: 150,
      render: (_, gap) => <PriorityBar priority={gap.priority} />,
    },
    {
      title: t('gaps.explanationColumn'),
      key: 'why',
      render: (_, gap) => (
        <Button
          size="small"
          icon={<QuestionCircleOutlined />}
          onClick={() => onExplain(gap.id)}
          aria-label={t('gaps.whyFor', { position: gap.position.name, unit: gap.unit.name })}
          data-testid="gap-why"
        >
          {t('gaps.why')}
        </Button>
      ),
    },
  ];
  return (
    <ListTable testId="gap-table" rows={rows} columns={columns} emptyText={t('gaps.empty')} {...table} />
  );
}
