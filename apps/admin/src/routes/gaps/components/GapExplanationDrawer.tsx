import { GAP_STEP_KEYS, gapKindOf } from '@formasi/core';
import { Alert, Descriptions, Drawer, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatNumber } from '../../../lib/format';
import { oneOf } from '../../../lib/one-of';
import { formatFte, formatPriority } from '../../../shared/gap-format';
import { GapAmount } from '../../../shared/GapAmount';
import { GapOutlookChart } from './GapOutlookChart';
import { PriorityFactorsTable } from './PriorityFactorsTable';

export const GapExplanationDrawer_gap = graphql(`
  fragment GapExplanationDrawer_gap on Gap {
    id
    year
    position {
      id
      name
    }
    unit {
      id
      name
    }
    sector {
      id
      name
    }
    kecamatan {
      id
      name
    }
    need
    headcount
    staff
    leaving
    projectedStaff
    gap
    kind
    priority
    explanationSummary
    explanation {
      key
      label
      formula
      value
    }
    ...PriorityFactorsTable_gap
    outlook {
      year
      leavingInYear
      leavingByYear
      projectedStaff
      gap
    }
  }
`);

interface GapExplanationDrawerProps {
  /** The gap to explain; the drawer is closed without one. */
  gap: FragmentType<typeof GapExplanationDrawer_gap> | undefined;
  /** The year leavers are counted to (planning year + horizon), as in the server's steps. */
  horizonYear: number;
  onClose: () => void;
}

/** "Mengapa?": the server's arithmetic step by step, the priority factors and the five-year outlook. */
export function GapExplanationDrawer({ gap: gapRef, horizonYear, onClose }: GapExplanationDrawerProps) {
  const { t } = useTranslation();
  const gap = getFragmentData(GapExplanationDrawer_gap, gapRef);
  // Known steps get a translated label; a step the admin does not know yet keeps the server's.
  const stepLabel = (step: { key: string; label: string }) => {
    const key = oneOf(GAP_STEP_KEYS, step.key);
    return key ? t(`gaps.step.${key}`, { year: horizonYear }) : step.label;
  };
  return (
    <Drawer
      open={Boolean(gap)}
      onClose={onClose}
      size={720}
      title={gap ? t('gaps.drawer.title', { position: gap.position.name }) : t('gaps.why')}
      data-testid="gap-explanation"
      destroyOnHidden
    >
      {gap && (
        <Space orientation="vertical" size={24} style={{ width: '100%' }}>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
            <Descriptions.Item label={t('gaps.unit')}>{gap.unit.name}</Descriptions.Item>
            <Descriptions.Item label={t('gaps.sector')}>{gap.sector.name}</Descriptions.Item>
            <Descriptions.Item label={t('gaps.kecamatan')}>{gap.kecamatan?.name ?? '–'}</Descriptions.Item>
            <Descriptions.Item label={t('gaps.year')}>{gap.year}</Descriptions.Item>
            <Descriptions.Item label={t('gaps.gap')}>
              <GapAmount gap={gap.gap} kind={gap.kind} />
            </Descriptions.Item>
            <Descriptions.Item label={t('gaps.priority')}>
              <Tag>{formatPriority(gap.priority)} / 100</Tag>
            </Descriptions.Item>
          </Descriptions>

          <Alert type={gap.kind === 'SHORTAGE' ? 'error' : 'info'} showIcon title={gap.explanationSummary} />

          <section aria-labelledby="gap-steps-title">
            <Typography.Title level={5} id="gap-steps-title">
              {t('gaps.drawer.steps')}
            </Typography.Title>
            <Table
              data-testid="gap-explanation-steps"
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={gap.explanation}
              columns={[
                {
                  title: t('gaps.drawer.step'),
                  dataIndex: 'label',
                  render: (_: string, step) => stepLabel(step),
                },
                {
                  title: t('gaps.drawer.formula'),
                  dataIndex: 'formula',
                  render: (formula: string) => <Typography.Text code>{formula}</Typography.Text>,
                },
                {
                  title: t('gaps.drawer.value'),
                  dataIndex: 'value',
                  align: 'right',
                  render: (value: number) => formatFte(value),
                },
              ]}
            />
          </section>

          <PriorityFactorsTable gap={gap} />

          <section aria-labelledby="gap-outlook-title">
            <Typography.Title level={5} id="gap-outlook-title">
              {t('gaps.drawer.outlook')}
            </Typography.Title>
            <GapOutlookChart need={gap.headcount} outlook={gap.outlook} />
            <Table
              data-testid="gap-outlook-table"
              size="small"
              pagination={false}
              rowKey="year"
              dataSource={gap.outlook}
              columns={[
                { title: t('gaps.year'), dataIndex: 'year' },
                {
                  title: t('gaps.leavingInYear'),
                  dataIndex: 'leavingInYear',
                  align: 'right',
                  render: formatNumber,
                },
                {
                  title: t('gaps.leavingByYear'),
                  dataIndex: 'leavingByYear',
                  align: 'right',
                  render: formatNumber,
                },
                {
                  title: t('gaps.projected'),
                  dataIndex: 'projectedStaff',
                  align: 'right',
                  render: formatNumber,
                },
                {
                  title: t('gaps.gap'),
                  dataIndex: 'gap',
                  align: 'right',
                  render: (gap: number) => <GapAmount gap={gap} kind={gapKindOf(gap)} />,
                },
              ]}
            />
          </section>
        </Space>
      )}
    </Drawer>
  );
}
