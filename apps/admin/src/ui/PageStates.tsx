import { Skeleton } from 'antd';

export function FormSkeleton() {
  return <Skeleton active paragraph={{ rows: 8 }} />;
}
