import { Flex, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { HORIZONS } from '../gap-params';
import { PlanningYearPicker } from '../../../shared/PlanningYearPicker';

interface GapYearControlsProps {
  year: number;
  horizon: number;
  onYearChange: (year: number) => void;
  onHorizonChange: (horizon: number) => void;
}

/** The planning year and how far ahead leavers are counted (the year itself up to four years on). */
export function GapYearControls({ year, horizon, onYearChange, onHorizonChange }: GapYearControlsProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
      <PlanningYearPicker id="planning-year" year={year} onChange={onYearChange} />
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong id="gap-horizon-label">
          {t('gaps.horizon')}
        </Typography.Text>
        <Segmented<number>
          aria-labelledby="gap-horizon-label"
          data-testid="gap-horizon"
          value={horizon}
          onChange={onHorizonChange}
          options={HORIZONS.map((value) => ({
            value,
            label:
              value === 0 ? t('gaps.horizonSame', { year }) : t('gaps.horizonAhead', { year: year + value }),
          }))}
        />
      </Flex>
    </Flex>
  );
}
