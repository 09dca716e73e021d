import { isUnitScopedRole, ROLES, type Role } from '@formasi/core';
import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../../../shared/UnitSelect';

interface UserRoleFieldsProps {
  /** The administrator's own account keeps its role. */
  disabled?: boolean;
}

/** The role, and for a unit operator the unit it works for (required only then). */
export function UserRoleFields({ disabled }: UserRoleFieldsProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const role = Form.useWatch<Role | undefined>('role', form);
  return (
    <>
      <Form.Item
        label={t('users.role')}
        name="role"
        rules={[{ required: true, message: t('errors.reason.REQUIRED') }]}
        extra={role && t(`users.roleHints.${role}`)}
      >
        <Radio.Group
          optionType="button"
          disabled={disabled}
          options={ROLES.map((value) => ({ value, label: t(`enums.Role.${value}`) }))}
        />
      </Form.Item>
      {role && isUnitScopedRole(role) && (
        <Form.Item
          label={t('users.unit')}
          name="unitId"
          extra={t('users.unitHint')}
          rules={[{ required: true, message: t('errors.reason.REQUIRED') }]}
        >
          <UnitSelect placeholder={t('units.selectPlaceholder')} disabled={disabled} />
        </Form.Item>
      )}
    </>
  );
}
