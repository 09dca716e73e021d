import { Card, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { formatNumber } from '../lib/format';
import { palette } from '../ui/theme';
import { chartColors } from './chart-colors';
import { formatFte } from './gap-format';

export const GapKpis_row = graphql(`
  fragment GapKpis_row on GapSummaryRow {
    key
    need
    staff
    leaving
    shortage
    surplus
  }
`);

interface GapKpisProps {
  /** The REGION row of `gapSummary` (rows are summed, so any grouping that covers the region once works). */
  rows: readonly FragmentType<typeof GapKpis_row>[];
  loading: boolean;
  horizonYear: number;
}

interface Kpi {
  key: string;
  title: string;
  value: string;
  hint: string;
  /** The card's accent (its top border, as the series in the charts). */
  color: string;
  /** The number's colour when the accent itself is too light for text. */
  valueColor?: string;
}

/** Region totals: need, staff, leavers by the horizon, and shortage and surplus summed apart. */
export function GapKpis({ rows: rowRefs, loading, horizonYear }: GapKpisProps) {
  const { t } = useTranslation();
  const rows = getFragmentData(GapKpis_row, rowRefs);
  const sum = (pick: (row: (typeof rows)[number]) => number) =>
    rows.reduce((total, row) => total + pick(row), 0);
  const kpis: Kpi[] = [
    {
      key: 'need',
      title: t('gaps.kpi.need'),
      value: formatFte(sum((row) => row.need)),
      hint: t('gaps.kpi.needHint'),
      color: palette.navy,
    },
    {
      key: 'staff',
      title: t('gaps.kpi.staff'),
      value: formatNumber(sum((row) => row.staff)),
      hint: t('gaps.kpi.staffHint'),
      color: palette.primary,
    },
    {
      key: 'leaving',
      title: t('gaps.kpi.leaving', { year: horizonYear }),
      value: formatNumber(sum((row) => row.leaving)),
      hint: t('gaps.kpi.leavingHint'),
      color: palette.gold,
      valueColor: palette.goldText,
    },
    {
      key: 'shortage',
      title: t('gaps.kpi.shortage'),
      value: formatFte(sum((row) => row.shortage)),
      hint: t('gaps.kpi.shortageHint'),
      color: chartColors.shortage,
    },
    {
      key: 'surplus',
      title: t('gaps.kpi.surplus'),
      value: formatFte(sum((row) => row.surplus)),
      hint: t('gaps.kpi.surplusHint'),
      color: chartColors.surplus,
    },
  ];
  return (
    <Flex gap={16} wrap style={{ marginBottom: 16 }}>
      {kpis.map((kpi) => (
        <Card
          key={kpi.key}
          data-testid={`kpi-${kpi.key}`}
          style={{ flex: '1 1 190px', borderTop: `3px solid ${kpi.color}` }}
        >
          <Typography.Text strong>{kpi.title}</Typography.Text>
          {loading ? (
            <Skeleton.Input active size="large" style={{ display: 'block', marginTop: 8 }} />
          ) : (
            <div
              style={{ fontSize: 30, fontWeight: 600, color: kpi.valueColor ?? kpi.color, lineHeight: 1.3 }}
            >
              {kpi.value}
            </div>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {kpi.hint}
          </Typography.Text>
        </Card>
      ))}
    </Flex>
  );
}
