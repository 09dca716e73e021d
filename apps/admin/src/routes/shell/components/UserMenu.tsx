import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const UserMenu_user = graphql(`
  fragment UserMenu_user on User {
    name
    email
    roles
  }
`);

interface UserMenuProps {
  user: FragmentType<typeof UserMenu_user>;
  onSignOut: () => void;
}

/** The signed-in user's name and role, with the sign-out action. */
export function UserMenu({ user: userRef, onSignOut }: UserMenuProps) {
  const { t } = useTranslation();
  const user = getFragmentData(UserMenu_user, userRef);
  const roleLabel = user.roles.map((role) => t(`enums.Role.${role}`)).join(', ');
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'email', label: user.email, disabled: true },
          { type: 'divider' },
          { key: 'sign-out', icon: <LogoutOutlined />, label: t('common.signOut'), danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'sign-out') onSignOut();
        },
      }}
    >
      {/* Named by what it shows (the user and their role), as a speech-input user would say it. */}
      <Button type="text" data-testid="user-menu" style={{ height: 48 }}>
        <Flex align="center" gap={8}>
          <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1d5a8c' }} />
          <Flex vertical align="flex-start" style={{ lineHeight: 1.2 }}>
            <Typography.Text strong>{user.name}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {roleLabel}
            </Typography.Text>
          </Flex>
          <DownOutlined style={{ fontSize: 10 }} />
        </Flex>
      </Button>
    </Dropdown>
  );
}
