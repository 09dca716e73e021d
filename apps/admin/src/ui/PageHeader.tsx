import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, theme, Typography } from 'antd';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

interface PageHeaderProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Where "Kembali" leads; no back button without it. */
  backTo?: string;
  extra?: ReactNode;
}

/** The top of every signed-in screen: its title is the page's one h1 (drawn at the size of an h3). */
export function PageHeader({ title, subtitle, backTo, extra }: PageHeaderProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 20 }}>
      <Flex gap={12} align="flex-start">
        {backTo && (
          <Button
            icon={<ArrowLeftOutlined />}
            type="text"
            aria-label={t('common.back')}
            title={t('common.back')}
            onClick={() => void navigate(backTo)}
          />
        )}
        <div>
          <Typography.Title
            level={1}
            style={{ margin: 0, fontSize: token.fontSizeHeading3, lineHeight: token.lineHeightHeading3 }}
          >
            {title}
          </Typography.Title>
          {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
        </div>
      </Flex>
      {extra && <Flex gap={8}>{extra}</Flex>}
    </Flex>
  );
}
