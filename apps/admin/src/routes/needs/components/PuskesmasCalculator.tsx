import {
  PUSKESMAS_STAFF_CATEGORIES,
  PUSKESMAS_STAFFING_STANDARDS,
  PUSKESMAS_TYPES,
  puskesmasStaffTotal,
  puskesmasStandardNeed,
  type PuskesmasStaffCategory,
  type PuskesmasStaffingTable,
  type PuskesmasType,
} from '@formasi/core';
import { Button, Flex, Select, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { EnumSelect } from '../../../ui/EnumSelect';

// Read as the general table type: the rural rows are absent until configured, and their options say so.
const STANDARDS: PuskesmasStaffingTable = PUSKESMAS_STAFFING_STANDARDS;

interface PuskesmasCalculatorProps {
  onApply: (need: number, basis: string) => void;
}

/** Minimum staff of one category in a puskesmas of one type (Permenkes 75/2014), from core's table. */
export function PuskesmasCalculator({ onApply }: PuskesmasCalculatorProps) {
  const { t } = useTranslation();
  // Every puskesmas position's card has this calculator: ids unique per card keep each listbox its own.
  const id = useId();
  const [type, setType] = useState<PuskesmasType | undefined>();
  const [category, setCategory] = useState<PuskesmasStaffCategory | undefined>();
  const row = type && STANDARDS[type];

  const handleApply = () => {
    if (!type || !category || !row) return;
    const result = puskesmasStandardNeed(STANDARDS, type, category);
    if (!result) return;
    const basis = t('needs.standard.puskesmasBasis', {
      type: t(`needs.standard.puskesmasTypes.${type}`),
      category: t(`needs.standard.staffCategories.${category}`),
      need: formatNumber(result.need),
      total: formatNumber(puskesmasStaffTotal(row)),
    });
    onApply(result.need, basis);
  };

  const typeOptions = PUSKESMAS_TYPES.map((value) => {
    const label = t(`needs.standard.puskesmasTypes.${value}`);
    const configured = STANDARDS[value] !== undefined;
    return {
      value,
      label: configured ? label : t('needs.standard.notConfigured', { type: label }),
      disabled: !configured,
    };
  });

  return (
    <Flex vertical gap={4}>
      <Flex gap={8} wrap align="center">
        <Typography.Text style={{ minWidth: 260 }}>{t('needs.standard.puskesmas')}</Typography.Text>
        <Select<PuskesmasType>
          id={`${id}-type`}
          aria-label={t('needs.standard.puskesmasType')}
          placeholder={t('needs.standard.puskesmasType')}
          options={typeOptions}
          value={type}
          onChange={setType}
          style={{ width: 260 }}
        />
        <EnumSelect<PuskesmasStaffCategory>
          id={`${id}-category`}
          aria-label={t('needs.standard.staffCategory')}
          placeholder={t('needs.standard.staffCategory')}
          values={PUSKESMAS_STAFF_CATEGORIES}
          labelOf={(value) => t(`needs.standard.staffCategories.${value}`)}
          value={category}
          onChange={setCategory}
          style={{ width: 260 }}
        />
        <Button onClick={handleApply} disabled={!row || !category} data-testid="apply-puskesmas">
          {t('needs.standard.apply')}
        </Button>
      </Flex>
    </Flex>
  );
}
