import { PRIORITY_FACTORS, PRIORITY_WEIGHT_BOUNDS } from '@formasi/core';
import { Col, Form, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { numberRule } from '../../../lib/number-rule';
import { NumberInput } from '../../../ui/NumberInput';
import { type PlanningFormValues } from '../planning-input';
import { formatPercent } from '../../../shared/planning-format';

/** A weight as it counts in the live shares: one still being typed (or refused) counts as 0. */
const usable = (weight: number | null | undefined): number =>
  typeof weight === 'number' && Number.isFinite(weight) && weight > 0 ? weight : 0;

/** The five relative weights of the gap priority score, each with its live share of the score. */
export function PriorityWeightFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<PlanningFormValues>();
  const weights = Form.useWatch('priorityWeights', form);
  const total = PRIORITY_FACTORS.reduce((sum, factor) => sum + usable(weights?.[factor]), 0);
  return (
    <>
      <Typography.Paragraph type="secondary">{t('planning.weightsHelp')}</Typography.Paragraph>
      {total === 0 && weights && (
        <Typography.Text type="danger">{t('planning.weightsAllZero')}</Typography.Text>
      )}
      <Row gutter={16}>
        {PRIORITY_FACTORS.map((factor) => {
          const weight = usable(weights?.[factor]);
          return (
            <Col xs={24} sm={12} lg={8} xl={4} key={factor} style={{ minWidth: 190 }}>
              <Form.Item
                label={t(`planning.weights.${factor}`)}
                name={['priorityWeights', factor]}
                rules={[
                  { required: true, message: t('errors.reason.REQUIRED') },
                  numberRule(t, PRIORITY_WEIGHT_BOUNDS),
                ]}
                extra={t('planning.weightShare', { share: formatPercent(total > 0 ? weight / total : 0) })}
              >
                <NumberInput style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          );
        })}
      </Row>
    </>
  );
}
