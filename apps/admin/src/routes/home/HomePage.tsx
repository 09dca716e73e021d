import { AppstoreOutlined, BankOutlined, IdcardOutlined } from '@ant-design/icons';
import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { ErrorState } from '../../ui/ErrorState';
import { PageHeader } from '../../ui/PageHeader';
import { StatCard } from '../../ui/StatCard';
import { defaultPlanningYear, readYear } from '../../shared/planning-year';
import { PlanningOverview } from './PlanningOverview';
import { GovernmentName, useRegion } from '../../shared/region';

const HomePageQuery = graphql(`
  query HomePage {
    me {
      id
      name
    }
    sectors(first: 1) {
      totalCount
    }
    units(first: 1) {
      totalCount
    }
    positions(first: 1) {
      totalCount
    }
  }
`);

// Counts hold no node typenames, so name them for urql's cache to refetch after any change.
const CONTEXT = { additionalTypenames: ['Sector', 'Unit', 'Position'] };

/** Beranda: what Formasi holds, with a way into each list, and the planning year at a glance. */
export function HomePage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const year = readYear(searchParams.get('year')) ?? defaultPlanningYear();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: HomePageQuery, context: CONTEXT });
  const region = useRegion();
  return (
    <>
      <PageHeader
        title={data?.me ? t('home.welcome', { name: data.me.name }) : t('home.title')}
        subtitle={<GovernmentName region={region} />}
      />
      <Typography.Paragraph style={{ maxWidth: 720, fontSize: 15 }}>{t('home.intro')}</Typography.Paragraph>
      {error && <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <StatCard
            testId="stat-sectors"
            title={t('nav.sectors')}
            hint={t('home.sectorsHint')}
            value={data?.sectors.totalCount}
            loading={fetching && !data}
            icon={<AppstoreOutlined />}
            to="/sectors"
          />
        </Col>
        <Col xs={24} md={8}>
          <StatCard
            testId="stat-units"
            title={t('nav.units')}
            hint={t('home.unitsHint')}
            value={data?.units.totalCount}
            loading={fetching && !data}
            icon={<BankOutlined />}
            to="/units"
          />
        </Col>
        <Col xs={24} md={8}>
          <StatCard
            testId="stat-positions"
            title={t('nav.positions')}
            hint={t('home.positionsHint')}
            value={data?.positions.totalCount}
            loading={fetching && !data}
            icon={<IdcardOutlined />}
            to="/positions"
          />
        </Col>
      </Row>
      <PlanningOverview year={year} onYearChange={(next) => setSearchParams({ year: String(next) })} />
    </>
  );
}
