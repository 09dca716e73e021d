import { type TFunction } from 'i18next';
import { type ExportColumn, type ExportRow } from '../../lib/export-table';
import { type StakeholderInputRow } from './components/StakeholderInputsTable';

const KEYS = [
  'source',
  'submittedBy',
  'summary',
  'sector',
  'unit',
  'position',
  'proposedWeight',
  'confirmedWeight',
  'confirmedAt',
] as const;
type StakeholderExportKey = (typeof KEYS)[number];

export function stakeholderExportColumns(t: TFunction): ExportColumn<StakeholderExportKey>[] {
  const titles: Record<StakeholderExportKey, string> = {
    source: t('stakeholders.source'),
    submittedBy: t('stakeholders.submittedBy'),
    summary: t('stakeholders.summary'),
    sector: t('stakeholders.sector'),
    unit: t('stakeholders.unit'),
    position: t('stakeholders.position'),
    proposedWeight: t('stakeholders.proposedWeight'),
    confirmedWeight: t('stakeholders.confirmedWeight'),
    confirmedAt: t('stakeholders.confirmedAt'),
  };
  return KEYS.map((key) => ({ key, title: titles[key] }));
}

export function toStakeholderExportRow(
  t: TFunction,
  input: StakeholderInputRow,
): ExportRow<StakeholderExportKey> {
  return {
    source: t(`stakeholders.sources.${input.source}`),
    submittedBy: input.submittedBy,
    summary: input.summary,
    sector: input.sector?.name,
    unit: input.unit?.name,
    position: input.position?.name,
    proposedWeight: input.proposedWeight,
    confirmedWeight: input.confirmedWeight,
    confirmedAt: input.confirmedAt,
  };
}
