import { Alert, Card, Col, Empty, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { LabelledProgress } from '../../../ui/LabelledProgress';
import { formatPercent, formatRupiah } from '../../../shared/planning-format';

export const BudgetHeadroomCard_planningYear = graphql(`
  fragment BudgetHeadroomCard_planningYear on PlanningYear {
    budget {
      cap
      currentShare
      plannedCost
      projectedShare
      headroom
      exceedsCap
      explanation
    }
  }
`);

interface BudgetHeadroomCardProps {
  planningYear: FragmentType<typeof BudgetHeadroomCard_planningYear> | null | undefined;
}

/** Personnel spending against the 30% cap (UU HKPD 1/2022 Ps. 146), before and after the year's hiring plan. */
export function BudgetHeadroomCard({ planningYear }: BudgetHeadroomCardProps) {
  const { t } = useTranslation();
  const budget = getFragmentData(BudgetHeadroomCard_planningYear, planningYear)?.budget;
  return (
    <Card title={t('planning.headroomTitle')} data-testid="budget-headroom" style={{ marginBottom: 16 }}>
      {!budget ? (
        <Empty description={t('planning.headroomEmpty')} />
      ) : (
        <>
          {budget.exceedsCap ? (
            <Alert
              type="error"
              showIcon
              title={t('planning.exceedsCap')}
              description={t('planning.exceedsCapDetail', {
                projected: formatPercent(budget.projectedShare),
                cap: formatPercent(budget.cap),
                over: formatRupiah(-budget.headroom),
              })}
              data-testid="budget-exceeds-cap"
              style={{ marginBottom: 16 }}
            />
          ) : (
            <Alert
              type="success"
              showIcon
              title={t('planning.withinCap', { cap: formatPercent(budget.cap) })}
              style={{ marginBottom: 16 }}
            />
          )}
          <Row gutter={16}>
            <Col xs={12} md={3}>
              <Statistic title={t('planning.cap')} value={formatPercent(budget.cap)} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic title={t('planning.currentShare')} value={formatPercent(budget.currentShare)} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('planning.plannedCost')}
                value={formatRupiah(budget.plannedCost)}
                styles={{ content: { whiteSpace: 'nowrap' } }}
              />
            </Col>
            <Col xs={12} md={4}>
              <Statistic
                title={t('planning.projectedShare')}
                value={formatPercent(budget.projectedShare)}
                styles={{ content: { color: budget.exceedsCap ? '#cf1322' : undefined } }}
              />
            </Col>
            <Col xs={24} md={7}>
              <Statistic
                title={t('planning.headroom')}
                value={formatRupiah(budget.headroom)}
                styles={{
                  content: { color: budget.headroom < 0 ? '#cf1322' : '#389e0d', whiteSpace: 'nowrap' },
                }}
                data-testid="budget-headroom-value"
              />
            </Col>
          </Row>
          <LabelledProgress
            label={t('planning.shareOfCap', {
              current: formatPercent(budget.currentShare),
              projected: formatPercent(budget.projectedShare),
              cap: formatPercent(budget.cap),
            })}
            percent={Math.min(100, (budget.projectedShare / budget.cap) * 100)}
            success={{ percent: Math.min(100, (budget.currentShare / budget.cap) * 100) }}
            status={budget.exceedsCap ? 'exception' : 'normal'}
            format={() => `${formatPercent(budget.projectedShare)} / ${formatPercent(budget.cap)}`}
            style={{ marginTop: 16 }}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
            {t('planning.headroomAfterSave')} {budget.explanation}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
