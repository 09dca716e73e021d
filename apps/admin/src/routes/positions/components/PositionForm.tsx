import {
  POSITION_KINDS,
  type EducationLevel,
  type Licence,
  type PositionKind,
  type PositionLevel,
} from '@formasi/core';
import { Card, Col, Divider, Form, Input, InputNumber, Row, Switch } from 'antd';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useServerValidation } from '../../../lib/use-server-validation';
import { EnumSelect } from '../../../ui/EnumSelect';
import { FormActions } from '../../../ui/FormActions';
import { FormIssuesAlert } from '../../../ui/FormIssuesAlert';
import { UnitSelect } from '../../units/components/UnitSelect';
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
  const { messages, report, clear } = useServerValidation(FIELDS, form.setFields);
  const kind = Form.useWatch('kind', form);
  const level = Form.useWatch('level', form);
  const isTeacher = Form.useWatch('isTeacher', form) ?? false;
  const required = [{ required: true, message: t('errors.reason.REQUIRED') }];

  const handleValuesChange = (changed: Partial<PositionFormValues>) => {
    // A level belongs to one kind: drop it when the kind changes under it.
    const current = form.getFieldValue('level');
    if (changed.kind && !levelsOf(changed.kind).some((allowed) => allowed === current)) {
      form.setFieldValue('level', undefined);
    }
  };

  const handleFinish = async (values: PositionFormValues) => {
    clear();
    const error = await onSubmit(values);
    if (error) report(error);
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
              rules={required}
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
        >
          <InputNumber min={0} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label={t('positions.description')} name="description">
          <Input.TextArea rows={4} />
        </Form.Item>
        <FormActions submitting={submitting} cancelTo="/positions" disabled={readOnly} extra={extraActions} />
      </Form>
    </Card>
  );
}
