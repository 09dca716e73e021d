import { isLevelOfKind, retirementAgeFor, type PositionKind, type PositionLevel } from '@formasi/core';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

interface RetirementAgeFieldProps {
  /** The server's BUP of the saved position (authoritative). */
  savedAge: number | undefined;
  kind: PositionKind | undefined;
  level: PositionLevel | undefined;
  isTeacher: boolean;
}

/**
 * Batas Usia Pensiun, read-only: the server's value for a saved position, and core's same rule as a live preview
 * while kind, level or the teacher switch change (the server computes it again on save).
 */
export function RetirementAgeField({ savedAge, kind, level, isTeacher }: RetirementAgeFieldProps) {
  const { t } = useTranslation();
  const preview =
    kind && level && isLevelOfKind(kind, level) ? retirementAgeFor({ kind, level, isTeacher }) : undefined;
  const shown = savedAge ?? preview;
  const changed = savedAge !== undefined && preview !== undefined && preview !== savedAge;
  return (
    <Form.Item
      label={t('positions.retirementAge')}
      htmlFor="retirementAge"
      extra={
        changed ? t('positions.retirementAgeAfterSave', { count: preview }) : t('positions.retirementAgeHint')
      }
    >
      <Input
        id="retirementAge"
        readOnly
        variant="filled"
        value={shown === undefined ? '–' : t('common.years', { count: shown })}
        data-testid="retirement-age"
      />
    </Form.Item>
  );
}
