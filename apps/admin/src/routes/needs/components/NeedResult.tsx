import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { type PjGrade } from '../../../gql/graphql';
import { formatNumber } from '../../../lib/format';
import { formatDecimal } from '../needs-format';

export const NeedResult_positionNeed = graphql(`
  fragment NeedResult_positionNeed on PositionNeed {
    workloadFte
    workloadHours
    need
    signal
    signalReason
    headcount
    bezetting
    effectiveness
    pjGrade
  }
`);

// PJ grades A (very good) to E (poor), green to red.
const GRADE_COLOURS: Readonly<Record<PjGrade, string>> = {
  A: 'green',
  B: 'cyan',
  C: 'gold',
  D: 'orange',
  E: 'red',
};

/** What the server computed on the last save: the need used and why, headcount, bezetting, EJ and PJ grade. */
export function NeedResult({ positionNeed }: { positionNeed: FragmentType<typeof NeedResult_positionNeed> }) {
  const { t } = useTranslation();
  const result = getFragmentData(NeedResult_positionNeed, positionNeed);
  return (
    <div data-testid="need-result">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        title={t('needs.result.title')}
        items={[
          {
            key: 'need',
            label: t('needs.result.need'),
            children: <span data-testid="result-need">{formatDecimal(result.need)}</span>,
          },
          { key: 'signal', label: t('needs.result.signal'), children: t(`needs.demand.${result.signal}`) },
          {
            key: 'headcount',
            label: t('needs.result.headcount'),
            children: <strong data-testid="result-headcount">{formatNumber(result.headcount)}</strong>,
          },
          { key: 'bezetting', label: t('needs.result.bezetting'), children: formatNumber(result.bezetting) },
          {
            key: 'ej',
            label: t('needs.result.effectiveness'),
            children: result.effectiveness === null ? '–' : formatDecimal(result.effectiveness),
          },
          {
            key: 'pj',
            label: t('needs.result.pjGrade'),
            children: result.pjGrade ? (
              <Tag color={GRADE_COLOURS[result.pjGrade]}>{t(`needs.pjGrades.${result.pjGrade}`)}</Tag>
            ) : (
              t('needs.result.noStaff')
            ),
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {result.signalReason}
      </Typography.Text>
    </div>
  );
}
