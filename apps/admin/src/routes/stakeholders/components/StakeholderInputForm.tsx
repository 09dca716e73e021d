import { STAKEHOLDER_WEIGHT_BOUNDS } from '@formasi/core';
import { Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { type StakeholderSource } from '../../../gql/graphql';
import { numberRule } from '../../../lib/number-rule';
import { useCreateModalForm } from '../../../lib/use-server-validation';
import { FormIssuesAlert } from '../../../ui/FormIssuesAlert';
import { NumberInput } from '../../../ui/NumberInput';
import { SectorSelect } from '../../../shared/SectorSelect';
import { UnitSelect } from '../../../shared/UnitSelect';
import { DEFAULT_PROPOSED_WEIGHT, STAKEHOLDER_SOURCES } from '../stakeholder-sources';
import { PositionSelect } from '../../../shared/PositionSelect';

export interface StakeholderInputFormValues {
  source: StakeholderSource;
  submittedBy: string;
  summary: string;
  sectorId?: string;
  unitId?: string;
  positionId?: string;
  proposedWeight: number;
}

// Form field names equal the input's, so the server's issues land under their fields.
const FIELDS = [
  'source',
  'submittedBy',
  'summary',
  'sectorId',
  'unitId',
  'positionId',
  'proposedWeight',
] as const;
const SUMMARY_MAX_LENGTH = 2000;

interface StakeholderInputFormProps {
  open: boolean;
  year: number;
  submitting: boolean;
  onSubmit: (values: StakeholderInputFormValues) => Promise<CombinedError | undefined>;
  onClose: () => void;
}

/** Records one input: who, what, what it concerns (sector, unit and/or position) and the weight proposed. */
export function StakeholderInputForm({
  open,
  year,
  submitting,
  onSubmit,
  onClose,
}: StakeholderInputFormProps) {
  const { t } = useTranslation();
  const { form, messages, handleFinish, handleCancel, handleValuesChange } = useCreateModalForm(
    FIELDS,
    onSubmit,
    onClose,
  );
  const unitId = Form.useWatch('unitId', form);
  const required = [{ required: true, whitespace: true, message: t('errors.reason.REQUIRED') }];

  return (
    <Modal
      open={open}
      title={t('stakeholders.createTitle', { year })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: submitting, htmlType: 'submit', 'data-testid': 'submit-button' }}
      onOk={() => form.submit()}
      onCancel={handleCancel}
      width={640}
      forceRender
    >
      <FormIssuesAlert messages={messages} />
      <Form<StakeholderInputFormValues>
        form={form}
        layout="vertical"
        initialValues={{ source: 'COMMUNITY', proposedWeight: DEFAULT_PROPOSED_WEIGHT }}
        onValuesChange={handleValuesChange}
        onFinish={(values) => void handleFinish(values)}
        data-testid="stakeholder-form"
      >
        <Form.Item label={t('stakeholders.source')} name="source" rules={required}>
          <Radio.Group
            optionType="button"
            options={STAKEHOLDER_SOURCES.map((value) => ({
              value,
              label: t(`stakeholders.sources.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('stakeholders.submittedBy')} name="submittedBy" rules={required}>
          <Input placeholder={t('stakeholders.submittedByPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('stakeholders.summary')} name="summary" rules={required}>
          <Input.TextArea rows={4} maxLength={SUMMARY_MAX_LENGTH} showCount />
        </Form.Item>
        <Form.Item
          label={t('stakeholders.sector')}
          name="sectorId"
          extra={t('stakeholders.attachHint')}
          dependencies={['unitId', 'positionId']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, sectorId?: string) =>
                sectorId || getFieldValue('unitId') || getFieldValue('positionId')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('stakeholders.attachRequired'))),
            }),
          ]}
        >
          <SectorSelect allowClear placeholder={t('stakeholders.sector')} />
        </Form.Item>
        <Form.Item label={t('stakeholders.unit')} name="unitId">
          <UnitSelect allowClear placeholder={t('units.selectPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('stakeholders.position')} name="positionId">
          <PositionSelect allowClear unitId={unitId} placeholder={t('stakeholders.positionPlaceholder')} />
        </Form.Item>
        <Form.Item
          label={t('stakeholders.proposedWeight')}
          name="proposedWeight"
          extra={t('stakeholders.weightHint')}
          rules={[
            { required: true, message: t('errors.reason.REQUIRED') },
            numberRule(t, STAKEHOLDER_WEIGHT_BOUNDS),
          ]}
        >
          <NumberInput style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
