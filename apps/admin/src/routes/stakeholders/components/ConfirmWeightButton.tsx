import { CheckOutlined } from '@ant-design/icons';
import { STAKEHOLDER_WEIGHT_BOUNDS } from '@formasi/core';
import { Button, Flex, Form, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { rootFieldPath } from '../../../lib/form-errors';
import { numberRule } from '../../../lib/number-rule';
import { useFormErrors } from '../../../lib/use-form-errors';
import { FormIssuesAlert } from '../../../ui/FormIssuesAlert';
import { NumberInput } from '../../../ui/NumberInput';

interface ConfirmWeightValues {
  weight: number;
}

const fieldOf = rootFieldPath(['weight'] as const);

interface ConfirmWeightButtonProps {
  /** The weight offered at first: the confirmed one, else the proposal. */
  initialWeight: number;
  confirmed: boolean;
  loading: boolean;
  /** The server's error, or undefined once the weight is confirmed. */
  onConfirm: (weight: number) => Promise<CombinedError | undefined>;
}

/** The popover's form, mounted afresh at each opening with the weight offered. */
function ConfirmWeightForm({
  initialWeight,
  loading,
  onConfirm,
  onDone,
}: Omit<ConfirmWeightButtonProps, 'confirmed'> & { onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ConfirmWeightValues>();
  const { messages, settle, clearMessages, handleValuesChange } = useFormErrors(form.setFields, fieldOf);

  const handleFinish = async ({ weight }: ConfirmWeightValues) => {
    clearMessages();
    const error = await onConfirm(weight);
    settle(error);
    if (!error) onDone();
  };

  return (
    <Form<ConfirmWeightValues>
      form={form}
      layout="vertical"
      initialValues={{ weight: initialWeight }}
      onValuesChange={handleValuesChange}
      onFinish={(values) => void handleFinish(values)}
      style={{ maxWidth: 280 }}
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('stakeholders.confirmHint')}</Typography.Text>
        <FormIssuesAlert messages={messages} />
        <Form.Item
          name="weight"
          label={t('stakeholders.confirmedWeight')}
          rules={[
            { required: true, message: t('errors.reason.REQUIRED') },
            numberRule(t, STAKEHOLDER_WEIGHT_BOUNDS),
          ]}
          style={{ marginBottom: 0 }}
        >
          <NumberInput data-testid="confirm-weight-input" style={{ width: '100%' }} />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<CheckOutlined />}
          loading={loading}
          data-testid="confirm-weight-submit"
        >
          {t('stakeholders.confirm')}
        </Button>
      </Flex>
    </Form>
  );
}

/** BKPSDM sets the weight an input carries (core's bounds, checked before sending); until then it does not count. */
export function ConfirmWeightButton({
  initialWeight,
  confirmed,
  loading,
  onConfirm,
}: ConfirmWeightButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      destroyOnHidden
      title={t('stakeholders.confirmTitle')}
      content={
        <ConfirmWeightForm
          initialWeight={initialWeight}
          loading={loading}
          onConfirm={onConfirm}
          onDone={() => setOpen(false)}
        />
      }
    >
      <Button size="small" type={confirmed ? 'default' : 'primary'} data-testid="confirm-weight">
        {confirmed ? t('stakeholders.changeWeight') : t('stakeholders.confirm')}
      </Button>
    </Popover>
  );
}
