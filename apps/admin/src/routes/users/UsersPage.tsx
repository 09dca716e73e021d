import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { ErrorState } from '../../ui/ErrorState';
import { PageHeader } from '../../ui/PageHeader';
import { useCanWrite } from '../../shared/current-user';
import { UserCreateModal } from './components/UserCreateModal';
import { UserEditModal } from './components/UserEditModal';
import { UsersTable } from './components/UsersTable';
import {
  toCreateUserInput,
  toUpdateUserInput,
  type SavedUser,
  type UserCreateValues,
  type UserEditValues,
} from './user-input';

const UsersPageQuery = graphql(`
  query UsersPage {
    me {
      id
    }
    users {
      id
      ...UsersTable_user
      ...UserEditModal_user
    }
  }
`);

const UsersPageCreate = graphql(`
  mutation UsersPageCreate($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      ...UsersTable_user
      ...UserEditModal_user
    }
  }
`);

const UsersPageUpdate = graphql(`
  mutation UsersPageUpdate($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      ...UsersTable_user
      ...UserEditModal_user
    }
  }
`);

// A new account must refetch the list even when the cached answer holds no user to invalidate it by.
const CONTEXT = { additionalTypenames: ['User'] };

/** Pengguna: BKPSDM administrators add accounts, give roles (an operator with its unit) and disable them. */
export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canWrite = useCanWrite();
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | undefined>();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: UsersPageQuery,
    context: CONTEXT,
    pause: !canWrite,
  });
  const [{ fetching: saving }, create] = useMutation(UsersPageCreate);
  const [{ fetching: updating }, update] = useMutation(UsersPageUpdate);
  const users = data?.users ?? [];
  const editing = users.find((user) => user.id === editingId);

  if (!canWrite) {
    return <Result status="403" title={t('errors.code.FORBIDDEN')} subTitle={t('users.forbidden')} />;
  }

  const handleCreate = async (values: UserCreateValues) => {
    const result = await create({ input: toCreateUserInput(values) });
    if (result.error) return result.error;
    void message.success(t('users.created'));
    setCreating(false);
    return undefined;
  };
  const handleUpdate = async (saved: SavedUser, values: UserEditValues) => {
    if (!editingId) return undefined;
    const result = await update({ id: editingId, input: toUpdateUserInput(saved, values) });
    if (result.error) return result.error;
    void message.success(t('users.saved'));
    setEditingId(undefined);
    return undefined;
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="create-button"
            onClick={() => setCreating(true)}
          >
            {t('users.newButton')}
          </Button>
        }
      />
      {error && <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <UsersTable users={users} loading={fetching} currentUserId={data?.me?.id} onEdit={setEditingId} />
      <UserCreateModal
        open={creating}
        submitting={saving}
        onSubmit={handleCreate}
        onClose={() => setCreating(false)}
      />
      {editing && (
        <UserEditModal
          key={editing.id}
          user={editing}
          isSelf={editing.id === data?.me?.id}
          submitting={updating}
          onSubmit={handleUpdate}
          onClose={() => setEditingId(undefined)}
        />
      )}
    </>
  );
}
