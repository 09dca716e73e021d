import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Flex, Skeleton, Typography } from 'antd';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../lib/format';
import { palette } from './theme';

interface StatCardProps {
  title: string;
  hint: string;
  value: number | undefined;
  loading: boolean;
  icon: ReactNode;
  to: string;
  testId: string;
}

/** A headline count with a link to its list. */
export function StatCard({ title, hint, value, loading, icon, to, testId }: StatCardProps) {
  const { t } = useTranslation();
  return (
    <Card data-testid={testId} style={{ height: '100%' }}>
      <Flex vertical gap={8}>
        <Flex align="center" gap={10}>
          <span style={{ fontSize: 20, color: palette.primary }}>{icon}</span>
          <Typography.Text strong style={{ fontSize: 15 }}>
            {title}
          </Typography.Text>
        </Flex>
        {loading ? (
          <Skeleton.Input active size="large" />
        ) : (
          <Typography.Text style={{ fontSize: 36, fontWeight: 600, color: palette.navy, lineHeight: 1.1 }}>
            {value === undefined ? '–' : formatNumber(value)}
          </Typography.Text>
        )}
        <Typography.Text type="secondary">{hint}</Typography.Text>
        <Link to={to}>
          {t('home.open')} <ArrowRightOutlined />
        </Link>
      </Flex>
    </Card>
  );
}
