import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EmploymentType } from '../../../gql/graphql';
import { type ListPatch } from '../../../lib/list-params';
import { EnumSelect } from '../../../ui/EnumSelect';
import { PositionSelect } from '../../../shared/PositionSelect';
import { UnitSelect } from '../../../shared/UnitSelect';
import { EMPLOYMENT_TYPES, type StaffFilterKey } from '../staff-list';

interface StaffFiltersProps {
  query: string;
  unitId: string | undefined;
  positionId: string | undefined;
  employmentType: EmploymentType | undefined;
  includeArchived: boolean;
  onChange: (patch: ListPatch<StaffFilterKey>) => void;
  onReset?: () => void;
}

/** Search (name or NIP), unit, position (of the unit when one is chosen), employment type, archived. */
export function StaffFilters(props: StaffFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(props.query);
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <Input.Search
        data-testid="list-search"
        aria-label={t('common.search')}
        placeholder={t('staff.searchPlaceholder')}
        allowClear
        value={text}
        onChange={(event) => setText(event.target.value)}
        onSearch={(value) => props.onChange({ q: value })}
        enterButton={t('common.search')}
        style={{ width: 300 }}
      />
      <UnitSelect
        id="filter-unit"
        aria-label={t('staff.unit')}
        placeholder={t('staff.unit')}
        allowClear
        value={props.unitId}
        onChange={(unit) => props.onChange({ filters: { unit, position: undefined } })}
        style={{ width: 240 }}
      />
      <PositionSelect
        id="filter-position"
        aria-label={t('staff.position')}
        placeholder={t('staff.position')}
        allowClear
        unitId={props.unitId}
        value={props.positionId}
        onChange={(position) => props.onChange({ filters: { position } })}
        style={{ width: 260 }}
      />
      <EnumSelect
        id="filter-type"
        aria-label={t('staff.employmentType')}
        placeholder={t('staff.employmentType')}
        allowClear
        values={EMPLOYMENT_TYPES}
        labelOf={(value) => t(`staff.employmentTypes.${value}`)}
        value={props.employmentType}
        onChange={(type) => props.onChange({ filters: { type } })}
        style={{ width: 170 }}
      />
      <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center', cursor: 'pointer' }}>
        <Switch
          size="small"
          checked={props.includeArchived}
          onChange={(includeArchived) => props.onChange({ includeArchived })}
          data-testid="include-archived"
        />
        {t('staff.includeFormer')}
      </label>
      {props.onReset && (
        <Button
          icon={<ClearOutlined />}
          onClick={() => {
            setText('');
            props.onReset?.();
          }}
        >
          {t('common.resetFilters')}
        </Button>
      )}
    </Flex>
  );
}
