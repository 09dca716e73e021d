import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

interface FormIssuesAlertProps {
  /** Messages that belong to no single field (already translated). */
  messages: readonly string[];
}

export function FormIssuesAlert({ messages }: FormIssuesAlertProps) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={t('errors.saveFailed')}
      description={messages.length === 1 ? messages[0] : messages.map((text) => <div key={text}>{text}</div>)}
      style={{ marginBottom: 16 }}
    />
  );
}
