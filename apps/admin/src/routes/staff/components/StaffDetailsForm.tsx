import {
  EMPLOYMENT_TYPES,
  GENDERS,
  isoDateInJakarta,
  normalizeStaffDetails,
  STAFF_DETAIL_FIELDS,
  type StaffDetails,
  validateStaffDetails,
} from '@formasi/core';
import { Card, Col, Form, Input, Row } from 'antd';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { describeIssue } from '../../../lib/error-text';
import { asInputIssues, groupIssuesByField, rootFieldPath } from '../../../lib/form-errors';
import { useFormErrors } from '../../../lib/use-form-errors';
import { EnumSelect } from '../../../ui/EnumSelect';
import { FormActions } from '../../../ui/FormActions';
import { FormIssuesAlert } from '../../../ui/FormIssuesAlert';

export const StaffDetailsForm_staffMember = graphql(`
  fragment StaffDetailsForm_staffMember on StaffMember {
    id
    nip
    name
    birthDate
    gender
    employmentType
    contractEnd
    transferDate
    tmt
  }
`);

/** The form's values: dates typed as YYYY-MM-DD, optional ones possibly blank. */
export type StaffDetailsValues = Omit<StaffDetails, 'contractEnd' | 'transferDate'> & {
  contractEnd: string;
  transferDate: string;
};

// The form's fields are core's: the same names the server's issues use.
const FIELDS = STAFF_DETAIL_FIELDS;
const fieldOf = rootFieldPath(FIELDS);

interface StaffDetailsFormProps {
  member: FragmentType<typeof StaffDetailsForm_staffMember>;
  submitting: boolean;
  readOnly: boolean;
  onSubmit: (details: StaffDetails) => Promise<CombinedError | undefined>;
  extraActions?: ReactNode;
}

/** A member's own details; checked by core's validateStaffDetails (the server's rule) before they are sent. */
export function StaffDetailsForm({
  member: memberRef,
  submitting,
  readOnly,
  onSubmit,
  extraActions,
}: StaffDetailsFormProps) {
  const { t } = useTranslation();
  const member = getFragmentData(StaffDetailsForm_staffMember, memberRef);
  const [form] = Form.useForm<StaffDetailsValues>();
  const { messages, settle, clearMessages, handleValuesChange } = useFormErrors(form.setFields, fieldOf);
  const employmentType = Form.useWatch('employmentType', form);
  const placeholder = t('staff.member.datePlaceholder');

  const handleFinish = async (values: StaffDetailsValues) => {
    clearMessages();
    const details = normalizeStaffDetails({
      ...values,
      contractEnd: values.contractEnd ?? null,
      transferDate: values.transferDate ?? null,
    });
    const issues = validateStaffDetails(details, isoDateInJakarta(new Date()));
    if (issues.length > 0) {
      form.setFields(
        groupIssuesByField(asInputIssues(issues), fieldOf, (found) => describeIssue(t, found)).fieldErrors,
      );
      return;
    }
    settle(await onSubmit(details));
  };

  return (
    <Card title={t('staff.member.details')}>
      <FormIssuesAlert messages={messages} />
      <Form<StaffDetailsValues>
        form={form}
        layout="vertical"
        disabled={readOnly}
        initialValues={{
          ...member,
          birthDate: member.birthDate ?? '',
          contractEnd: member.contractEnd ?? '',
          transferDate: member.transferDate ?? '',
        }}
        onValuesChange={handleValuesChange}
        onFinish={(values) => void handleFinish(values)}
        data-testid="staff-details-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label={t('staff.nip')} name="nip">
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('staff.name')} name="name">
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('staff.member.birthDate')} name="birthDate">
              <Input placeholder={placeholder} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('staff.gender')} name="gender">
              <EnumSelect values={GENDERS} labelOf={(value) => t(`staff.genders.${value}`)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('staff.employmentType')} name="employmentType">
              <EnumSelect
                values={EMPLOYMENT_TYPES}
                labelOf={(value) => t(`staff.employmentTypes.${value}`)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('staff.tmt')} name="tmt">
              <Input placeholder={placeholder} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('staff.contractEnd')} name="contractEnd">
              <Input placeholder={placeholder} disabled={readOnly || employmentType !== 'PPPK'} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('staff.transferDate')} name="transferDate">
              <Input placeholder={placeholder} />
            </Form.Item>
          </Col>
        </Row>
        <FormActions submitting={submitting} cancelTo="/staff" disabled={readOnly} extra={extraActions} />
      </Form>
    </Card>
  );
}
