import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatNumber } from '../../../lib/format';
import { ChartCard } from '../../../ui/ChartCard';
import { CHART_HEIGHT, chartColors } from '../../../shared/chart-colors';
import { formatFte } from '../../../shared/gap-format';
import { WRAPPED_AXIS_HEIGHT, WrappedTick } from './WrappedTick';

export const SectorNeedChart_row = graphql(`
  fragment SectorNeedChart_row on GapSummaryRow {
    key
    label
    need
    staff
    projectedStaff
  }
`);

interface SectorNeedChartProps {
  rows: readonly FragmentType<typeof SectorNeedChart_row>[];
  loading: boolean;
  horizonYear: number;
}

/** Need vs staff on hand vs staff projected to the horizon, grouped per sector. */
export function SectorNeedChart({ rows: rowRefs, loading, horizonYear }: SectorNeedChartProps) {
  const { t } = useTranslation();
  const rows = getFragmentData(SectorNeedChart_row, rowRefs);
  const series = [
    { key: 'need', name: t('gaps.need'), color: chartColors.need },
    { key: 'staff', name: t('gaps.staff'), color: chartColors.staff },
    {
      key: 'projectedStaff',
      name: t('gaps.projectedBy', { year: horizonYear }),
      color: chartColors.projected,
    },
  ] as const;
  return (
    <ChartCard
      testId="chart-sectors"
      title={t('gaps.chartSectors.title')}
      summary={t('gaps.chartSectors.summary', { year: horizonYear })}
      loading={loading}
      emptyText={t('gaps.chartEmpty')}
      table={{
        columns: [t('gaps.sector'), ...series.map((item) => item.name)],
        rows: rows.map((row) => ({
          key: row.key,
          cells: [row.label, formatFte(row.need), formatNumber(row.staff), formatNumber(row.projectedStaff)],
        })),
      }}
    >
      {(chart) => (
        <BarChart
          {...chart}
          responsive
          style={{ width: '100%', height: CHART_HEIGHT }}
          data={[...rows]}
          margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
        >
          <CartesianGrid vertical={false} stroke={chartColors.grid} />
          <XAxis dataKey="label" interval={0} tick={WrappedTick} height={WRAPPED_AXIS_HEIGHT} />
          <YAxis allowDecimals={false} tickFormatter={formatNumber} width={40} />
          <Tooltip formatter={(value) => formatFte(Number(value))} />
          <Legend />
          {series.map((item) => (
            <Bar
              key={item.key}
              dataKey={item.key}
              name={item.name}
              fill={item.color}
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ChartCard>
  );
}
