import { GAP_KINDS, POSITION_KINDS, type GapKind, type PositionKind } from '@formasi/core';
import { Flex, Input, Slider, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ListPatch } from '../../../lib/list-params';
import { EnumSelect } from '../../../ui/EnumSelect';
import { SectorSelect } from '../../../shared/SectorSelect';
import { KecamatanSelect } from '../../../shared/KecamatanSelect';
import { UnitSelect } from '../../../shared/UnitSelect';
import { PRIORITY_MAX, PRIORITY_MIN, priorityParam, type GapParamKey } from '../gap-params';

interface GapFiltersProps {
  query: string;
  sectorId: string | undefined;
  unitId: string | undefined;
  kecamatanId: string | undefined;
  positionKind: PositionKind | undefined;
  gapKind: GapKind | undefined;
  minPriority: number | undefined;
  maxPriority: number | undefined;
  onChange: (patch: ListPatch<GapParamKey>) => void;
}

const FILTER_WIDTH = { width: 180 };

/** Search, sector, unit, kecamatan, position kind, shortage/surplus and a priority range; each writes the URL. */
export function GapFilters(props: GapFiltersProps) {
  const { t } = useTranslation();
  const { onChange } = props;
  return (
    <Flex gap={12} wrap align="center">
      <Input.Search
        key={props.query}
        data-testid="gap-search"
        aria-label={t('common.search')}
        placeholder={t('gaps.searchPlaceholder')}
        defaultValue={props.query}
        allowClear
        enterButton={t('common.search')}
        onSearch={(q) => onChange({ q })}
        style={{ width: 300, maxWidth: '100%' }}
      />
      <SectorSelect
        id="filter-sector"
        aria-label={t('gaps.sector')}
        placeholder={t('gaps.sector')}
        allowClear
        value={props.sectorId}
        onChange={(sector) => onChange({ filters: { sector } })}
        style={FILTER_WIDTH}
      />
      <UnitSelect
        id="filter-unit"
        aria-label={t('gaps.unit')}
        placeholder={t('gaps.unit')}
        allowClear
        value={props.unitId}
        onChange={(unit) => onChange({ filters: { unit } })}
        style={{ width: 220 }}
      />
      <KecamatanSelect
        id="filter-kecamatan"
        aria-label={t('gaps.kecamatan')}
        placeholder={t('gaps.kecamatan')}
        allowClear
        value={props.kecamatanId}
        onChange={(kecamatan) => onChange({ filters: { kecamatan } })}
        style={FILTER_WIDTH}
      />
      <EnumSelect
        id="filter-kind"
        aria-label={t('gaps.positionKind')}
        placeholder={t('gaps.positionKind')}
        allowClear
        values={POSITION_KINDS}
        labelOf={(value) => t(`enums.PositionKind.${value}`)}
        value={props.positionKind}
        onChange={(kind) => onChange({ filters: { kind } })}
        style={FILTER_WIDTH}
      />
      <EnumSelect
        id="filter-gap"
        aria-label={t('gaps.gapKind')}
        placeholder={t('gaps.gapKind')}
        allowClear
        values={GAP_KINDS}
        labelOf={(value) => t(`gaps.kind.${value}`)}
        value={props.gapKind}
        onChange={(gap) => onChange({ filters: { gap } })}
        style={{ width: 210 }}
      />
      <PriorityRange
        key={`${props.minPriority ?? ''}-${props.maxPriority ?? ''}`}
        min={props.minPriority ?? PRIORITY_MIN}
        max={props.maxPriority ?? PRIORITY_MAX}
        onChange={(min, max) =>
          onChange({
            filters: {
              minPriority: priorityParam(min, PRIORITY_MIN),
              maxPriority: priorityParam(max, PRIORITY_MAX),
            },
          })
        }
      />
    </Flex>
  );
}

interface PriorityRangeProps {
  min: number;
  max: number;
  onChange: (min: number, max: number) => void;
}

/** Two handles on the 0–100 scale; the URL changes when a handle is let go, not on every step. */
function PriorityRange({ min, max, onChange }: PriorityRangeProps) {
  const { t } = useTranslation();
  const [range, setRange] = useState<number[]>([min, max]);
  const [low = min, high = max] = range;
  return (
    <Flex align="center" gap={8} style={{ minWidth: 260 }}>
      <Typography.Text type="secondary">{t('gaps.priorityRange', { min: low, max: high })}</Typography.Text>
      <Slider
        range
        min={PRIORITY_MIN}
        max={PRIORITY_MAX}
        value={[low, high]}
        onChange={setRange}
        onChangeComplete={([from = PRIORITY_MIN, to = PRIORITY_MAX]) => onChange(from, to)}
        ariaLabelForHandle={[t('gaps.minPriority'), t('gaps.maxPriority')]}
        data-testid="priority-range"
        style={{ flex: 1, minWidth: 120 }}
      />
    </Flex>
  );
}
