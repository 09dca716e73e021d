import { PlusOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { offsetOf, useListParams } from '../../lib/list-params';
import { ErrorState } from '../../ui/ErrorState';
import { ExportButton } from '../../ui/ExportButton';
import { PageHeader } from '../../ui/PageHeader';
import { useCanDraftAnalyses } from '../../shared/current-user';
import {
  NeedsAnalysisCreateModal,
  type NeedsAnalysisCreateValues,
} from './components/NeedsAnalysisCreateModal';
import { NeedsAnalysesTable } from './components/NeedsAnalysesTable';
import { NeedsAnalysisFilters } from './components/NeedsAnalysisFilters';
import { loadNeedsExportRows, needsExportColumns, needsExportFileName } from './needs-export';
import { NEEDS_FILTER_KEYS, readNeedsFilters } from './needs-list';

const NeedsAnalysesPageQuery = graphql(`
  query NeedsAnalysesPage($first: Int!, $offset: Int!, $filter: NeedsAnalysisFilter) {
    needsAnalyses(first: $first, offset: $offset, filter: $filter) {
      totalCount
      edges {
        node {
          id
          ...NeedsAnalysesTable_needsAnalysis
        }
      }
    }
  }
`);

const NeedsAnalysesPageCreate = graphql(`
  mutation NeedsAnalysesPageCreate($year: Int!, $unitId: ID!) {
    createNeedsAnalysis(year: $year, unitId: $unitId) {
      id
      ...NeedsAnalysesTable_needsAnalysis
    }
  }
`);

const CONTEXT = { additionalTypenames: ['NeedsAnalysis'] };
const NO_FILTERS = { year: undefined, unit: undefined, status: undefined, versions: undefined };

export function NeedsAnalysesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const canDraft = useCanDraftAnalyses();
  const [creating, setCreating] = useState(false);
  const { state, update, search } = useListParams(NEEDS_FILTER_KEYS);
  const filters = readNeedsFilters(state.filters);
  const filter = {
    year: filters.year,
    unitId: filters.unitId,
    status: filters.status,
    latestOnly: filters.latestOnly,
  };
  const client = useClient();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: NeedsAnalysesPageQuery,
    variables: { first: state.size, offset: offsetOf(state), filter },
    context: CONTEXT,
  });
  const [{ fetching: saving }, create] = useMutation(NeedsAnalysesPageCreate);
  const hasFilters = Object.keys(state.filters).length > 0;

  const handleCreate = async (values: NeedsAnalysisCreateValues) => {
    const result = await create(values);
    if (result.error) return result.error;
    void message.success(t('needs.created'));
    if (result.data) await navigate(`/needs/${result.data.createNeedsAnalysis.id}`);
    return undefined;
  };

  return (
    <>
      <PageHeader
        title={t('needs.title')}
        subtitle={t('needs.subtitle')}
        extra={
          <>
            <ExportButton
              testId="export-needs"
              fileName={needsExportFileName(filters.year)}
              sheetName={t('needs.title')}
              columns={needsExportColumns(t)}
              rows={(onProgress) => loadNeedsExportRows(client, t, filter, onProgress)}
              disabled={!data || data.needsAnalyses.totalCount === 0}
            />
            {canDraft && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                data-testid="create-button"
                onClick={() => setCreating(true)}
              >
                {t('needs.newButton')}
              </Button>
            )}
          </>
        }
      />
      <NeedsAnalysisFilters
        filters={filters}
        onChange={update}
        onReset={hasFilters ? () => update({ filters: NO_FILTERS }) : undefined}
      />
      {error && <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <NeedsAnalysesTable
        analyses={data?.needsAnalyses.edges.map((edge) => edge.node) ?? []}
        loading={fetching}
        total={data?.needsAnalyses.totalCount ?? 0}
        page={state.page}
        size={state.size}
        listSearch={search}
        onPageChange={(page, size) => update(size === state.size ? { page } : { size })}
      />
      <NeedsAnalysisCreateModal
        open={creating}
        defaultYear={filters.year}
        submitting={saving}
        onSubmit={handleCreate}
        onClose={() => setCreating(false)}
      />
    </>
  );
}
