import { Alert, Button } from 'antd';
import { type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/error-text';
import { serverMessagesOf } from '../lib/graphql-errors';

interface ErrorStateProps {
  error: CombinedError;
  title?: string;
  onRetry?: () => void;
}

/** A failed load or action: translated summary, the server's sentence as detail, and a retry when possible. */
export function ErrorState({ error, title, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={title ?? t('errors.loadFailed')}
      description={
        <>
          <div>{describeError(t, error)}</div>
          <small style={{ opacity: 0.7 }}>{serverMessagesOf(error).join(' ')}</small>
        </>
      }
      action={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
      style={{ marginBottom: 16 }}
    />
  );
}
