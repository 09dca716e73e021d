import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
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

export function PageHeader({ title, subtitle, backTo, extra }: PageHeaderProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
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
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
        </div>
      </Flex>
      {extra && <Flex gap={8}>{extra}</Flex>}
    </Flex>
  );
}
