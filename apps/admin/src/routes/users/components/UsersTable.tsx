import { EditOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatDateTime } from '../../../lib/format';
import { ROLE_COLORS } from '../user-roles';

export const UsersTable_user = graphql(`
  fragment UsersTable_user on User {
    id
    name
    email
    disabled
    lastLoginAt
    grants {
      role
      unit {
        id
        name
      }
    }
  }
`);

type UserRow = ReturnType<typeof rowsOf>[number];

function rowsOf(users: readonly FragmentType<typeof UsersTable_user>[]) {
  return getFragmentData(UsersTable_user, users);
}

interface UsersTableProps {
  users: readonly FragmentType<typeof UsersTable_user>[];
  loading: boolean;
  /** The signed-in administrator, marked "Anda". */
  currentUserId: string | undefined;
  onEdit: (id: string) => void;
}

/** Every account: its role (with the unit of an operator), whether it may sign in, and when it last did. */
export function UsersTable({ users, loading, currentUserId, onEdit }: UsersTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<UserRow> = [
    {
      title: t('users.name'),
      dataIndex: 'name',
      render: (_, user) => (
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
            {user.name}
          </Typography.Text>
          {user.id === currentUserId && <Tag>{t('users.you')}</Tag>}
        </Flex>
      ),
    },
    { title: t('users.email'), dataIndex: 'email' },
    { title: t('users.role'), key: 'role', render: (_, user) => <RoleGrants grants={user.grants} /> },
    {
      title: t('users.status'),
      dataIndex: 'disabled',
      width: 120,
      render: (_, user) =>
        user.disabled ? <Tag>{t('users.inactive')}</Tag> : <Tag color="success">{t('users.active')}</Tag>,
    },
    {
      title: t('users.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      render: (_, user) =>
        user.lastLoginAt ? (
          formatDateTime(user.lastLoginAt)
        ) : (
          <Typography.Text type="secondary">{t('users.neverSignedIn')}</Typography.Text>
        ),
    },
    {
      title: t('users.actions'),
      key: 'actions',
      width: 100,
      render: (_, user) => (
        <Button
          size="small"
          icon={<EditOutlined />}
          aria-label={t('users.editUser', { name: user.name })}
          data-testid="edit-user"
          onClick={() => onEdit(user.id)}
        >
          {t('users.edit')}
        </Button>
      ),
    },
  ];
  return (
    <div data-testid="users-table">
      <Table<UserRow>
        rowKey="id"
        size="middle"
        dataSource={[...rowsOf(users)]}
        columns={columns}
        loading={loading}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{
          emptyText: loading ? <div style={{ height: 120 }} /> : <Empty description={t('users.empty')} />,
        }}
      />
    </div>
  );
}

function RoleGrants({ grants }: { grants: UserRow['grants'] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} align="flex-start">
      {grants.map((grant) => (
        <Flex key={`${grant.role}:${grant.unit?.id ?? ''}`} gap={4} align="center" wrap>
          <Tag color={ROLE_COLORS[grant.role]}>{t(`enums.Role.${grant.role}`)}</Tag>
          {grant.unit && <Typography.Text type="secondary">{grant.unit.name}</Typography.Text>}
        </Flex>
      ))}
    </Flex>
  );
}
