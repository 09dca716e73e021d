import { isoDateInJakarta, validateStaffMove } from '@formasi/core';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { describeIssue } from '../../../lib/error-text';
import { asInputIssues, groupIssuesByField, rootFieldPath } from '../../../lib/form-errors';
import { useCreateModalForm } from '../../../lib/use-server-validation';
import { FormIssuesAlert } from '../../../ui/FormIssuesAlert';
import { PositionSelect } from '../../../shared/PositionSelect';
import { UnitSelect } from '../../../shared/UnitSelect';

export interface StaffMoveValues {
  unitId?: string;
  positionId: string;
  tmt: string;
}

const FIELDS = ['positionId', 'tmt'] as const;
const fieldOf = rootFieldPath(FIELDS);

interface StaffMoveModalProps {
  open: boolean;
  submitting: boolean;
  /** The position held now and its TMT: core's validateStaffMove checks the move against them first. */
  current: { positionId: string; tmt: string };
  onSubmit: (values: StaffMoveValues) => Promise<CombinedError | undefined>;
  onClose: () => void;
}

/** A move to another position, of the same or another unit, from a TMT. */
export function StaffMoveModal({ open, submitting, current, onSubmit, onClose }: StaffMoveModalProps) {
  const { t } = useTranslation();
  const { form, messages, handleFinish, handleCancel, handleValuesChange } = useCreateModalForm(
    FIELDS,
    onSubmit,
    onClose,
  );
  const unitId = Form.useWatch('unitId', form);
  const required = { required: true, whitespace: true, message: t('errors.reason.REQUIRED') };

  const handleMove = async (values: StaffMoveValues) => {
    const move = { positionId: values.positionId, tmt: values.tmt.trim() };
    const issues = validateStaffMove(move, current, isoDateInJakarta(new Date()));
    if (issues.length > 0) {
      form.setFields(
        groupIssuesByField(asInputIssues(issues), fieldOf, (found) => describeIssue(t, found)).fieldErrors,
      );
      return;
    }
    await handleFinish({ ...values, ...move });
  };

  return (
    <Modal
      open={open}
      title={t('staff.member.moveTitle')}
      okText={t('staff.member.move')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: submitting, htmlType: 'submit', 'data-testid': 'staff-move-submit' }}
      onOk={() => form.submit()}
      onCancel={handleCancel}
      forceRender
    >
      <FormIssuesAlert messages={messages} />
      <Form<StaffMoveValues>
        form={form}
        name="staff-move"
        layout="vertical"
        initialValues={{ tmt: isoDateInJakarta(new Date()) }}
        onValuesChange={(changed: Partial<StaffMoveValues>) => {
          handleValuesChange(changed);
          if ('unitId' in changed) form.setFieldValue('positionId', undefined);
        }}
        onFinish={(values) => void handleMove(values)}
        data-testid="staff-move-form"
      >
        <Form.Item label={t('staff.member.moveUnit')} name="unitId">
          <UnitSelect placeholder={t('units.selectPlaceholder')} allowClear />
        </Form.Item>
        <Form.Item label={t('staff.member.movePosition')} name="positionId" rules={[required]}>
          <PositionSelect unitId={unitId} />
        </Form.Item>
        <Form.Item label={t('staff.member.moveTmt')} name="tmt" rules={[required]}>
          <Input placeholder={t('staff.member.datePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
