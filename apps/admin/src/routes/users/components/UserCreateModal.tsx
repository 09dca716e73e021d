import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@formasi/core';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { useCreateModalForm } from '../../../lib/use-server-validation';
import { FormIssuesAlert } from '../../../ui/FormIssuesAlert';
import { type UserCreateValues } from '../user-input';
import { UserRoleFields } from './UserRoleFields';

// Form field names equal the input's, so the server's issues land under their fields.
const FIELDS = ['name', 'email', 'password', 'role', 'unitId'] as const;

interface UserCreateModalProps {
  open: boolean;
  submitting: boolean;
  /** Resolves with the server's error when the account was not created. */
  onSubmit: (values: UserCreateValues) => Promise<CombinedError | undefined>;
  onClose: () => void;
}

/** A new account: who, the first password (handed over in person), and one role. */
export function UserCreateModal({ open, submitting, onSubmit, onClose }: UserCreateModalProps) {
  const { t } = useTranslation();
  const { form, messages, handleFinish, handleCancel, handleValuesChange } = useCreateModalForm(
    FIELDS,
    onSubmit,
    onClose,
  );
  const required = { required: true, whitespace: true, message: t('errors.reason.REQUIRED') };

  return (
    <Modal
      open={open}
      title={t('users.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: submitting, htmlType: 'submit', 'data-testid': 'user-create-submit' }}
      onOk={() => form.submit()}
      onCancel={handleCancel}
      width={600}
      forceRender
    >
      <FormIssuesAlert messages={messages} />
      <Form<UserCreateValues>
        form={form}
        name="user-create"
        layout="vertical"
        initialValues={{ role: 'VIEWER' }}
        onValuesChange={handleValuesChange}
        onFinish={(values) => void handleFinish(values)}
        data-testid="user-create-form"
      >
        <Form.Item label={t('users.name')} name="name" rules={[required]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('users.email')}
          name="email"
          rules={[required, { type: 'email', message: t('errors.reason.INVALID_FORMAT') }]}
        >
          <Input type="email" autoComplete="off" maxLength={EMAIL_MAX_LENGTH} />
        </Form.Item>
        <Form.Item
          label={t('users.password')}
          name="password"
          extra={t('users.passwordHint', { count: PASSWORD_MIN_LENGTH })}
          rules={[
            { required: true, message: t('errors.reason.REQUIRED') },
            {
              min: PASSWORD_MIN_LENGTH,
              message: t('users.passwordTooShort', { count: PASSWORD_MIN_LENGTH }),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
        </Form.Item>
        <UserRoleFields />
      </Form>
    </Modal>
  );
}
