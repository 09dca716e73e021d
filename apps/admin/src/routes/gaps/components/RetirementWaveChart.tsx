import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatNumber } from '../../../lib/format';
import { ChartCard } from '../../../ui/ChartCard';
import { SectorSelect } from '../../../shared/SectorSelect';
import { CHART_HEIGHT, chartColors } from '../../../shared/chart-colors';

export const RetirementWaveChart_year = graphql(`
  fragment RetirementWaveChart_year on RetirementWaveYear {
    year
    retirements
    contractEnds
    transfers
    total
  }
`);

interface RetirementWaveChartProps {
  years: readonly FragmentType<typeof RetirementWaveChart_year>[];
  loading: boolean;
  sectorId: string | undefined;
  onSectorChange: (sectorId: string | undefined) => void;
}

const STACK = 'leaving';

/** Who leaves in each of the next five years: retirements, PPPK contract ends and transfers, stacked. */
export function RetirementWaveChart({
  years: yearRefs,
  loading,
  sectorId,
  onSectorChange,
}: RetirementWaveChartProps) {
  const { t } = useTranslation();
  const years = getFragmentData(RetirementWaveChart_year, yearRefs);
  const series = [
    { key: 'retirements', name: t('gaps.retirements'), color: chartColors.retirements },
    { key: 'contractEnds', name: t('gaps.contractEnds'), color: chartColors.contractEnds },
    { key: 'transfers', name: t('gaps.transfers'), color: chartColors.transfers },
  ] as const;
  const total = years.reduce((sum, year) => sum + year.total, 0);
  return (
    <ChartCard
      testId="chart-retirement-wave"
      title={t('gaps.chartWave.title')}
      summary={t('gaps.chartWave.summary', { count: total, total: formatNumber(total) })}
      loading={loading}
      emptyText={t('gaps.chartEmpty')}
      extra={
        <SectorSelect
          id="wave-sector"
          aria-label={t('gaps.chartWave.sector')}
          placeholder={t('gaps.allSectors')}
          allowClear
          value={sectorId}
          onChange={onSectorChange}
          style={{ width: 180 }}
        />
      }
      table={{
        columns: [t('gaps.year'), ...series.map((item) => item.name), t('gaps.total')],
        rows: years.map((year) => ({
          key: String(year.year),
          cells: [
            String(year.year),
            formatNumber(year.retirements),
            formatNumber(year.contractEnds),
            formatNumber(year.transfers),
            formatNumber(year.total),
          ],
        })),
      }}
    >
      {(chart) => (
        <BarChart
          {...chart}
          responsive
          style={{ width: '100%', height: CHART_HEIGHT }}
          data={[...years]}
          margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
        >
          <CartesianGrid vertical={false} stroke={chartColors.grid} />
          <XAxis dataKey="year" />
          <YAxis allowDecimals={false} tickFormatter={formatNumber} width={40} />
          <Tooltip formatter={(value) => formatNumber(Number(value))} />
          <Legend />
          {series.map((item) => (
            <Bar
              key={item.key}
              dataKey={item.key}
              name={item.name}
              stackId={STACK}
              fill={item.color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ChartCard>
  );
}
