import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format';

interface ArchivedNoticeProps {
  archived: boolean;
  archivedAt: string | null | undefined;
}

/** Explains why an archived record is read-only. */
export function ArchivedNotice({ archived, archivedAt }: ArchivedNoticeProps) {
  const { t } = useTranslation();
  if (!archived) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('common.archivedNotice', { date: archivedAt ? formatDateTime(archivedAt) : '–' })}
      style={{ marginBottom: 16 }}
    />
  );
}
