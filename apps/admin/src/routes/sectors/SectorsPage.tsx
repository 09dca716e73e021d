import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useClient, useQuery } from 'urql';
import { graphql } from '../../gql';
import { type SectorSort } from '../../gql/graphql';
import { offsetOf, useListParams } from '../../lib/list-params';
import { oneOf } from '../../lib/one-of';
import { ErrorState } from '../../ui/ErrorState';
import { ExportButton } from '../../ui/ExportButton';
import { ListToolbar } from '../../ui/ListToolbar';
import { PageHeader } from '../../ui/PageHeader';
import { useCanWrite } from '../../shared/current-user';
import { SectorsTable } from './components/SectorsTable';
import { loadSectorExportRows, SECTOR_EXPORT_FILE, sectorExportColumns } from './sector-export';

const SectorsPageQuery = graphql(`
  query SectorsPage($first: Int!, $offset: Int!, $filter: SectorFilter, $sort: SectorSort) {
    sectors(first: $first, offset: $offset, filter: $filter, sort: $sort) {
      totalCount
      edges {
        node {
          id
          ...SectorsTable_sector
        }
      }
    }
  }
`);

export const SECTOR_SORTS: readonly SectorSort[] = ['NAME_ASC', 'NAME_DESC', 'CODE_ASC', 'UPDATED_DESC'];
const FILTER_KEYS: readonly never[] = [];
// An empty page holds no Sector typename; name it so a new sector refreshes the list.
const CONTEXT = { additionalTypenames: ['Sector'] };

export function SectorsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  const { state, update, search } = useListParams(FILTER_KEYS);
  const sort = oneOf(SECTOR_SORTS, state.sort) ?? 'NAME_ASC';
  const filter = { search: state.q || undefined, includeArchived: state.includeArchived };
  const client = useClient();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SectorsPageQuery,
    variables: { first: state.size, offset: offsetOf(state), sort, filter },
    context: CONTEXT,
  });
  const hasFilters = Boolean(state.q) || state.includeArchived;

  return (
    <>
      <PageHeader
        title={t('sectors.title')}
        subtitle={t('sectors.subtitle')}
        extra={
          <>
            <ExportButton
              testId="export-sectors"
              fileName={SECTOR_EXPORT_FILE}
              sheetName={t('sectors.title')}
              columns={sectorExportColumns(t)}
              rows={(onProgress) => loadSectorExportRows(client, t, { filter, sort }, onProgress)}
              disabled={!data || data.sectors.totalCount === 0}
            />
            {canWrite && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                data-testid="create-button"
                onClick={() => void navigate('/sectors/new')}
              >
                {t('sectors.newButton')}
              </Button>
            )}
          </>
        }
      />
      <ListToolbar
        query={state.q}
        searchPlaceholder={t('sectors.searchPlaceholder')}
        onSearch={(q) => update({ q })}
        sort={sort}
        sortOptions={SECTOR_SORTS.map((value) => ({ value, label: t(`enums.Sort.${value}`) }))}
        onSortChange={(value) => update({ sort: value })}
        includeArchived={state.includeArchived}
        onIncludeArchivedChange={(includeArchived) => update({ includeArchived })}
        onReset={hasFilters ? () => update({ q: '', includeArchived: false }) : undefined}
      />
      {error && <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <SectorsTable
        sectors={data?.sectors.edges.map((edge) => edge.node) ?? []}
        loading={fetching}
        total={data?.sectors.totalCount ?? 0}
        page={state.page}
        size={state.size}
        listSearch={search}
        onPageChange={(page, size) => update(size === state.size ? { page } : { size })}
      />
    </>
  );
}
