import {
  POSITION_KINDS,
  SERVED_PER_STAFF_BENCHMARK_BOUNDS,
  type EducationLevel,
  type Licence,
  type PositionKind,
  type PositionLevel,
} from '@formasi/core';
import { Card, Col, Divider, Form, Input, Row, Switch } from 'antd';
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
import { UnitSelect } from '../../../shared/UnitSelect';
import { levelsOf } from '../position-list';
import { PositionRequirementFields } from './PositionRequirementFields';
import { RetirementAgeField } from './RetirementAgeField';

export const PositionForm_position = graphql(`
  fragment PositionForm_position on Position {
    id
    name
    kind
    level
    isTeacher
    educationLevels
    studyPrograms
    licences
    competencies
    description
    retirementAge
    servedPerStaffBenchmark
    unit {
      id
    }
  }
`);

/** What the form submits; required fields are guaranteed by the form's rules. */
export interface PositionFormValues {
  name: string;
  kind: PositionKind;
  level: PositionLevel;
  unitId: string;
  isTeacher: boolean;
  educationLevels: EducationLevel[];
  studyPrograms: string[];
  licences: Licence[];
  competencies: string[];
  description: string;
  servedPerStaffBenchmark?: number | null;
}

const FIELDS = [
  'name',
  'kind',
  'level',
  'unitId',
  'isTeacher',
  'educationLevels',
  'studyPrograms',
  'licences',
  'competencies',
  'description',
  'servedPerStaffBenchmark',
] as const;
const fieldOf = rootFieldPath(FIELDS);

interface PositionFormProps {
  position?: FragmentType<typeof PositionForm_position>;
  submitting: boolean;
  readOnly: boolean;
  onSubmit: (values: PositionFormValues) => Promise<CombinedError | undefined>;
  extraActions?: ReactNode;
}

export function PositionForm({
  position: positionRef,
  submitting,
  readOnly,
  onSubmit,
  extraActions,
}: PositionFormProps) {
  const { t } = useTranslation();
  const position = getFragmentData(PositionForm_position, positionRef);
  const [form] = Form.useForm<PositionFormValues>();
  // The level waits for a kind (its select is disabled until then): an issue about it goes to the alert.
  const {
    messages,
    settle,
    clearMessages,
    handleValuesChange: clearChangedErrors,
  } = useFormErrors(form.setFields, fieldOf, {
    isDisabled: (field) => field === 'level' && !form.getFieldValue('kind'),
  });
  const kind = Form.useWatch('kind', form);
  const level = Form.useWatch('level', form);
  const isTeacher = Form.useWatch('isTeacher', form) ?? false;
  const required = [{ required: true, message: t('errors.reason.REQUIRED') }];

  const handleValuesChange = (changed: Partial<PositionFormValues>) => {
    clearChangedErrors(changed);
    // A level belongs to one kind: drop it when the kind changes under it.
    const current = form.getFieldValue('level');
    if (changed.kind && !levelsOf(changed.kind).some((allowed) => allowed === current)) {
      form.setFieldValue('level', undefined);
      clearChangedErrors({ level: undefined });
    }
  };

  const handleFinish = async (values: PositionFormValues) => {
    clearMessages();
    const error = await onSubmit(values);
    settle(error);
  };

  return (
    <Card>
      <FormIssuesAlert messages={messages} />
      <Form<PositionFormValues>
        form={form}
        layout="vertical"
        disabled={readOnly}
        initialValues={{
          name: position?.name ?? '',
          kind: position?.kind,
          level: position?.level,
          unitId: position?.unit.id,
          isTeacher: position?.isTeacher ?? false,
          educationLevels: position?.educationLevels ?? [],
          studyPrograms: position?.studyPrograms ?? [],
          licences: position?.licences ?? [],
          competencies: position?.competencies ?? [],
          description: position?.description ?? '',
          servedPerStaffBenchmark: position?.servedPerStaffBenchmark ?? null,
        }}
        onValuesChange={handleValuesChange}
        onFinish={(values) => void handleFinish(values)}
        data-testid="position-form"
      >
        <Divider titlePlacement="start">{t('positions.sectionIdentity')}</Divider>
        <Form.Item label={t('positions.name')} name="name" rules={required}>
          <Input />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label={t('positions.kind')} name="kind" rules={required}>
              <EnumSelect values={POSITION_KINDS} labelOf={(value) => t(`enums.PositionKind.${value}`)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('positions.level')}
              name="level"
              rules={kind ? required : []}
              extra={kind ? undefined : t('positions.levelHint')}
            >
              <EnumSelect
                values={kind ? levelsOf(kind) : []}
                labelOf={(value) => t(`enums.PositionLevel.${value}`)}
                disabled={readOnly || !kind}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('positions.unit')} name="unitId" rules={required}>
              <UnitSelect placeholder={t('units.selectPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              label={t('positions.isTeacher')}
              name="isTeacher"
              valuePropName="checked"
              tooltip={t('positions.isTeacherHint')}
            >
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <RetirementAgeField
              savedAge={position?.retirementAge}
              kind={kind}
              level={level}
              isTeacher={isTeacher}
            />
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('positions.sectionRequirements')}</Divider>
        <PositionRequirementFields />
        <Form.Item
          label={t('positions.servedPerStaffBenchmark')}
          name="servedPerStaffBenchmark"
          extra={t('positions.servedPerStaffBenchmarkHelp')}
          rules={[numberRule(t, SERVED_PER_STAFF_BENCHMARK_BOUNDS)]}
        >
          <NumberInput style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label={t('positions.description')} name="description">
          <Input.TextArea rows={4} />
        </Form.Item>
        <FormActions submitting={submitting} cancelTo="/positions" disabled={readOnly} extra={extraActions} />
      </Form>
    </Card>
  );
}
