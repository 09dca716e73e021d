import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../lib/format';
import { chartColors } from '../../../shared/chart-colors';
import { formatFte } from '../../../shared/gap-format';

interface OutlookPoint {
  year: number;
  projectedStaff: number;
}

interface GapOutlookChartProps {
  need: number;
  outlook: readonly OutlookPoint[];
}

/** Projected staff year by year against the (constant) need: the widening distance is the coming gap. */
export function GapOutlookChart({ need, outlook }: GapOutlookChartProps) {
  const { t } = useTranslation();
  const data = outlook.map((point) => ({ ...point, need }));
  return (
    <div aria-hidden data-testid="gap-outlook-chart">
      <LineChart
        responsive
        style={{ width: '100%', height: 200 }}
        data={data}
        margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
      >
        <CartesianGrid vertical={false} stroke={chartColors.grid} />
        <XAxis dataKey="year" />
        <YAxis allowDecimals={false} tickFormatter={formatNumber} width={36} />
        <Tooltip formatter={(value) => formatFte(Number(value))} />
        <Legend />
        <Line
          dataKey="need"
          name={t('gaps.need')}
          stroke={chartColors.need}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="projectedStaff"
          name={t('gaps.projected')}
          stroke={chartColors.projected}
          strokeWidth={2}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
