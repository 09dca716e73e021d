import { POSITION_KINDS } from '@formasi/core';
import { Col, Divider, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatAmount, parseAmount } from '../planning-format';

function MoneyInput(props: {
  value?: number | null;
  onChange?: (value: number | null) => void;
  id?: string;
}) {
  return (
    <InputNumber<number>
      {...props}
      min={0}
      prefix="Rp"
      formatter={(value) => formatAmount(value)}
      parser={(text) => parseAmount(text)}
      style={{ width: '100%' }}
    />
  );
}

/** APBD spending, personnel spending, TKD teacher allowances and the average yearly cost per position kind. */
export function BudgetFields() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('planning.budgetHelp')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('planning.totalSpending')} name="totalSpending">
            <MoneyInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('planning.personnelSpending')} name="personnelSpending">
            <MoneyInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('planning.excludedTeacherAllowances')}
            name="excludedTeacherAllowances"
            dependencies={['personnelSpending']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, value: number | null) => {
                  const personnel: number | null = getFieldValue('personnelSpending');
                  if (value !== null && value !== undefined && personnel !== null && value > personnel) {
                    throw new Error(t('planning.allowancesAbovePersonnel'));
                  }
                },
              }),
            ]}
          >
            <MoneyInput />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('planning.averageCostsTitle')}
      </Divider>
      <Row gutter={16}>
        {POSITION_KINDS.map((kind, index) => (
          <Col xs={24} md={8} key={kind}>
            <Form.Item name={['averageCosts', index, 'kind']} hidden>
              <Input />
            </Form.Item>
            <Form.Item
              label={t('planning.averageCost', { kind: t(`enums.PositionKind.${kind}`) })}
              name={['averageCosts', index, 'annualCost']}
            >
              <MoneyInput />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </>
  );
}
