import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useListParams } from '../../lib/list-params';
import { oneOf } from '../../lib/one-of';
import { ErrorState } from '../../ui/ErrorState';
import { PageHeader } from '../../ui/PageHeader';
import { GapKpis } from '../../shared/GapKpis';
import { GapSummaryTable, GAP_GROUPINGS } from './components/GapSummaryTable';
import { GapYearControls } from './components/GapYearControls';
import { KecamatanGapChart } from './components/KecamatanGapChart';
import { RetirementWaveChart } from './components/RetirementWaveChart';
import { SectorNeedChart } from './components/SectorNeedChart';
import { GapRanking } from './GapRanking';
import { GAP_SOURCES_CONTEXT } from '../../shared/gap-cache';
import { GAP_PARAM_KEYS, readGapParams } from './gap-params';

const GapsPageSummary = graphql(`
  query GapsPageSummary($year: Int!, $horizon: Int!) {
    region: gapSummary(year: $year, groupBy: REGION, horizon: $horizon) {
      key
      ...GapKpis_row
    }
    bySector: gapSummary(year: $year, groupBy: SECTOR, horizon: $horizon) {
      key
      ...SectorNeedChart_row
    }
    byKecamatan: gapSummary(year: $year, groupBy: KECAMATAN, horizon: $horizon) {
      key
      ...KecamatanGapChart_row
    }
  }
`);

const GapsPageWave = graphql(`
  query GapsPageWave($year: Int!, $sectorId: ID) {
    retirementWave(year: $year, sectorId: $sectorId) {
      year
      ...RetirementWaveChart_year
    }
  }
`);

const GapsPageRecap = graphql(`
  query GapsPageRecap($year: Int!, $horizon: Int!, $groupBy: GapGroupBy!) {
    gapSummary(year: $year, groupBy: $groupBy, horizon: $horizon) {
      key
      ...GapSummaryTable_row
    }
  }
`);

/** Kesenjangan: where staff will be missing or in excess, why, and how urgently. */
export function GapsPage() {
  const { t } = useTranslation();
  const list = useListParams(GAP_PARAM_KEYS);
  const { state, update } = list;
  const params = readGapParams(state);
  const { year, horizon } = params;
  const horizonYear = year + horizon;
  const waveSector = state.filters.waveSector;
  const groupBy = oneOf(GAP_GROUPINGS, state.filters.recap) ?? 'SECTOR';
  const [summary, reexecuteSummary] = useQuery({
    query: GapsPageSummary,
    variables: { year, horizon },
    context: GAP_SOURCES_CONTEXT,
  });
  const [wave, reexecuteWave] = useQuery({
    query: GapsPageWave,
    variables: { year, sectorId: waveSector },
    context: GAP_SOURCES_CONTEXT,
  });
  const [recap, reexecuteRecap] = useQuery({
    query: GapsPageRecap,
    variables: { year, horizon, groupBy },
    context: GAP_SOURCES_CONTEXT,
  });
  const retry = (reexecute: (options: { requestPolicy: 'network-only' }) => void) => () =>
    reexecute({ requestPolicy: 'network-only' });
  // Chart settings keep the table on its page.
  const updateChart = (filters: { waveSector?: string | undefined; recap?: string | undefined }) =>
    update({ filters, page: state.page });

  return (
    <>
      <PageHeader title={t('gaps.title')} subtitle={t('gaps.subtitle')} />
      <GapYearControls
        year={year}
        horizon={horizon}
        onYearChange={(next) => update({ filters: { year: String(next) } })}
        onHorizonChange={(next) => update({ filters: { horizon: next === 0 ? undefined : String(next) } })}
      />
      {summary.error && <ErrorState error={summary.error} onRetry={retry(reexecuteSummary)} />}
      <GapKpis
        rows={summary.data?.region ?? []}
        loading={summary.fetching && !summary.data}
        horizonYear={horizonYear}
      />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={12}>
          <SectorNeedChart
            rows={summary.data?.bySector ?? []}
            loading={summary.fetching && !summary.data}
            horizonYear={horizonYear}
          />
        </Col>
        <Col xs={24} xl={12}>
          {wave.error && <ErrorState error={wave.error} onRetry={retry(reexecuteWave)} />}
          <RetirementWaveChart
            years={wave.data?.retirementWave ?? []}
            loading={wave.fetching && !wave.data}
            sectorId={waveSector}
            onSectorChange={(sector) => updateChart({ waveSector: sector })}
          />
        </Col>
        <Col xs={24}>
          <KecamatanGapChart
            rows={summary.data?.byKecamatan ?? []}
            loading={summary.fetching && !summary.data}
          />
        </Col>
      </Row>
      <GapRanking list={list} params={params} />
      {recap.error && <ErrorState error={recap.error} onRetry={retry(reexecuteRecap)} />}
      <GapSummaryTable
        rows={recap.data?.gapSummary ?? []}
        loading={recap.fetching}
        groupBy={groupBy}
        year={year}
        horizonYear={horizonYear}
        onGroupByChange={(next) => updateChart({ recap: next === 'SECTOR' ? undefined : next })}
      />
    </>
  );
}
