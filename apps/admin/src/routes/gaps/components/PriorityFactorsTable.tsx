import { PRIORITY_FACTORS } from '@formasi/core';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { oneOf } from '../../../lib/one-of';
import { formatPriority, formatWeight } from '../../../shared/gap-format';

export const PriorityFactorsTable_gap = graphql(`
  fragment PriorityFactorsTable_gap on Gap {
    priority
    factors {
      factor
      value
      weight
      contribution
      explanation
    }
  }
`);

/** How the priority score was made: each factor's value, the year's weight, its points, and why. */
export function PriorityFactorsTable({
  gap: gapRef,
}: {
  gap: FragmentType<typeof PriorityFactorsTable_gap>;
}) {
  const { t } = useTranslation();
  const gap = getFragmentData(PriorityFactorsTable_gap, gapRef);
  const factorLabel = (factor: string) => {
    const known = oneOf(PRIORITY_FACTORS, factor);
    return known ? t(`gaps.factor.${known}`) : factor;
  };
  return (
    <section aria-labelledby="gap-factors-title">
      <Typography.Title level={5} id="gap-factors-title">
        {t('gaps.drawer.factors', { value: formatPriority(gap.priority) })}
      </Typography.Title>
      <Table
        data-testid="gap-explanation-factors"
        size="small"
        pagination={false}
        rowKey="factor"
        dataSource={gap.factors}
        columns={[
          {
            title: t('gaps.drawer.factor'),
            dataIndex: 'factor',
            render: (factor: string, row) => (
              <>
                <Typography.Text strong>{factorLabel(factor)}</Typography.Text>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.explanation}
                </Typography.Text>
              </>
            ),
          },
          { title: t('gaps.drawer.factorValue'), dataIndex: 'value', align: 'right', render: formatWeight },
          { title: t('gaps.drawer.weight'), dataIndex: 'weight', align: 'right', render: formatPriority },
          {
            title: t('gaps.drawer.contribution'),
            dataIndex: 'contribution',
            align: 'right',
            render: formatPriority,
          },
        ]}
      />
    </section>
  );
}
