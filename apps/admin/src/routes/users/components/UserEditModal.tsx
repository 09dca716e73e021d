import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@formasi/core';
import { Alert, Form, Input, Modal, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { rootFieldPath } from '../../../lib/form-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import { FormIssuesAlert } from '../../../ui/FormIssuesAlert';
import { type SavedUser, type UserEditValues } from '../user-input';
import { UserRoleFields } from './UserRoleFields';

export const UserEditModal_user = graphql(`
  fragment UserEditModal_user on User {
    id
    name
    email
    disabled
    grants {
      role
      unit {
        id
        name
      }
    }
  }
`);

// Form field names equal the input's, so the server's issues land under their fields.
const FIELDS = ['name', 'role', 'unitId', 'password', 'disabled'] as const;
const fieldOf = rootFieldPath(FIELDS);
const SELF_LOCKED = ['role', 'unitId', 'disabled'] as const;

interface UserEditModalProps {
  user: FragmentType<typeof UserEditModal_user>;
  /** The signed-in administrator's own account: it cannot be disabled or lose its role. */
  isSelf: boolean;
  submitting: boolean;
  /** Resolves with the server's error when the change was refused. */
  onSubmit: (saved: SavedUser, values: UserEditValues) => Promise<CombinedError | undefined>;
  onClose: () => void;
}

/** Name, role and unit, an optional new password, and whether the account may sign in. */
export function UserEditModal({ user: userRef, isSelf, submitting, onSubmit, onClose }: UserEditModalProps) {
  const { t } = useTranslation();
  const user = getFragmentData(UserEditModal_user, userRef);
  const [form] = Form.useForm<UserEditValues>();
  const {
    messages,
    settle,
    clearMessages,
    handleValuesChange: clearChangedErrors,
  } = useFormErrors(form.setFields, fieldOf, {
    // Administrators cannot change their own role, unit or status: issues about them go to the alert.
    isDisabled: (field) => isSelf && SELF_LOCKED.some((locked) => locked === field),
  });
  const [grant] = user.grants;
  const saved: SavedUser = {
    name: user.name,
    role: grant?.role,
    unitId: grant?.unit?.id,
    disabled: user.disabled,
  };

  const handleFinish = async (values: UserEditValues) => {
    clearMessages();
    const error = await onSubmit(saved, values);
    settle(error);
  };

  return (
    <Modal
      open
      title={t('users.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: submitting, htmlType: 'submit', 'data-testid': 'user-edit-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={600}
    >
      <Typography.Paragraph type="secondary" data-testid="user-edit-email">
        {user.email}
      </Typography.Paragraph>
      {isSelf && (
        <Alert type="info" showIcon title={t('users.ownAccountHint')} style={{ marginBottom: 16 }} />
      )}
      <FormIssuesAlert messages={messages} />
      <Form<UserEditValues>
        form={form}
        name="user-edit"
        layout="vertical"
        initialValues={{ ...saved, password: '' }}
        onValuesChange={clearChangedErrors}
        onFinish={(values) => void handleFinish(values)}
        data-testid="user-edit-form"
      >
        <Form.Item
          label={t('users.name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('errors.reason.REQUIRED') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <UserRoleFields disabled={isSelf} />
        <Form.Item
          label={t('users.newPassword')}
          name="password"
          extra={t('users.newPasswordHint')}
          rules={[
            {
              min: PASSWORD_MIN_LENGTH,
              message: t('users.passwordTooShort', { count: PASSWORD_MIN_LENGTH }),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
        </Form.Item>
        <Form.Item
          label={t('users.disabled')}
          name="disabled"
          valuePropName="checked"
          extra={t('users.disabledHint')}
        >
          <Switch disabled={isSelf} data-testid="user-disabled-switch" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
