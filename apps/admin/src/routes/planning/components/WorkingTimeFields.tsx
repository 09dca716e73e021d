import {
  EFFECTIVE_HOURS,
  LEGACY_EFFECTIVE_HOURS_LAST_YEAR,
  ROUNDING_RULES,
  validateEffectiveHours,
  type EffectiveHoursRule,
} from '@formasi/core';
import { Col, Form, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';

const RULES = Object.keys(EFFECTIVE_HOURS).filter(
  (rule): rule is EffectiveHoursRule => rule in EFFECTIVE_HOURS,
);

/** Waktu kerja efektif (PermenPANRB 1/2020, legacy norms for old years) and the rounding rule of the need. */
export function WorkingTimeFields({ year }: { year: number }) {
  const { t } = useTranslation();
  return (
    <Row gutter={24}>
      <Col xs={24} md={12}>
        <Form.Item
          label={t('planning.effectiveHours')}
          name="effectiveHours"
          extra={t('planning.effectiveHoursHelp', { last: LEGACY_EFFECTIVE_HOURS_LAST_YEAR })}
          rules={[
            {
              validator: async (_, hours: number) => {
                const [issue] = validateEffectiveHours(hours, year);
                if (issue?.reason === 'NOT_ALLOWED') {
                  throw new Error(
                    t('planning.effectiveHoursLegacy', { next: LEGACY_EFFECTIVE_HOURS_LAST_YEAR + 1 }),
                  );
                }
                if (issue) throw new Error(t(`errors.reason.${issue.reason}`));
              },
            },
          ]}
        >
          <Select<number>
            options={RULES.map((rule) => ({
              value: EFFECTIVE_HOURS[rule],
              label: t(`planning.effectiveHoursOption.${rule}`, {
                hours: formatNumber(EFFECTIVE_HOURS[rule]),
              }),
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label={t('planning.roundingRule')} name="roundingRule" extra={t('planning.roundingHelp')}>
          <Radio.Group
            options={ROUNDING_RULES.map((rule) => ({
              value: rule,
              label: t(`planning.roundingRules.${rule}`),
            }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
