import { EDUCATION_LEVELS, LICENCES } from '@formasi/core';
import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { EnumMultiSelect } from '../../../ui/EnumSelect';

/** Syarat jabatan: education levels and licences from closed lists, study programmes and competencies as tags. */
export function PositionRequirementFields() {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          label={t('positions.educationLevels')}
          name="educationLevels"
          rules={[{ required: true, message: t('errors.reason.REQUIRED') }]}
        >
          <EnumMultiSelect
            values={EDUCATION_LEVELS}
            labelOf={(level) => t(`enums.EducationLevel.${level}`)}
            allowClear
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t('positions.licences')} name="licences">
          <EnumMultiSelect
            values={LICENCES}
            labelOf={(licence) => t(`enums.Licence.${licence}`)}
            allowClear
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label={t('positions.studyPrograms')}
          name="studyPrograms"
          extra={t('positions.studyProgramsHint')}
        >
          <Select<string[]>
            mode="tags"
            tokenSeparators={[',', ';']}
            suffixIcon={null}
            notFoundContent={null}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label={t('positions.competencies')}
          name="competencies"
          extra={t('positions.studyProgramsHint')}
        >
          <Select<string[]>
            mode="tags"
            tokenSeparators={[',', ';']}
            suffixIcon={null}
            notFoundContent={null}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
