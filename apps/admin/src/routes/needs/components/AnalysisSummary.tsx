import { Alert, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { formatDecimal } from '../needs-format';

export const AnalysisSummary_needsAnalysis = graphql(`
  fragment AnalysisSummary_needsAnalysis on NeedsAnalysis {
    status
    editable
    viewerCanEdit
    note
    effectiveHours
    totalFte
    totalHeadcount
    submittedAt
    verifiedAt
    finalizedAt
    updatedAt
  }
`);

interface AnalysisSummaryProps {
  analysis: FragmentType<typeof AnalysisSummary_needsAnalysis>;
}

/** Totals, effective hours and workflow dates, with the reason the analysis is read-only when it is. */
export function AnalysisSummary({ analysis: analysisRef }: AnalysisSummaryProps) {
  const { t } = useTranslation();
  const analysis = getFragmentData(AnalysisSummary_needsAnalysis, analysisRef);
  const readOnly = !analysis.viewerCanEdit;
  const dated = [
    { key: 'submittedAt', value: analysis.submittedAt },
    { key: 'verifiedAt', value: analysis.verifiedAt },
    { key: 'finalizedAt', value: analysis.finalizedAt },
  ] as const;
  return (
    <>
      {readOnly && (
        <Alert
          type={analysis.status === 'RETURNED' ? 'warning' : 'info'}
          showIcon
          title={t(`needs.readOnly.${analysis.editable ? 'DRAFT' : analysis.status}`)}
          data-testid="read-only-notice"
          style={{ marginBottom: 16 }}
        />
      )}
      <Card style={{ marginBottom: 16 }} data-testid="analysis-summary">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            {
              key: 'effectiveHours',
              label: t('needs.effectiveHours'),
              children: t('needs.effectiveHoursValue', { hours: formatNumber(analysis.effectiveHours) }),
            },
            {
              key: 'totalFte',
              label: t('needs.totalFte'),
              children: <span data-testid="total-fte">{formatDecimal(analysis.totalFte)}</span>,
            },
            {
              key: 'totalHeadcount',
              label: t('needs.totalHeadcount'),
              children: <span data-testid="total-headcount">{formatNumber(analysis.totalHeadcount)}</span>,
            },
            { key: 'updatedAt', label: t('needs.updatedAt'), children: formatDateTime(analysis.updatedAt) },
            ...dated
              .filter((entry) => entry.value)
              .map((entry) => ({
                key: entry.key,
                label: t(`needs.${entry.key}`),
                children: entry.value ? formatDateTime(entry.value) : '–',
              })),
            ...(analysis.note
              ? [{ key: 'note', label: t('needs.note'), children: analysis.note, span: 4 }]
              : []),
          ]}
        />
      </Card>
    </>
  );
}
