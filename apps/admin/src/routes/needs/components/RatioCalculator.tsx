import { RATIO_AMOUNT_BOUNDS, RATIO_BENCHMARKS, RATIO_PER_POPULATION_BOUNDS, ratioNeed } from '@formasi/core';
import { Button, Flex, Select, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { CheckedNumberInput, fitsBounds } from '../../../ui/CheckedNumberInput';
import { formatDecimal } from '../needs-format';

type BenchmarkKey = keyof typeof RATIO_BENCHMARKS;
const BENCHMARK_KEYS = [
  'WHO_DOCTOR',
  'NATIONAL_GP',
  'NATIONAL_NURSE',
  'NATIONAL_MIDWIFE',
] as const satisfies readonly BenchmarkKey[];

/** A core benchmark, or the position's own (its servedPerStaffBenchmark: people one holder serves). */
type Preset = BenchmarkKey | 'POSITION';

interface RatioCalculatorProps {
  onApply: (need: number, basis: string) => void;
  /** People one holder of the position is expected to serve: the preset it starts from. */
  positionBenchmark: number;
}

/** Need from a population ratio: population / per-population × staff (core's ratioNeed), benchmarks as presets. */
export function RatioCalculator({ onApply, positionBenchmark }: RatioCalculatorProps) {
  const { t } = useTranslation();
  const id = useId();
  const presetOf = (key: Preset) =>
    key === 'POSITION' ? { staffPer: 1, perPopulation: positionBenchmark } : RATIO_BENCHMARKS[key];
  const [population, setPopulation] = useState<number | null>(null);
  const [benchmark, setBenchmark] = useState<Preset | undefined>('POSITION');
  const [staffPer, setStaffPer] = useState<number | null>(presetOf('POSITION').staffPer);
  const [perPopulation, setPerPopulation] = useState<number | null>(presetOf('POSITION').perPopulation);
  const ready =
    fitsBounds(population, RATIO_AMOUNT_BOUNDS) &&
    fitsBounds(staffPer, RATIO_AMOUNT_BOUNDS) &&
    fitsBounds(perPopulation, RATIO_PER_POPULATION_BOUNDS);

  const benchmarkLabel = (key: Preset) =>
    t(`needs.standard.benchmarks.${key}`, {
      staffPer: formatNumber(presetOf(key).staffPer),
      perPopulation: formatNumber(presetOf(key).perPopulation),
    });

  const handleBenchmarkChange = (key: Preset) => {
    setBenchmark(key);
    setStaffPer(presetOf(key).staffPer);
    setPerPopulation(presetOf(key).perPopulation);
  };

  // An edited number is no longer the benchmark, so the basis stops naming it.
  const handleStaffPerChange = (value: number | null) => {
    setBenchmark(undefined);
    setStaffPer(value);
  };

  const handlePerPopulationChange = (value: number | null) => {
    setBenchmark(undefined);
    setPerPopulation(value);
  };

  const handleApply = () => {
    if (!ready) return;
    const { need } = ratioNeed(population, perPopulation, staffPer);
    const ratio = benchmark
      ? benchmarkLabel(benchmark)
      : t('needs.standard.customRatio', {
          staffPer: formatNumber(staffPer),
          perPopulation: formatNumber(perPopulation),
        });
    const basis = t('needs.standard.ratioBasis', {
      ratio,
      population: formatNumber(population),
      perPopulation: formatNumber(perPopulation),
      staffPer: formatNumber(staffPer),
      need: formatDecimal(need),
    });
    onApply(Number(need.toFixed(2)), basis);
  };

  return (
    <Flex vertical gap={4}>
      <Flex gap={8} wrap align="center">
        <Typography.Text style={{ minWidth: 260 }}>{t('needs.standard.ratio')}</Typography.Text>
        <CheckedNumberInput
          bounds={RATIO_AMOUNT_BOUNDS}
          placeholder={t('needs.standard.population')}
          aria-label={t('needs.standard.population')}
          value={population}
          onChange={setPopulation}
          style={{ width: 170 }}
        />
        <Select<Preset>
          id={`${id}-benchmark`}
          aria-label={t('needs.standard.benchmark')}
          placeholder={t('needs.standard.benchmark')}
          options={(['POSITION', ...BENCHMARK_KEYS] as const).map((key) => ({
            value: key,
            label: benchmarkLabel(key),
          }))}
          value={benchmark}
          onChange={handleBenchmarkChange}
          popupMatchSelectWidth={false}
          style={{ width: 240 }}
        />
        <CheckedNumberInput
          bounds={RATIO_AMOUNT_BOUNDS}
          placeholder={t('needs.standard.staffPer')}
          aria-label={t('needs.standard.staffPer')}
          value={staffPer}
          onChange={handleStaffPerChange}
          style={{ width: 130 }}
        />
        <CheckedNumberInput
          bounds={RATIO_PER_POPULATION_BOUNDS}
          placeholder={t('needs.standard.perPopulation')}
          aria-label={t('needs.standard.perPopulation')}
          value={perPopulation}
          onChange={handlePerPopulationChange}
          style={{ width: 160 }}
        />
        <Button onClick={handleApply} disabled={!ready} data-testid="apply-ratio">
          {t('needs.standard.apply')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('needs.standard.benchmarkHint')}</Typography.Text>
    </Flex>
  );
}
