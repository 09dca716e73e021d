import { InboxOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';

interface ArchiveButtonProps {
  /** The question in the confirm dialog. */
  confirm: string;
  loading: boolean;
  disabled?: boolean;
  onConfirm: () => void;
}

export function ArchiveButton({ confirm, loading, disabled, onConfirm }: ArchiveButtonProps) {
  const { t } = useTranslation();
  return (
    <Popconfirm
      title={t('common.archive')}
      description={<div style={{ maxWidth: 320 }}>{confirm}</div>}
      okText={t('common.archiveConfirmOk')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, 'data-testid': 'archive-confirm' }}
      onConfirm={onConfirm}
      disabled={disabled}
    >
      <Button
        danger
        icon={<InboxOutlined />}
        loading={loading}
        disabled={disabled}
        data-testid="archive-button"
      >
        {t('common.archive')}
      </Button>
    </Popconfirm>
  );
}
