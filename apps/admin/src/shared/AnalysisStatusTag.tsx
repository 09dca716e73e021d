import { assertUnreachable, type AnalysisStatus } from '@formasi/core';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** antd tag colours per workflow status: grey draft, blue under review, green final, orange returned. */
function colourOf(status: AnalysisStatus): string {
  switch (status) {
    case 'DRAFT':
      return 'default';
    case 'SUBMITTED':
      return 'processing';
    case 'VERIFIED':
      return 'cyan';
    case 'FINAL':
      return 'success';
    case 'RETURNED':
      return 'warning';
    default:
      return assertUnreachable(status);
  }
}

export function AnalysisStatusTag({ status }: { status: AnalysisStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={colourOf(status)} data-testid="analysis-status">
      {t(`needs.statuses.${status}`)}
    </Tag>
  );
}
