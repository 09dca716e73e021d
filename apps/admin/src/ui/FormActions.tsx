import { SaveOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

interface FormActionsProps {
  submitting: boolean;
  cancelTo: string;
  disabled?: boolean;
  /** Extra actions on the far side (e.g. Arsipkan). */
  extra?: ReactNode;
}

/** Simpan / Batal row at the foot of a form. */
export function FormActions({ submitting, cancelTo, disabled, extra }: FormActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex justify="space-between" align="center" gap={8} wrap style={{ marginTop: 8 }}>
      <Flex gap={8}>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={submitting}
          disabled={disabled}
          data-testid="submit-button"
        >
          {t('common.save')}
        </Button>
        <Button onClick={() => void navigate(cancelTo)}>{t('common.cancel')}</Button>
      </Flex>
      {extra}
    </Flex>
  );
}
