import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** A record that does not exist (wrong link, or removed). */
export function NotFoundState({ backTo }: { backTo: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      // Shown instead of the page, so it carries the page's h1 (in the Result's title style).
      title={<h1 style={{ font: 'inherit', color: 'inherit', margin: 0 }}>{t('errors.code.NOT_FOUND')}</h1>}
      subTitle={t('common.notFound')}
      extra={<Button onClick={() => void navigate(backTo)}>{t('common.back')}</Button>}
    />
  );
}

/** The shell's answer to a path no screen has. */
export function NotFoundPage() {
  return <NotFoundState backTo="/" />;
}
