import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { YearSelect } from './YearSelect';

interface PlanningYearPickerProps {
  id: string;
  year: number;
  onChange: (year: number) => void;
}

/** "Tahun perencanaan [2027 ▾]": the year a screen's figures are for. */
export function PlanningYearPicker({ id, year, onChange }: PlanningYearPickerProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} align="center">
      <Typography.Text strong>{t('gaps.planningYear')}</Typography.Text>
      <YearSelect
        id={id}
        aria-label={t('gaps.planningYear')}
        value={year}
        onChange={onChange}
        style={{ width: 110 }}
      />
    </Flex>
  );
}
