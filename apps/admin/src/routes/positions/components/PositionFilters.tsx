import { POSITION_KINDS, type PositionKind, type PositionLevel } from '@formasi/core';
import { useTranslation } from 'react-i18next';
import { type ListPatch } from '../../../lib/list-params';
import { EnumSelect } from '../../../ui/EnumSelect';
import { SectorSelect } from '../../../shared/SectorSelect';
import { UnitSelect } from '../../../shared/UnitSelect';
import { levelsOf, type POSITION_FILTER_KEYS } from '../position-list';

type FilterKey = (typeof POSITION_FILTER_KEYS)[number];

interface PositionFiltersProps {
  sectorId: string | undefined;
  unitId: string | undefined;
  kind: PositionKind | undefined;
  level: PositionLevel | undefined;
  onChange: (patch: ListPatch<FilterKey>) => void;
}

const FILTER_WIDTH = { width: 180 };

/** Sector, unit (searched on the server), kind and level; the level list follows the chosen kind. */
export function PositionFilters({ sectorId, unitId, kind, level, onChange }: PositionFiltersProps) {
  const { t } = useTranslation();
  const handleKindChange = (nextKind: PositionKind | undefined) => {
    const keepLevel = level && levelsOf(nextKind).includes(level);
    onChange({ filters: { kind: nextKind, level: keepLevel ? level : undefined } });
  };
  return (
    <>
      <SectorSelect
        id="filter-sector"
        aria-label={t('positions.sector')}
        placeholder={t('positions.sector')}
        allowClear
        value={sectorId}
        onChange={(sector) => onChange({ filters: { sector } })}
        style={FILTER_WIDTH}
      />
      <UnitSelect
        id="filter-unit"
        aria-label={t('positions.unit')}
        placeholder={t('positions.unit')}
        allowClear
        value={unitId}
        onChange={(unit) => onChange({ filters: { unit } })}
        style={{ width: 220 }}
      />
      <EnumSelect
        id="filter-kind"
        aria-label={t('positions.kind')}
        placeholder={t('positions.kind')}
        allowClear
        values={POSITION_KINDS}
        labelOf={(value) => t(`enums.PositionKind.${value}`)}
        value={kind}
        onChange={handleKindChange}
        style={FILTER_WIDTH}
      />
      <EnumSelect
        id="filter-level"
        aria-label={t('positions.level')}
        placeholder={t('positions.level')}
        allowClear
        values={levelsOf(kind)}
        labelOf={(value) => t(`enums.PositionLevel.${value}`)}
        value={level}
        onChange={(value) => onChange({ filters: { level: value } })}
        style={FILTER_WIDTH}
      />
    </>
  );
}
