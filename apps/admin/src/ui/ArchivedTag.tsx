import { InboxOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function ArchivedTag() {
  const { t } = useTranslation();
  return (
    <Tag icon={<InboxOutlined />} color="default">
      {t('common.archived')}
    </Tag>
  );
}
