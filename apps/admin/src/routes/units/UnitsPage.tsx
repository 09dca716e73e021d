import { PlusOutlined } from '@ant-design/icons';
import { UNIT_KINDS } from '@formasi/core';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useClient, useQuery } from 'urql';
import { graphql } from '../../gql';
import { offsetOf, useListParams } from '../../lib/list-params';
import { oneOf } from '../../lib/one-of';
import { EnumSelect } from '../../ui/EnumSelect';
import { ErrorState } from '../../ui/ErrorState';
import { ExportButton } from '../../ui/ExportButton';
import { ListToolbar } from '../../ui/ListToolbar';
import { PageHeader } from '../../ui/PageHeader';
import { SectorSelect } from '../../shared/SectorSelect';
import { useCanWrite } from '../../shared/current-user';
import { KecamatanSelect } from '../../shared/KecamatanSelect';
import { UnitsTable } from './components/UnitsTable';
import { loadUnitExportRows, UNIT_EXPORT_FILE, unitExportColumns } from './unit-export';
import { UNIT_FILTER_KEYS, UNIT_SORTS } from './unit-list';

const UnitsPageQuery = graphql(`
  query UnitsPage($first: Int!, $offset: Int!, $filter: UnitFilter, $sort: UnitSort) {
    units(first: $first, offset: $offset, filter: $filter, sort: $sort) {
      totalCount
      edges {
        node {
          id
          ...UnitsTable_unit
        }
      }
    }
  }
`);

const CONTEXT = { additionalTypenames: ['Unit'] };
const FILTER_WIDTH = { width: 180 };

export function UnitsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  const { state, update, search } = useListParams(UNIT_FILTER_KEYS);
  const sort = oneOf(UNIT_SORTS, state.sort) ?? 'NAME_ASC';
  const kind = oneOf(UNIT_KINDS, state.filters.kind);
  const filter = {
    search: state.q || undefined,
    sectorId: state.filters.sector,
    kind,
    kecamatanId: state.filters.kecamatan,
    includeArchived: state.includeArchived,
  };
  const client = useClient();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: UnitsPageQuery,
    variables: { first: state.size, offset: offsetOf(state), sort, filter },
    context: CONTEXT,
  });
  const hasFilters = Boolean(state.q || state.includeArchived || Object.keys(state.filters).length > 0);
  const resetFilters = () =>
    update({
      q: '',
      includeArchived: false,
      filters: { sector: undefined, kind: undefined, kecamatan: undefined },
    });

  return (
    <>
      <PageHeader
        title={t('units.title')}
        subtitle={t('units.subtitle')}
        extra={
          <>
            <ExportButton
              testId="export-units"
              fileName={UNIT_EXPORT_FILE}
              sheetName={t('units.title')}
              columns={unitExportColumns(t)}
              rows={(onProgress) => loadUnitExportRows(client, t, { filter, sort }, onProgress)}
              disabled={!data || data.units.totalCount === 0}
            />
            {canWrite && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                data-testid="create-button"
                onClick={() => void navigate('/units/new')}
              >
                {t('units.newButton')}
              </Button>
            )}
          </>
        }
      />
      <ListToolbar
        query={state.q}
        searchPlaceholder={t('units.searchPlaceholder')}
        onSearch={(q) => update({ q })}
        sort={sort}
        sortOptions={UNIT_SORTS.map((value) => ({ value, label: t(`enums.Sort.${value}`) }))}
        onSortChange={(value) => update({ sort: value })}
        includeArchived={state.includeArchived}
        onIncludeArchivedChange={(includeArchived) => update({ includeArchived })}
        onReset={hasFilters ? resetFilters : undefined}
      >
        <SectorSelect
          id="filter-sector"
          aria-label={t('units.sector')}
          placeholder={t('units.sector')}
          allowClear
          value={state.filters.sector}
          onChange={(sector) => update({ filters: { sector } })}
          style={FILTER_WIDTH}
        />
        <EnumSelect
          id="filter-kind"
          aria-label={t('units.kind')}
          placeholder={t('units.kind')}
          allowClear
          values={UNIT_KINDS}
          labelOf={(value) => t(`enums.UnitKind.${value}`)}
          value={kind}
          onChange={(value) => update({ filters: { kind: value } })}
          style={FILTER_WIDTH}
        />
        <KecamatanSelect
          id="filter-kecamatan"
          aria-label={t('units.kecamatan')}
          placeholder={t('units.kecamatan')}
          allowClear
          value={state.filters.kecamatan}
          onChange={(kecamatan) => update({ filters: { kecamatan } })}
          style={FILTER_WIDTH}
        />
      </ListToolbar>
      {error && <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <UnitsTable
        units={data?.units.edges.map((edge) => edge.node) ?? []}
        loading={fetching}
        total={data?.units.totalCount ?? 0}
        page={state.page}
        size={state.size}
        listSearch={search}
        onPageChange={(page, size) => update(size === state.size ? { page } : { size })}
      />
    </>
  );
}
