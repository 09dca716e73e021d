import { Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { rootFieldPath } from '../../../lib/form-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import { FormIssuesAlert } from '../../../ui/FormIssuesAlert';
import { YearSelect } from '../../../shared/YearSelect';
import { UnitSelect } from '../../../shared/UnitSelect';

export interface NeedsAnalysisCreateValues {
  year: number;
  unitId: string;
}

const FIELDS = ['year', 'unitId'] as const;
const fieldOf = rootFieldPath(FIELDS);

interface NeedsAnalysisCreateModalProps {
  open: boolean;
  defaultYear: number;
  submitting: boolean;
  onSubmit: (values: NeedsAnalysisCreateValues) => Promise<CombinedError | undefined>;
  onClose: () => void;
}

/** Year and unit of a new analysis; the server's objections (a duplicate, an archived unit) show under the field. */
export function NeedsAnalysisCreateModal(props: NeedsAnalysisCreateModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NeedsAnalysisCreateValues>();
  const {
    messages,
    settle,
    clearMessages,
    handleValuesChange: clearChangedErrors,
  } = useFormErrors(form.setFields, fieldOf);
  const required = [{ required: true, message: t('errors.reason.REQUIRED') }];

  const handleFinish = async (values: NeedsAnalysisCreateValues) => {
    clearMessages();
    const error = await props.onSubmit(values);
    settle(error);
  };

  return (
    <Modal
      open={props.open}
      title={t('needs.createTitle')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={props.submitting}
      okButtonProps={{ 'data-testid': 'needs-create-submit' }}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('needs.createHint')}</Typography.Paragraph>
      <FormIssuesAlert messages={messages} />
      <Form<NeedsAnalysisCreateValues>
        form={form}
        name="needs-create"
        layout="vertical"
        initialValues={{ year: props.defaultYear }}
        onValuesChange={clearChangedErrors}
        onFinish={(values) => void handleFinish(values)}
      >
        <Form.Item label={t('needs.year')} name="year" rules={required}>
          <YearSelect />
        </Form.Item>
        <Form.Item label={t('needs.unit')} name="unitId" rules={required}>
          <UnitSelect placeholder={t('units.selectPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
