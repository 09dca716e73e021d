import { ClearOutlined } from '@ant-design/icons';
import { ANALYSIS_STATUSES } from '@formasi/core';
import { Button, Flex, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ListPatch } from '../../../lib/list-params';
import { EnumSelect } from '../../../ui/EnumSelect';
import { YearSelect } from '../../../shared/YearSelect';
import { UnitSelect } from '../../../shared/UnitSelect';
import { type NeedsFilterKey, type NeedsListFilters } from '../needs-list';

interface NeedsAnalysisFiltersProps {
  filters: NeedsListFilters;
  onChange: (patch: ListPatch<NeedsFilterKey>) => void;
  /** Shown when any filter differs from the defaults. */
  onReset?: () => void;
}

/** Year, unit, status and "latest versions only", all kept in the URL. */
export function NeedsAnalysisFilters({ filters, onChange, onReset }: NeedsAnalysisFiltersProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <YearSelect
        id="filter-year"
        aria-label={t('needs.year')}
        value={filters.year}
        onChange={(year) => onChange({ filters: { year: String(year) } })}
        style={{ width: 120 }}
      />
      <UnitSelect
        id="filter-unit"
        aria-label={t('needs.unit')}
        placeholder={t('needs.unit')}
        allowClear
        value={filters.unitId}
        onChange={(unit) => onChange({ filters: { unit } })}
        style={{ width: 260 }}
      />
      <EnumSelect
        id="filter-status"
        aria-label={t('needs.status')}
        placeholder={t('needs.status')}
        allowClear
        values={ANALYSIS_STATUSES}
        labelOf={(status) => t(`needs.statuses.${status}`)}
        value={filters.status}
        onChange={(status) => onChange({ filters: { status } })}
        style={{ width: 170 }}
      />
      <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center', cursor: 'pointer' }}>
        <Switch
          size="small"
          checked={filters.latestOnly}
          onChange={(latest) => onChange({ filters: { versions: latest ? undefined : 'all' } })}
          data-testid="latest-only"
        />
        {t('needs.latestOnly')}
      </label>
      {onReset && (
        <Button icon={<ClearOutlined />} onClick={onReset}>
          {t('common.resetFilters')}
        </Button>
      )}
    </Flex>
  );
}
