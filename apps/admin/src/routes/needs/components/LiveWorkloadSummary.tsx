import { Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { type LiveWorkload } from '../live-workload';
import { formatDecimal } from '../needs-format';
import { type RoundingRule } from '@formasi/core';

interface LiveWorkloadSummaryProps {
  live: LiveWorkload | undefined;
  effectiveHours: number;
  roundingRule: RoundingRule;
}

/** FTE, hours and rounded headcount of the rows as typed, with the formula and its numbers. */
export function LiveWorkloadSummary({ live, effectiveHours, roundingRule }: LiveWorkloadSummaryProps) {
  const { t } = useTranslation();
  const fte = live ? formatDecimal(live.fte) : '–';
  return (
    <div data-testid="live-workload" style={{ marginTop: 16 }}>
      <Row gutter={16}>
        <Col xs={8}>
          <Statistic
            title={t('needs.live.fte')}
            value={fte}
            styles={{ content: { fontSize: 22 } }}
            data-testid="live-fte"
          />
        </Col>
        <Col xs={8}>
          <Statistic
            title={t('needs.live.hours')}
            value={live ? formatDecimal(live.hours) : '–'}
            styles={{ content: { fontSize: 22 } }}
            data-testid="live-hours"
          />
        </Col>
        <Col xs={8}>
          <Statistic
            title={t('needs.live.headcount')}
            value={live ? formatNumber(live.headcount) : '–'}
            styles={{ content: { fontSize: 22 } }}
            data-testid="live-headcount"
          />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        <code>{t('needs.live.formula')}</code>
        {live && (
          <>
            {' = '}
            <span data-testid="live-formula">
              {t('needs.live.formulaValues', {
                minutes: formatNumber(live.minutes),
                hours: formatNumber(effectiveHours),
                fte,
              })}
            </span>
          </>
        )}
        <br />
        {t('needs.live.rounding', { rule: t(`planning.roundingRules.${roundingRule}`) })}
      </Typography.Paragraph>
    </div>
  );
}
