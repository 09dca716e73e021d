import { Alert, App, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { type PlanningYearInput } from '../../gql/graphql';
import { ErrorState } from '../../ui/ErrorState';
import { PageHeader } from '../../ui/PageHeader';
import { FormSkeleton } from '../../ui/PageStates';
import { useCanWrite } from '../../shared/current-user';
import { BudgetHeadroomCard } from './components/BudgetHeadroomCard';
import { PlanningForm } from './components/PlanningForm';
import { YearSelect } from '../../shared/YearSelect';
import { defaultPlanningYear, readYear } from '../../shared/planning-year';

const PlanningPageQuery = graphql(`
  query PlanningPage($year: Int!) {
    planningYear(year: $year) {
      id
      year
      ...PlanningForm_planningYear
      ...BudgetHeadroomCard_planningYear
    }
    planningYears {
      id
      year
    }
    sectors(first: 100, sort: NAME_ASC) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const PlanningPageSave = graphql(`
  mutation PlanningPageSave($input: PlanningYearInput!) {
    savePlanningYear(input: $input) {
      id
      year
      ...PlanningForm_planningYear
      ...BudgetHeadroomCard_planningYear
    }
  }
`);

// A year not configured yet answers null: name the type so the first save reads the page again.
const CONTEXT = { additionalTypenames: ['PlanningYear'] };

export function PlanningPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canWrite = useCanWrite();
  const [searchParams, setSearchParams] = useSearchParams();
  const year = readYear(searchParams.get('year')) ?? defaultPlanningYear();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PlanningPageQuery,
    variables: { year },
    context: CONTEXT,
  });
  const [{ fetching: saving }, save] = useMutation(PlanningPageSave);
  const current = data?.planningYear?.year === year ? data.planningYear : null;
  const sectors = (data?.sectors.edges ?? []).map(({ node }) => node);

  const handleSubmit = async (input: PlanningYearInput) => {
    const result = await save({ input });
    if (result.error) return result.error;
    void message.success(t('planning.saved', { year }));
    return undefined;
  };

  return (
    <>
      <PageHeader
        title={t('planning.title')}
        subtitle={t('planning.subtitle')}
        extra={
          <Flex gap={8} align="center">
            <Typography.Text strong>{t('planning.year')}</Typography.Text>
            <YearSelect
              id="planning-year"
              aria-label={t('planning.year')}
              value={year}
              extraYears={(data?.planningYears ?? []).map((entry) => entry.year)}
              onChange={(next) => setSearchParams({ year: String(next) })}
              style={{ width: 120 }}
            />
          </Flex>
        }
      />
      {error && !data && (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {fetching && !data && <FormSkeleton />}
      {data && (
        <>
          {!current && (
            <Alert
              type="info"
              showIcon
              title={t('planning.notConfigured', { year })}
              data-testid="planning-not-configured"
              style={{ marginBottom: 16 }}
            />
          )}
          <BudgetHeadroomCard planningYear={current} />
          <PlanningForm
            key={`${year}:${current?.id ?? 'new'}:${sectors.length}`}
            year={year}
            planningYear={current}
            sectors={sectors}
            readOnly={!canWrite}
            submitting={saving}
            onSubmit={handleSubmit}
          />
        </>
      )}
    </>
  );
}
