import { type StandardCalculator, STANDARD_NEED_BOUNDS } from '@formasi/core';
import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { numberRule } from '../../../lib/number-rule';
import { NumberInput } from '../../../ui/NumberInput';
import { StandardCalculators } from './StandardCalculators';

interface ServiceStandardFieldsProps {
  readOnly: boolean;
  /** The calculators that fit the position; none shows none. */
  calculators: readonly StandardCalculator[];
  positionBenchmark: number | null;
  onApply: (need: number, basis: string) => void;
}

/** The second demand signal: a need from a service standard (rombel, puskesmas type, ratios) and its basis. */
export function ServiceStandardFields({
  readOnly,
  calculators,
  positionBenchmark,
  onApply,
}: ServiceStandardFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('needs.standard.need')}
            name="standardNeed"
            rules={[numberRule(t, STANDARD_NEED_BOUNDS)]}
          >
            <NumberInput style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label={t('needs.standard.basis')} name="standardBasis">
            <Input placeholder={t('needs.standard.basisPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      {!readOnly && calculators.length > 0 && (
        <StandardCalculators
          calculators={calculators}
          positionBenchmark={positionBenchmark}
          onApply={onApply}
        />
      )}
    </>
  );
}
