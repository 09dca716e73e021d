import { ArrowRightOutlined } from '@ant-design/icons';
import { type AnalysisStatus, type GapKind } from '@formasi/core';
import { Alert, Card, Col, Flex, Row, Skeleton, theme, Typography } from 'antd';
import { type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatNumber } from '../../lib/format';
import { ErrorState } from '../../ui/ErrorState';
import { LabelledProgress } from '../../ui/LabelledProgress';
import { GapAmount } from '../../shared/GapAmount';
import { GapKpis } from '../../shared/GapKpis';
import { PriorityBar } from '../../shared/PriorityBar';
import { GAP_SOURCES_CONTEXT } from '../../shared/gap-cache';
import { AnalysisStatusTag } from '../../shared/AnalysisStatusTag';
import { formatPercent } from '../../shared/planning-format';
import { PlanningYearPicker } from '../../shared/PlanningYearPicker';

const TOP_GAPS = 5;
/** The card lists shortages and counts them: its link opens the gaps list with the same filter. */
const SHORTAGE: GapKind = 'SHORTAGE';
const LIST_STYLE: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };
const ROW_STYLE: CSSProperties = {
  display: 'flex',
  justifyContent: 'space-between',
  alignItems: 'flex-start',
  gap: 12,
  padding: '10px 0',
  borderBottom: '1px solid #f0f0f0',
};

// Each card declares what it reads; the page's one query spreads them.
const WorkflowCard_counts = graphql(`
  fragment WorkflowCard_counts on AnalysisStatusCount {
    status
    count
  }
`);

const TopGapsCard_gaps = graphql(`
  fragment TopGapsCard_gaps on GapConnection {
    totalCount
    edges {
      node {
        id
        gap
        kind
        priority
        factors {
          factor
          contribution
          explanation
        }
        position {
          id
          name
        }
        unit {
          id
          name
        }
      }
    }
  }
`);

const BudgetAlert_planningYear = graphql(`
  fragment BudgetAlert_planningYear on PlanningYear {
    id
    budget {
      cap
      projectedShare
      exceedsCap
    }
  }
`);

const HomePlanningQuery = graphql(`
  query HomePlanning($year: Int!) {
    region: gapSummary(year: $year, groupBy: REGION) {
      key
      ...GapKpis_row
    }
    topGaps: gaps(year: $year, first: 5, sort: PRIORITY_DESC, filter: { gapKind: SHORTAGE }) {
      ...TopGapsCard_gaps
    }
    needsAnalysisStatusCounts(year: $year) {
      ...WorkflowCard_counts
    }
    planningYear(year: $year) {
      ...BudgetAlert_planningYear
    }
  }
`);

// The workflow in the order an analysis travels; a returned one goes back to its unit before submission.
const WORKFLOW: readonly AnalysisStatus[] = ['DRAFT', 'RETURNED', 'SUBMITTED', 'VERIFIED', 'FINAL'];

interface PlanningOverviewProps {
  year: number;
  onYearChange: (year: number) => void;
}

/** The planning year at a glance: its gap totals, where the analyses stand, and the most urgent shortages. */
export function PlanningOverview({ year, onYearChange }: PlanningOverviewProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: HomePlanningQuery,
    variables: { year },
    context: GAP_SOURCES_CONTEXT,
  });
  const loading = fetching && !data;
  return (
    <section aria-labelledby="planning-overview-title" style={{ marginTop: 28 }}>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Typography.Title
          level={2}
          id="planning-overview-title"
          style={{ margin: 0, fontSize: token.fontSizeHeading3, lineHeight: token.lineHeightHeading3 }}
        >
          {t('home.planningTitle', { year })}
        </Typography.Title>
        <PlanningYearPicker id="home-planning-year" year={year} onChange={onYearChange} />
      </Flex>
      {error && <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {data?.planningYear && <BudgetAlert year={year} planningYear={data.planningYear} />}
      <GapKpis rows={data?.region ?? []} loading={loading} horizonYear={year} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <WorkflowCard year={year} counts={data?.needsAnalysisStatusCounts ?? []} loading={loading} />
        </Col>
        <Col xs={24} lg={15}>
          <TopGapsCard year={year} gaps={data?.topGaps} loading={loading} />
        </Col>
      </Row>
    </section>
  );
}

/** The factor that adds most to a gap's priority: the short answer to "why is this near the top?". */
function topFactor<Factor extends { contribution: number }>(factors: readonly Factor[]): Factor | undefined {
  return factors.reduce<Factor | undefined>(
    (top, factor) => (top === undefined || factor.contribution > top.contribution ? factor : top),
    undefined,
  );
}

/** The alert when the year's planned hires would take personnel spending past the cap. */
function BudgetAlert(props: { year: number; planningYear: FragmentType<typeof BudgetAlert_planningYear> }) {
  const { t } = useTranslation();
  const budget = getFragmentData(BudgetAlert_planningYear, props.planningYear).budget;
  if (!budget?.exceedsCap) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="home-budget-alert"
      title={t('home.budgetOver', {
        projected: formatPercent(budget.projectedShare),
        cap: formatPercent(budget.cap),
      })}
      action={<Link to={`/planning?year=${props.year}`}>{t('home.budgetOpen')}</Link>}
      style={{ marginBottom: 16 }}
    />
  );
}

interface WorkflowCardProps {
  year: number;
  counts: readonly FragmentType<typeof WorkflowCard_counts>[];
  loading: boolean;
}

/** How many units' newest analyses are at each step, each a link to those analyses. */
function WorkflowCard({ year, counts: countRefs, loading }: WorkflowCardProps) {
  const { t } = useTranslation();
  const rows = getFragmentData(WorkflowCard_counts, countRefs);
  const counts = WORKFLOW.map((status) => ({
    status,
    count: rows.find((row) => row.status === status)?.count ?? 0,
  }));
  const total = counts.reduce((sum, { count }) => sum + count, 0);
  const final = counts.find(({ status }) => status === 'FINAL')?.count ?? 0;
  return (
    <Card
      title={t('home.workflowTitle')}
      data-testid="home-workflow"
      style={{ height: '100%' }}
      extra={<Link to={`/needs?year=${year}`}>{t('home.open')}</Link>}
    >
      {loading ? (
        <Skeleton active />
      ) : (
        <>
          <Typography.Text type="secondary">
            {t('home.workflowFinal', { final: formatNumber(final), total: formatNumber(total) })}
          </Typography.Text>
          <LabelledProgress
            label={t('home.workflowFinal', { final: formatNumber(final), total: formatNumber(total) })}
            percent={total === 0 ? 0 : Math.round((final / total) * 100)}
            style={{ margin: '4px 0 12px' }}
          />
          <ul style={LIST_STYLE}>
            {counts.map(({ status, count }) => (
              <li key={status} data-testid={`workflow-${status}`} style={ROW_STYLE}>
                <Flex vertical>
                  <span>
                    <AnalysisStatusTag status={status} />
                  </span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`home.workflowHint.${status}`)}
                  </Typography.Text>
                </Flex>
                <Link
                  to={`/needs?year=${year}&status=${status}`}
                  // Starts with the count it shows, then says which step (label-content-name-mismatch).
                  aria-label={`${formatNumber(count)} ${t(`needs.statuses.${status}`)}`}
                >
                  <Typography.Text strong>{formatNumber(count)}</Typography.Text> <ArrowRightOutlined />
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

interface TopGapsCardProps {
  year: number;
  gaps: FragmentType<typeof TopGapsCard_gaps> | undefined;
  loading: boolean;
}

/** The highest-priority shortages of the year, with why each ranks where it does. */
function TopGapsCard({ year, gaps: gapsRef, loading }: TopGapsCardProps) {
  const { t } = useTranslation();
  const connection = getFragmentData(TopGapsCard_gaps, gapsRef);
  const gaps = connection?.edges.map((edge) => edge.node) ?? [];
  return (
    <Card
      title={t('home.topGapsTitle', { count: TOP_GAPS })}
      data-testid="home-top-gaps"
      style={{ height: '100%' }}
      extra={
        <Link to={`/gaps?year=${year}&gap=${SHORTAGE}`}>
          {t('home.topGapsAll', { count: connection?.totalCount ?? 0 })} <ArrowRightOutlined />
        </Link>
      }
    >
      {loading ? (
        <Skeleton active />
      ) : gaps.length === 0 ? (
        <Typography.Text type="secondary">{t('home.topGapsEmpty')}</Typography.Text>
      ) : (
        <ol style={LIST_STYLE}>
          {gaps.map((gap, index) => (
            <li key={gap.id} data-testid="home-top-gap" style={ROW_STYLE}>
              <Flex gap={12} align="flex-start">
                <Typography.Text type="secondary" style={{ minWidth: 16 }}>
                  {index + 1}
                </Typography.Text>
                <Flex vertical gap={2}>
                  <Link to={`/gaps?year=${year}&q=${encodeURIComponent(gap.position.name)}`}>
                    <Typography.Text strong style={{ color: 'inherit' }}>
                      {gap.position.name}
                    </Typography.Text>
                  </Link>
                  <Typography.Text>{gap.unit.name}</Typography.Text>
                  <div style={{ maxWidth: 260 }}>
                    <PriorityBar priority={gap.priority} />
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {topFactor(gap.factors)?.explanation}
                  </Typography.Text>
                </Flex>
              </Flex>
              <GapAmount gap={gap.gap} kind={gap.kind} />
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
