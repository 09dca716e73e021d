import { SECTOR_CODE_MAX_LENGTH } from '@formasi/core';
import { Card, Col, Form, Input, Row } from 'antd';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { rootFieldPath } from '../../../lib/form-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import { FormActions } from '../../../ui/FormActions';
import { FormIssuesAlert } from '../../../ui/FormIssuesAlert';

export const SectorForm_sector = graphql(`
  fragment SectorForm_sector on Sector {
    id
    code
    name
    description
    archived
  }
`);

export interface SectorFormValues {
  code: string;
  name: string;
  description: string;
}

function toUpperCase(value: string): string {
  return value.toUpperCase();
}

const FIELDS = ['code', 'name', 'description'] as const;
const fieldOf = rootFieldPath(FIELDS);

interface SectorFormProps {
  sector?: FragmentType<typeof SectorForm_sector>;
  submitting: boolean;
  readOnly: boolean;
  /** Resolves with the server's error when the save failed. */
  onSubmit: (values: SectorFormValues) => Promise<CombinedError | undefined>;
  extraActions?: ReactNode;
}

export function SectorForm({
  sector: sectorRef,
  submitting,
  readOnly,
  onSubmit,
  extraActions,
}: SectorFormProps) {
  const { t } = useTranslation();
  const sector = getFragmentData(SectorForm_sector, sectorRef);
  const [form] = Form.useForm<SectorFormValues>();
  const {
    messages,
    settle,
    clearMessages,
    handleValuesChange: clearChangedErrors,
  } = useFormErrors(form.setFields, fieldOf);
  const required = [{ required: true, message: t('errors.reason.REQUIRED') }];

  const handleFinish = async (values: SectorFormValues) => {
    clearMessages();
    const error = await onSubmit(values);
    settle(error);
  };

  return (
    <Card>
      <FormIssuesAlert messages={messages} />
      <Form<SectorFormValues>
        form={form}
        layout="vertical"
        disabled={readOnly}
        initialValues={{
          code: sector?.code ?? '',
          name: sector?.name ?? '',
          description: sector?.description ?? '',
        }}
        onValuesChange={clearChangedErrors}
        onFinish={(values) => void handleFinish(values)}
        data-testid="sector-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={t('common.code')} name="code" rules={required} normalize={toUpperCase}>
              <Input maxLength={SECTOR_CODE_MAX_LENGTH} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={t('common.name')} name="name" rules={required}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('common.description')} name="description">
          <Input.TextArea rows={3} />
        </Form.Item>
        <FormActions submitting={submitting} cancelTo="/sectors" disabled={readOnly} extra={extraActions} />
      </Form>
    </Card>
  );
}
