import { PlusOutlined } from '@ant-design/icons';
import { POSITION_KINDS, POSITION_LEVELS } from '@formasi/core';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useClient, useQuery } from 'urql';
import { graphql } from '../../gql';
import { offsetOf, useListParams } from '../../lib/list-params';
import { oneOf } from '../../lib/one-of';
import { ErrorState } from '../../ui/ErrorState';
import { ExportButton } from '../../ui/ExportButton';
import { ListToolbar } from '../../ui/ListToolbar';
import { PageHeader } from '../../ui/PageHeader';
import { useCanWrite } from '../../shared/current-user';
import { PositionFilters } from './components/PositionFilters';
import { PositionsTable } from './components/PositionsTable';
import { loadPositionExportRows, POSITION_EXPORT_FILE, positionExportColumns } from './position-export';
import { POSITION_FILTER_KEYS, POSITION_SORTS } from './position-list';

const PositionsPageQuery = graphql(`
  query PositionsPage($first: Int!, $offset: Int!, $filter: PositionFilter, $sort: PositionSort) {
    positions(first: $first, offset: $offset, filter: $filter, sort: $sort) {
      totalCount
      edges {
        node {
          id
          ...PositionsTable_position
        }
      }
    }
  }
`);

const CONTEXT = { additionalTypenames: ['Position'] };
const NO_FILTERS = { sector: undefined, unit: undefined, kind: undefined, level: undefined };

export function PositionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  const { state, update, search } = useListParams(POSITION_FILTER_KEYS);
  const sort = oneOf(POSITION_SORTS, state.sort) ?? 'NAME_ASC';
  const kind = oneOf(POSITION_KINDS, state.filters.kind);
  const level = oneOf(POSITION_LEVELS, state.filters.level);
  const filter = {
    search: state.q || undefined,
    sectorId: state.filters.sector,
    unitId: state.filters.unit,
    kind,
    level,
    includeArchived: state.includeArchived,
  };
  const client = useClient();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PositionsPageQuery,
    variables: { first: state.size, offset: offsetOf(state), sort, filter },
    context: CONTEXT,
  });
  const hasFilters = Boolean(state.q || state.includeArchived || Object.keys(state.filters).length > 0);

  return (
    <>
      <PageHeader
        title={t('positions.title')}
        subtitle={t('positions.subtitle')}
        extra={
          <>
            <ExportButton
              testId="export-positions"
              fileName={POSITION_EXPORT_FILE}
              sheetName={t('positions.title')}
              columns={positionExportColumns(t)}
              rows={(onProgress) => loadPositionExportRows(client, t, { filter, sort }, onProgress)}
              disabled={!data || data.positions.totalCount === 0}
            />
            {canWrite && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                data-testid="create-button"
                onClick={() => void navigate('/positions/new')}
              >
                {t('positions.newButton')}
              </Button>
            )}
          </>
        }
      />
      <ListToolbar
        query={state.q}
        searchPlaceholder={t('positions.searchPlaceholder')}
        onSearch={(q) => update({ q })}
        sort={sort}
        sortOptions={POSITION_SORTS.map((value) => ({ value, label: t(`enums.Sort.${value}`) }))}
        onSortChange={(value) => update({ sort: value })}
        includeArchived={state.includeArchived}
        onIncludeArchivedChange={(includeArchived) => update({ includeArchived })}
        onReset={
          hasFilters ? () => update({ q: '', includeArchived: false, filters: NO_FILTERS }) : undefined
        }
      >
        <PositionFilters
          sectorId={state.filters.sector}
          unitId={state.filters.unit}
          kind={kind}
          level={level}
          onChange={update}
        />
      </ListToolbar>
      {error && <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <PositionsTable
        positions={data?.positions.edges.map((edge) => edge.node) ?? []}
        loading={fetching}
        total={data?.positions.totalCount ?? 0}
        page={state.page}
        size={state.size}
        listSearch={search}
        onPageChange={(page, size) => update(size === state.size ? { page } : { size })}
      />
    </>
  );
}
