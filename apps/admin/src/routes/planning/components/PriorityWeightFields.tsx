import { PRIORITY_FACTORS } from '@formasi/core';
import { Col, Form, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type PlanningFormValues } from '../planning-input';
import { formatPercent } from '../planning-format';

/** The five relative weights of the gap priority score, each with its live share of the score. */
export function PriorityWeightFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<PlanningFormValues>();
  const weights = Form.useWatch('priorityWeights', form);
  const total = PRIORITY_FACTORS.reduce((sum, factor) => sum + Math.max(0, weights?.[factor] ?? 0), 0);
  return (
    <>
      <Typography.Paragraph type="secondary">{t('planning.weightsHelp')}</Typography.Paragraph>
      {total === 0 && weights && (
        <Typography.Text type="danger">{t('planning.weightsAllZero')}</Typography.Text>
      )}
      <Row gutter={16}>
        {PRIORITY_FACTORS.map((factor) => {
          const weight = Math.max(0, weights?.[factor] ?? 0);
          return (
            <Col xs={24} sm={12} lg={8} xl={4} key={factor} style={{ minWidth: 190 }}>
              <Form.Item
                label={t(`planning.weights.${factor}`)}
                name={['priorityWeights', factor]}
                rules={[{ required: true, message: t('errors.reason.REQUIRED') }]}
                extra={t('planning.weightShare', { share: formatPercent(total > 0 ? weight / total : 0) })}
              >
                <InputNumber<number> min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          );
        })}
      </Row>
    </>
  );
}
