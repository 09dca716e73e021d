import {
  parentRuleFor,
  SERVED_POPULATION_BOUNDS,
  UNIT_CODE_MAX_LENGTH,
  UNIT_KINDS,
  type UnitKind,
} from '@formasi/core';
import { Card, Col, Form, Input, Row } from 'antd';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { rootFieldPath } from '../../../lib/form-errors';
import { numberRule } from '../../../lib/number-rule';
import { useFormErrors } from '../../../lib/use-form-errors';
import { EnumSelect } from '../../../ui/EnumSelect';
import { FormActions } from '../../../ui/FormActions';
import { FormIssuesAlert } from '../../../ui/FormIssuesAlert';
import { NumberInput } from '../../../ui/NumberInput';
import { SectorSelect } from '../../../shared/SectorSelect';
import { KecamatanSelect } from '../../../shared/KecamatanSelect';
import { UnitSelect } from '../../../shared/UnitSelect';

export const UnitForm_unit = graphql(`
  fragment UnitForm_unit on Unit {
    id
    code
    name
    kind
    address
    servedPopulation
    archived
    sector {
      id
    }
    parent {
      id
    }
    kecamatan {
      id
    }
  }
`);

/** What the form submits; required fields are guaranteed by the form's rules. */
export interface UnitFormValues {
  code: string;
  name: string;
  kind: UnitKind;
  sectorId: string;
  parentId?: string;
  kecamatanId?: string;
  address: string;
  servedPopulation?: number | null;
}

function toUpperCase(value: string): string {
  return value.toUpperCase();
}

const FIELDS = [
  'code',
  'name',
  'kind',
  'sectorId',
  'parentId',
  'kecamatanId',
  'address',
  'servedPopulation',
] as const;
const fieldOf = rootFieldPath(FIELDS);

interface UnitFormProps {
  unit?: FragmentType<typeof UnitForm_unit>;
  submitting: boolean;
  readOnly: boolean;
  onSubmit: (values: UnitFormValues) => Promise<CombinedError | undefined>;
  extraActions?: ReactNode;
}

export function UnitForm({ unit: unitRef, submitting, readOnly, onSubmit, extraActions }: UnitFormProps) {
  const { t } = useTranslation();
  const unit = getFragmentData(UnitForm_unit, unitRef);
  const [form] = Form.useForm<UnitFormValues>();
  const required = [{ required: true, message: t('errors.reason.REQUIRED') }];
  const kind = Form.useWatch('kind', form);
  const parentRule = kind ? parentRuleFor(kind) : 'PARENT_OPTIONAL';
  // An OPD has no parent (its select is disabled): an issue about the parent goes to the alert.
  const {
    messages,
    settle,
    clearMessages,
    handleValuesChange: clearChangedErrors,
  } = useFormErrors(form.setFields, fieldOf, {
    isDisabled: (field) => field === 'parentId' && parentRule === 'TOP_LEVEL',
  });

  const handleValuesChange = (changed: Partial<UnitFormValues>) => {
    clearChangedErrors(changed);
    // An OPD is top-level (core's parent rule): drop a parent chosen before the kind.
    if (changed.kind && parentRuleFor(changed.kind) === 'TOP_LEVEL') {
      form.setFieldValue('parentId', undefined);
      clearChangedErrors({ parentId: undefined });
    }
  };

  const handleFinish = async (values: UnitFormValues) => {
    clearMessages();
    const error = await onSubmit(values);
    settle(error);
  };

  return (
    <Card>
      <FormIssuesAlert messages={messages} />
      <Form<UnitFormValues>
        form={form}
        layout="vertical"
        disabled={readOnly}
        initialValues={{
          code: unit?.code ?? '',
          name: unit?.name ?? '',
          kind: unit?.kind,
          sectorId: unit?.sector.id,
          parentId: unit?.parent?.id,
          kecamatanId: unit?.kecamatan?.id,
          address: unit?.address ?? '',
          servedPopulation: unit?.servedPopulation ?? null,
        }}
        onValuesChange={handleValuesChange}
        onFinish={(values) => void handleFinish(values)}
        data-testid="unit-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={t('common.code')} name="code" rules={required} normalize={toUpperCase}>
              <Input maxLength={UNIT_CODE_MAX_LENGTH} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label={t('common.name')} name="name" rules={required}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('units.kind')} name="kind" rules={required}>
              <EnumSelect values={UNIT_KINDS} labelOf={(kind) => t(`enums.UnitKind.${kind}`)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('units.sector')} name="sectorId" rules={required}>
              <SectorSelect />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('units.parent')}
              name="parentId"
              rules={parentRule === 'PARENT_REQUIRED' ? required : []}
              extra={parentRule === 'TOP_LEVEL' ? t('units.parentTopLevel') : undefined}
            >
              <UnitSelect
                allowClear
                excludeId={unit?.id}
                placeholder={t('units.selectPlaceholder')}
                disabled={readOnly || parentRule === 'TOP_LEVEL'}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('units.kecamatan')} name="kecamatanId">
              <KecamatanSelect allowClear />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item label={t('units.address')} name="address">
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label={t('units.servedPopulation')}
              name="servedPopulation"
              extra={t('units.servedPopulationHelp')}
              rules={[numberRule(t, SERVED_POPULATION_BOUNDS)]}
            >
              <NumberInput style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <FormActions submitting={submitting} cancelTo="/units" disabled={readOnly} extra={extraActions} />
      </Form>
    </Card>
  );
}
