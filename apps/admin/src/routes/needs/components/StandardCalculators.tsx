import { CalculatorOutlined } from '@ant-design/icons';
import {
  classTeacherNeed,
  JP_PER_WEEK_BOUNDS,
  ROMBEL_COUNT_BOUNDS,
  type StandardCalculator,
  subjectTeacherNeed,
  TEACHING_LOAD_JP,
} from '@formasi/core';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { CheckedNumberInput, fitsBounds } from '../../../ui/CheckedNumberInput';
import { formatDecimal } from '../needs-format';
import { PuskesmasCalculator } from './PuskesmasCalculator';
import { RatioCalculator } from './RatioCalculator';

interface StandardCalculatorsProps {
  /** The calculators that fit the position (core's standardCalculatorsFor); at least one. */
  calculators: readonly StandardCalculator[];
  /** People one holder serves, for the population ratio. */
  positionBenchmark: number | null;
  /** Fills the service-standard need and its basis. */
  onApply: (need: number, basis: string) => void;
}

const isCount = (value: number | null): value is number => fitsBounds(value, ROMBEL_COUNT_BOUNDS);
const isJp = (value: number | null): value is number => fitsBounds(value, JP_PER_WEEK_BOUNDS);

/**
 * Helpers that fill the service-standard need with core's rules, those that fit the position only: teachers from
 * rombel and JP (class = rombel, subject = rombel × JP / 24), the Permenkes 75/2014 puskesmas table, and a
 * population ratio from the position's benchmark.
 */
export function StandardCalculators({ calculators, positionBenchmark, onApply }: StandardCalculatorsProps) {
  const { t } = useTranslation();
  const [classRombel, setClassRombel] = useState<number | null>(null);
  const [subjectRombel, setSubjectRombel] = useState<number | null>(null);
  const [jpPerWeek, setJpPerWeek] = useState<number | null>(null);

  const handleClassTeachers = () => {
    if (!isCount(classRombel)) return;
    const { need } = classTeacherNeed(classRombel);
    onApply(need, t('needs.standard.classTeacherBasis', { rombel: formatNumber(classRombel), need }));
  };

  const handleSubjectTeachers = () => {
    if (!isCount(subjectRombel) || !isJp(jpPerWeek)) return;
    const { need } = subjectTeacherNeed(subjectRombel, jpPerWeek);
    const basis = t('needs.standard.subjectTeacherBasis', {
      rombel: formatNumber(subjectRombel),
      jp: formatNumber(jpPerWeek),
      load: TEACHING_LOAD_JP,
      need: formatDecimal(need),
    });
    onApply(Number(need.toFixed(2)), basis);
  };

  return (
    <Flex vertical gap={8} data-testid="standard-calculators">
      <Typography.Text type="secondary">
        <CalculatorOutlined /> {t('needs.standard.calculators')}
      </Typography.Text>
      {calculators.includes('TEACHER') && (
        <>
          <Flex gap={8} wrap align="center">
            <Typography.Text style={{ minWidth: 260 }}>{t('needs.standard.classTeacher')}</Typography.Text>
            <CheckedNumberInput
              bounds={ROMBEL_COUNT_BOUNDS}
              placeholder={t('needs.standard.rombel')}
              aria-label={`${t('needs.standard.classTeacher')}: ${t('needs.standard.rombel')}`}
              value={classRombel}
              onChange={setClassRombel}
              style={{ width: 150 }}
            />
            <Button
              onClick={handleClassTeachers}
              disabled={!isCount(classRombel)}
              data-testid="apply-class-teachers"
            >
              {t('needs.standard.apply')}
            </Button>
          </Flex>
          <Flex gap={8} wrap align="center">
            <Typography.Text style={{ minWidth: 260 }}>
              {t('needs.standard.subjectTeacher', { load: TEACHING_LOAD_JP })}
            </Typography.Text>
            <CheckedNumberInput
              bounds={ROMBEL_COUNT_BOUNDS}
              placeholder={t('needs.standard.rombel')}
              aria-label={`${t('needs.standard.subjectTeacher', { load: TEACHING_LOAD_JP })}: ${t('needs.standard.rombel')}`}
              value={subjectRombel}
              onChange={setSubjectRombel}
              style={{ width: 150 }}
            />
            <CheckedNumberInput
              bounds={JP_PER_WEEK_BOUNDS}
              placeholder={t('needs.standard.jpPerWeek')}
              aria-label={t('needs.standard.jpPerWeek')}
              value={jpPerWeek}
              onChange={setJpPerWeek}
              style={{ width: 150 }}
            />
            <Button
              onClick={handleSubjectTeachers}
              disabled={!isCount(subjectRombel) || !isJp(jpPerWeek)}
              data-testid="apply-subject-teachers"
            >
              {t('needs.standard.apply')}
            </Button>
          </Flex>
        </>
      )}
      {calculators.includes('PUSKESMAS') && <PuskesmasCalculator onApply={onApply} />}
      {calculators.includes('POPULATION_RATIO') && positionBenchmark !== null && (
        <RatioCalculator onApply={onApply} positionBenchmark={positionBenchmark} />
      )}
    </Flex>
  );
}
