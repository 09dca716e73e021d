import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatNumber } from '../../../lib/format';
import { ChartCard } from '../../../ui/ChartCard';
import { CHART_HEIGHT, chartColors } from '../../../shared/chart-colors';
import { formatFte } from '../../../shared/gap-format';
import { WRAPPED_AXIS_HEIGHT, WrappedTick } from './WrappedTick';

export const KecamatanGapChart_row = graphql(`
  fragment KecamatanGapChart_row on GapSummaryRow {
    key
    label
    shortage
    surplus
  }
`);

interface KecamatanGapChartProps {
  rows: readonly FragmentType<typeof KecamatanGapChart_row>[];
  loading: boolean;
}

/** Shortage and surplus side by side per kecamatan (summed apart: a surplus does not hide a shortage). */
export function KecamatanGapChart({ rows: rowRefs, loading }: KecamatanGapChartProps) {
  const { t } = useTranslation();
  const rows = getFragmentData(KecamatanGapChart_row, rowRefs);
  return (
    <ChartCard
      testId="chart-kecamatan"
      title={t('gaps.chartKecamatan.title')}
      summary={t('gaps.chartKecamatan.summary')}
      loading={loading}
      emptyText={t('gaps.chartEmpty')}
      table={{
        columns: [t('gaps.kecamatan'), t('gaps.shortage'), t('gaps.surplus')],
        rows: rows.map((row) => ({
          key: row.key,
          cells: [row.label, formatFte(row.shortage), formatFte(row.surplus)],
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
          <Bar
            dataKey="shortage"
            name={t('gaps.shortage')}
            fill={chartColors.shortage}
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
          />
          <Bar
            dataKey="surplus"
            name={t('gaps.surplus')}
            fill={chartColors.surplus}
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      )}
    </ChartCard>
  );
}
