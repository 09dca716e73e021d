import {
  isoDateInJakarta,
  STAFF_ARCHIVE_REASONS,
  type StaffArchiveReason,
  validateStaffArchive,
} from '@formasi/core';
import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { describeIssue } from '../../../lib/error-text';
import { asInputIssues, groupIssuesByField, rootFieldPath } from '../../../lib/form-errors';
import { useCreateModalForm } from '../../../lib/use-server-validation';
import { EnumSelect } from '../../../ui/EnumSelect';
import { FormIssuesAlert } from '../../../ui/FormIssuesAlert';

export interface StaffArchiveValues {
  reason: StaffArchiveReason;
  date: string;
  note?: string;
}

const FIELDS = ['reason', 'date', 'note'] as const;
const fieldOf = rootFieldPath(FIELDS);

interface StaffArchiveModalProps {
  open: boolean;
  submitting: boolean;
  /** The member's TMT: core's validateStaffArchive checks the date against it first. */
  tmt: string;
  onSubmit: (values: StaffArchiveValues) => Promise<CombinedError | undefined>;
  onClose: () => void;
}

/** Archiving with a reason (retired, resigned, died, transferred out), its date and a note. */
export function StaffArchiveModal({ open, submitting, tmt, onSubmit, onClose }: StaffArchiveModalProps) {
  const { t } = useTranslation();
  const { form, messages, handleFinish, handleCancel, handleValuesChange } = useCreateModalForm(
    FIELDS,
    onSubmit,
    onClose,
  );

  const handleArchive = async (values: StaffArchiveValues) => {
    const archive = { reason: values.reason, date: values.date.trim(), note: values.note ?? null };
    const issues = validateStaffArchive(archive, { tmt }, isoDateInJakarta(new Date()));
    if (issues.length > 0) {
      form.setFields(
        groupIssuesByField(asInputIssues(issues), fieldOf, (found) => describeIssue(t, found)).fieldErrors,
      );
      return;
    }
    await handleFinish({ ...values, date: archive.date });
  };

  return (
    <Modal
      open={open}
      title={t('staff.member.archiveTitle')}
      okText={t('staff.member.archive')}
      cancelText={t('common.cancel')}
      okButtonProps={{
        danger: true,
        loading: submitting,
        htmlType: 'submit',
        'data-testid': 'staff-archive-submit',
      }}
      onOk={() => form.submit()}
      onCancel={handleCancel}
      forceRender
    >
      <Typography.Paragraph>{t('staff.member.archiveIntro')}</Typography.Paragraph>
      <FormIssuesAlert messages={messages} />
      <Form<StaffArchiveValues>
        form={form}
        onValuesChange={handleValuesChange}
        name="staff-archive"
        layout="vertical"
        initialValues={{ date: isoDateInJakarta(new Date()) }}
        onFinish={(values) => void handleArchive(values)}
        data-testid="staff-archive-form"
      >
        <Form.Item
          label={t('staff.member.archiveReason')}
          name="reason"
          rules={[{ required: true, message: t('errors.reason.REQUIRED') }]}
        >
          <EnumSelect
            values={STAFF_ARCHIVE_REASONS}
            labelOf={(value) => t(`staff.member.archiveReasons.${value}`)}
          />
        </Form.Item>
        <Form.Item label={t('staff.member.archiveDate')} name="date">
          <Input placeholder={t('staff.member.datePlaceholder')} />
        </Form.Item>
        <Form.Item label={t('staff.member.archiveNote')} name="note">
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
