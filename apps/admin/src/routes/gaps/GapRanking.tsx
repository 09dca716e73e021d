import { Card, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { graphql } from '../../gql';
import { offsetOf, type ListPatch, type ListState } from '../../lib/list-params';
import { ErrorState } from '../../ui/ErrorState';
import { ExportButton } from '../../ui/ExportButton';
import { GapExplanationDrawer } from './components/GapExplanationDrawer';
import { GapFilters } from './components/GapFilters';
import { GapTable } from './components/GapTable';
import { GAP_SOURCES_CONTEXT } from '../../shared/gap-cache';
import { gapExportColumns, loadAllGaps } from './gap-export';
import { GAP_SORTS, type GapParamKey, type GapParams } from './gap-params';

const GapsPageList = graphql(`
  query GapsPageList(
    $year: Int!
    $horizon: Int!
    $first: Int!
    $offset: Int!
    $filter: GapFilter
    $sort: GapSort
  ) {
    gaps(year: $year, horizon: $horizon, first: $first, offset: $offset, filter: $filter, sort: $sort) {
      totalCount
      edges {
        node {
          id
          ...GapTable_gap
          ...GapExplanationDrawer_gap
        }
      }
    }
  }
`);

const NO_FILTERS = {
  sector: undefined,
  unit: undefined,
  kecamatan: undefined,
  kind: undefined,
  gap: undefined,
  minPriority: undefined,
  maxPriority: undefined,
};

interface GapRankingProps {
  list: { state: ListState<GapParamKey>; update: (patch: ListPatch<GapParamKey>) => void };
  params: GapParams;
}

/** The ranked gap list: filters and sort in the URL, page numbers, export of every matching row, "Mengapa?". */
export function GapRanking({ list: { state, update }, params }: GapRankingProps) {
  const { t } = useTranslation();
  const client = useClient();
  const [explainedId, setExplainedId] = useState<string | undefined>();
  const { year, horizon, sort, filter } = params;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: GapsPageList,
    variables: { year, horizon, first: state.size, offset: offsetOf(state), filter, sort },
    context: GAP_SOURCES_CONTEXT,
  });
  const nodes = data?.gaps.edges.map((edge) => edge.node) ?? [];
  const explained = nodes.find((node) => node.id === explainedId);
  const { filters } = state;
  const hasFilters = Boolean(state.q) || Object.keys(NO_FILTERS).some((key) => key in filters);

  return (
    <Card
      title={t('gaps.rankingTitle')}
      extra={
        <ExportButton
          testId="gap-export"
          fileName={`kesenjangan-${year}`}
          sheetName={t('gaps.sheetName', { year })}
          columns={gapExportColumns(t, year + horizon)}
          rows={(onProgress) => loadAllGaps(client, t, { year, horizon, filter, sort }, onProgress)}
          disabled={!data || data.gaps.totalCount === 0}
        />
      }
      style={{ marginBottom: 16 }}
    >
      <Flex vertical gap={12} style={{ marginBottom: 16 }}>
        <GapFilters
          query={state.q}
          sectorId={filters.sector}
          unitId={filters.unit}
          kecamatanId={filters.kecamatan}
          positionKind={params.positionKind}
          gapKind={params.gapKind}
          minPriority={params.minPriority}
          maxPriority={params.maxPriority}
          onChange={update}
        />
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary">{t('common.sortBy')}</Typography.Text>
          <Select
            id="gap-sort"
            aria-label={t('common.sortBy')}
            value={sort}
            onChange={(next) => update({ sort: next === 'PRIORITY_DESC' ? undefined : next })}
            options={GAP_SORTS.map((value) => ({ value, label: t(`gaps.sort.${value}`) }))}
            style={{ minWidth: 220 }}
          />
          {hasFilters && (
            <Typography.Link onClick={() => update({ q: '', filters: NO_FILTERS })} data-testid="gap-reset">
              {t('common.resetFilters')}
            </Typography.Link>
          )}
        </Flex>
      </Flex>
      {error && <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <GapTable
        gaps={nodes}
        loading={fetching}
        total={data?.gaps.totalCount ?? 0}
        page={state.page}
        size={state.size}
        horizonYear={year + horizon}
        onPageChange={(page, size) => update(size === state.size ? { page } : { size })}
        onExplain={setExplainedId}
      />
      <GapExplanationDrawer
        gap={explained}
        horizonYear={year + horizon}
        onClose={() => setExplainedId(undefined)}
      />
    </Card>
  );
}
