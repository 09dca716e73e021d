import { Card, Empty, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { ErrorState } from '../../ui/ErrorState';
import { PageHeader } from '../../ui/PageHeader';
import { NotFoundState } from '../../ui/NotFoundState';
import { FormSkeleton } from '../../ui/PageStates';
import { NeedsCompareTable } from './components/NeedsCompareTable';

const NeedsComparePageQuery = graphql(`
  query NeedsComparePage($id: ID!) {
    needsAnalysis(id: $id) {
      id
      year
      version
      unit {
        id
        name
      }
    }
  }
`);

const NeedsComparePageVersions = graphql(`
  query NeedsComparePageVersions($filter: NeedsAnalysisFilter) {
    needsAnalyses(first: 100, filter: $filter) {
      edges {
        node {
          id
          version
          status
        }
      }
    }
  }
`);

const NeedsComparePageCompare = graphql(`
  query NeedsComparePageCompare($fromId: ID!, $toId: ID!) {
    compareNeedsAnalyses(fromId: $fromId, toId: $toId) {
      ...NeedsCompareTable_comparison
    }
  }
`);

/** Another version of the same unit and year (`?with=`) against this one: need per position and the change. */
export function NeedsComparePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NeedsComparePageQuery,
    variables: { id },
  });
  const analysis = data?.needsAnalysis;
  const [versions] = useQuery({
    query: NeedsComparePageVersions,
    variables: { filter: { year: analysis?.year, unitId: analysis?.unit.id, latestOnly: false } },
    pause: !analysis,
  });
  const others = (versions.data?.needsAnalyses.edges ?? [])
    .map(({ node }) => node)
    .filter((version) => version.id !== analysis?.id)
    .sort((a, b) => b.version - a.version);
  // With only one other version there is nothing to choose: it is compared straight away.
  const withId = searchParams.get('with') ?? (others.length === 1 ? others[0]?.id : undefined);
  const [comparison] = useQuery({
    query: NeedsComparePageCompare,
    variables: { fromId: withId ?? '', toId: id },
    pause: !withId,
  });

  if (fetching && !data) return <FormSkeleton />;
  if (error && !data)
    return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!analysis) return <NotFoundState backTo="/needs" />;
  const picked = others.find((version) => version.id === withId);

  return (
    <>
      <PageHeader
        title={t('needs.compareTitle')}
        subtitle={t('needs.compareSubtitle', {
          unit: analysis.unit.name,
          year: analysis.year,
          version: analysis.version,
        })}
        backTo={`/needs/${analysis.id}`}
      />
      <Card>
        <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
          <Typography.Text strong>{t('needs.compareWith')}</Typography.Text>
          <Select<string>
            id="compare-with"
            aria-label={t('needs.compareWith')}
            loading={versions.fetching}
            value={withId}
            onChange={(other) => setSearchParams({ with: other })}
            options={others.map((version) => ({
              value: version.id,
              label: `${t('needs.versionValue', { version: version.version })} · ${t(`needs.statuses.${version.status}`)}`,
            }))}
            style={{ width: 280 }}
          />
        </Flex>
        {versions.error && <ErrorState error={versions.error} />}
        {comparison.error && <ErrorState error={comparison.error} />}
        {!versions.fetching && others.length === 0 ? (
          <Empty description={t('needs.compareNoOther')} />
        ) : !withId ? (
          <Empty description={t('needs.comparePick')} />
        ) : (
          <NeedsCompareTable
            rows={comparison.data?.compareNeedsAnalyses ?? []}
            fromVersion={picked?.version ?? 0}
            toVersion={analysis.version}
            loading={comparison.fetching}
          />
        )}
      </Card>
    </>
  );
}
