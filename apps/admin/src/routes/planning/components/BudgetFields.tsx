import { POSITION_KINDS, RUPIAH_AMOUNT_BOUNDS, TOTAL_SPENDING_BOUNDS } from '@formasi/core';
import { Col, Divider, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { numberRule } from '../../../lib/number-rule';
import { NumberInput } from '../../../ui/NumberInput';
import { parseAmountText } from '../../../ui/number-text';
import { formatAmount } from '../../../shared/planning-format';

/** Rupiah grouped the Indonesian way (1.250.000); what is typed is read strictly, never trimmed to its digits. */
function MoneyInput(props: {
  value?: number | null;
  onChange?: (value: number | null) => void;
  id?: string;
}) {
  return (
    <NumberInput
      {...props}
      prefix="Rp"
      format={formatAmount}
      parse={parseAmountText}
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
          <Form.Item
            label={t('planning.totalSpending')}
            name="totalSpending"
            rules={[numberRule(t, TOTAL_SPENDING_BOUNDS)]}
          >
            <MoneyInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('planning.personnelSpending')}
            name="personnelSpending"
            rules={[numberRule(t, RUPIAH_AMOUNT_BOUNDS)]}
          >
            <MoneyInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('planning.excludedTeacherAllowances')}
            name="excludedTeacherAllowances"
            dependencies={['personnelSpending']}
            rules={[
              numberRule(t, RUPIAH_AMOUNT_BOUNDS),
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
              rules={[numberRule(t, RUPIAH_AMOUNT_BOUNDS)]}
            >
              <MoneyInput />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </>
  );
}
