import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aGap, aGapConnection, aSummaryRow } from '../../test/gap-fixtures';
import { mockGraphQL, type Resolver } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { defaultPlanningYear } from '../../shared/planning-year';
import { HomePage } from './HomePage';

const count = (status: string, n: number) => ({ __typename: 'AnalysisStatusCount', status, count: n });

function planningAnswer(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      region: [
        aSummaryRow({ key: 'region', label: 'Kota Sawahlunto', need: 270, staff: 208, shortage: 131 }),
      ],
      topGaps: aGapConnection(
        [
          aGap({ priority: 95, gap: 2 }),
          aGap({
            id: '2026:unit-disbud:position-cagar',
            position: {
              __typename: 'Position',
              id: 'p-2',
              name: 'Pengelola Cagar Budaya',
              kind: 'PELAKSANA',
            },
            unit: { __typename: 'Unit', id: 'u-2', code: 'DISBUD', name: 'Dinas Kebudayaan' },
            priority: 85,
            gap: 1,
            factors: [
              {
                __typename: 'PriorityFactor',
                factor: 'severity',
                contribution: 10,
                explanation: 'Separuh kosong.',
              },
              {
                __typename: 'PriorityFactor',
                factor: 'sector',
                contribution: 25,
                explanation: 'Sektor pariwisata dinyatakan mendesak.',
              },
            ],
          }),
        ],
        84,
      ),
      needsAnalysisStatusCounts: [
        count('DRAFT', 1),
        count('SUBMITTED', 12),
        count('VERIFIED', 2),
        count('FINAL', 16),
        count('RETURNED', 0),
      ],
      planningYear: {
        __typename: 'PlanningYear',
        id: 'py-1',
        budget: { __typename: 'BudgetHeadroom', cap: 0.3, projectedShare: 0.312, exceedsCap: true },
      },
      ...overrides,
    },
  };
}

function mockHome(planning: Resolver = () => planningAnswer()) {
  return mockGraphQL({
    HomePage: () => ({
      data: {
        me: { __typename: 'User', id: 'user-1', name: 'Rina Marlina' },
        sectors: { __typename: 'SectorConnection', totalCount: 6 },
        units: { __typename: 'UnitConnection', totalCount: 36 },
        positions: { __typename: 'PositionConnection', totalCount: 1250 },
      },
    }),
    HomePlanning: planning,
  });
}

describe('HomePage', () => {
  it('greets the user and shows the totals of sectors, units and positions with links to each list', async () => {
    const graphql = mockHome();
    renderRoute(<HomePage />, { client: graphql.client, path: '/', url: '/' });

    expect(await screen.findByText('Selamat datang, Rina Marlina')).toBeTruthy();
    expect(screen.getByTestId('stat-sectors').textContent).toContain('6');
    expect(screen.getByTestId('stat-units').textContent).toContain('36');
    // Thousands are grouped the Indonesian way.
    expect(screen.getByTestId('stat-positions').textContent).toContain('1.250');
    const links = screen
      .getAllByRole('link', { name: /Buka daftar/ })
      .map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/sectors', '/units', '/positions', `/needs?year=${defaultPlanningYear()}`]);
  });

  it('summarises next planning year: gap totals, where the analyses stand, the top shortages and the budget', async () => {
    const graphql = mockHome();
    renderRoute(<HomePage />, { client: graphql.client, path: '/', url: '/' });

    const year = defaultPlanningYear();
    expect(await screen.findByText(`Tahun perencanaan ${year}`)).toBeTruthy();
    expect(graphql.lastVariables('HomePlanning')).toEqual({ year });
    expect(within(await screen.findByTestId('kpi-shortage')).getByText('131')).toBeTruthy();

    const workflow = screen.getByTestId('home-workflow');
    expect(within(workflow).getByText('16 dari 31 unit kerja sudah ditetapkan')).toBeTruthy();
    const submitted = within(screen.getByTestId('workflow-SUBMITTED'));
    expect(submitted.getByText('Menunggu verifikasi BKPSDM')).toBeTruthy();
    expect(submitted.getByRole('link', { name: '12 Diajukan' }).getAttribute('href')).toBe(
      `/needs?year=${year}&status=SUBMITTED`,
    );
    expect(submitted.getByRole('link').textContent).toContain('12');

    const top = screen.getAllByTestId('home-top-gap');
    expect(top.map((row) => within(row).getAllByRole('link')[0]?.textContent)).toEqual([
      'Perawat Ahli Pertama',
      'Pengelola Cagar Budaya',
    ]);
    // Each shortage says what lifts it most: the factor with the largest contribution.
    expect(within(top[0]!).getByText('Separuh kebutuhan belum terisi.')).toBeTruthy();
    expect(within(top[1]!).getByText('Sektor pariwisata dinyatakan mendesak.')).toBeTruthy();
    expect(within(top[1]!).queryByText('Separuh kosong.')).toBeNull();
    expect(within(top[0]!).getByText('Kurang 2')).toBeTruthy();
    // The count is of shortages, so the link opens the list filtered to them.
    expect(screen.getByRole('link', { name: /Semua 84 jabatan yang kurang/ }).getAttribute('href')).toBe(
      `/gaps?year=${year}&gap=SHORTAGE`,
    );

    const alert = screen.getByTestId('home-budget-alert');
    expect(alert.textContent).toContain('31,2%');
    expect(alert.textContent).toContain('30%');
  });

  it('reads the year from the URL and shows no budget alert within the cap or without figures', async () => {
    const graphql = mockHome(() => planningAnswer({ planningYear: null, topGaps: aGapConnection([], 0) }));
    renderRoute(<HomePage />, { client: graphql.client, path: '/', url: '/?year=2026' });

    expect(await screen.findByText('Tahun perencanaan 2026')).toBeTruthy();
    expect(graphql.lastVariables('HomePlanning')).toEqual({ year: 2026 });
    expect(await screen.findByText('Belum ada kekurangan untuk tahun ini.')).toBeTruthy();
    expect(screen.queryByTestId('home-budget-alert')).toBeNull();
  });
});
