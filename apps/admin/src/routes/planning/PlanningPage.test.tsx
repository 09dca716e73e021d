import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '../../test/antd-select';
import { aConnection, aSector } from '../../test/fixtures';
import { badUserInput, mockGraphQL, type Resolver } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { PlanningPage } from './PlanningPage';

const SECTORS = [
  aSector({ id: 'sector-kesehatan', name: 'Kesehatan' }),
  aSector({ id: 'sector-pariwisata', code: 'PARIWISATA', name: 'Pariwisata' }),
];

function aPlanningYear(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'PlanningYear',
    id: 'planning-2026',
    year: 2026,
    effectiveHours: 1250,
    roundingRule: 'CEIL',
    priorityWeights: {
      __typename: 'PriorityWeightsType',
      sectorPriority: 25,
      severity: 35,
      serviceImpact: 20,
      retirements: 10,
      stakeholder: 10,
    },
    sectorPriorities: [
      {
        __typename: 'SectorPriority',
        sector: SECTORS[1],
        priority: 0.9,
        urgent: true,
        note: 'Warisan tambang batubara Ombilin (UNESCO)',
      },
    ],
    totalSpending: 820_000_000_000,
    personnelSpending: 300_000_000_000,
    excludedTeacherAllowances: 40_000_000_000,
    averageCosts: [{ __typename: 'AverageCost', kind: 'FUNGSIONAL', annualCost: 120_000_000 }],
    budget: {
      __typename: 'BudgetHeadroom',
      cap: 0.3,
      currentShare: 0.317,
      plannedCost: 6_000_000_000,
      projectedShare: 0.324,
      headroom: -20_000_000_000,
      exceedsCap: true,
      explanation: '(300 − 40) / 820 = 31.7 %; plan adds 6 bn.',
    },
    ...overrides,
  };
}

function renderPlanning(url: string, planningYear: unknown, resolvers: Record<string, Resolver> = {}) {
  const graphql = mockGraphQL({
    PlanningPage: () => ({
      data: {
        planningYear,
        planningYears: planningYear ? [planningYear] : [],
        sectors: aConnection('Sector', SECTORS),
      },
    }),
    ...resolvers,
  });
  const view = renderRoute(<PlanningPage />, { client: graphql.client, path: '/planning', url });
  return { ...view, graphql };
}

describe('PlanningPage', () => {
  it('flags a plan over the 30% personnel-spending cap in red', async () => {
    renderPlanning('/planning?year=2026', aPlanningYear());

    const flag = await screen.findByTestId('budget-exceeds-cap');
    expect(flag.textContent).toContain('Rencana melampaui batas belanja pegawai');
    expect(flag.textContent).toContain('32,4%');
    const headroom = within(screen.getByTestId('budget-headroom'));
    expect(headroom.getByText('31,7%')).toBeTruthy();
    expect(screen.getByTestId('budget-headroom-value').textContent).toMatch(/-Rp\s20\.000\.000\.000/);
  });

  it('shows the saved settings, with tourism declared urgent', async () => {
    renderPlanning('/planning?year=2026', aPlanningYear());

    expect(await screen.findByDisplayValue('Warisan tambang batubara Ombilin (UNESCO)')).toBeTruthy();
    expect(screen.getByTestId('urgent-sector-pariwisata').getAttribute('aria-checked')).toBe('true');
    expect(screen.getByTestId('urgent-sector-kesehatan').getAttribute('aria-checked')).toBe('false');
    expect(screen.getByLabelText<HTMLInputElement>('Selalu ke atas').checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Total belanja APBD').value).toBe('820.000.000.000');
  });

  it('offers the defaults for a year not set yet and saves them with the year from the URL', async () => {
    const user = userEvent.setup();
    const { graphql } = renderPlanning('/planning?year=2027', null, {
      PlanningPageSave: () => ({
        data: { savePlanningYear: aPlanningYear({ id: 'planning-2027', year: 2027 }) },
      }),
    });

    expect(await screen.findByTestId('planning-not-configured')).toBeTruthy();
    expect(screen.getByText('Isi angka anggaran lalu simpan untuk melihat ruang fiskal.')).toBeTruthy();
    await user.click(screen.getByTestId('urgent-sector-pariwisata'));
    await user.click(screen.getByTestId('submit-button'));

    await waitFor(() =>
      expect(graphql.lastVariables('PlanningPageSave')).toEqual({
        input: {
          year: 2027,
          effectiveHours: 1250,
          roundingRule: 'HALF_UP',
          priorityWeights: {
            sectorPriority: 25,
            severity: 35,
            serviceImpact: 20,
            retirements: 10,
            stakeholder: 10,
          },
          sectorPriorities: [{ sectorId: 'sector-pariwisata', priority: 0, urgent: true, note: null }],
          totalSpending: null,
          personnelSpending: null,
          excludedTeacherAllowances: null,
          averageCosts: [],
        },
      }),
    );
  });

  it('refuses a legacy effective-hours norm for a current year before sending', async () => {
    const user = userEvent.setup();
    const { graphql } = renderPlanning('/planning?year=2026', aPlanningYear());
    await screen.findByTestId('budget-headroom');

    await chooseOption(
      user,
      screen.getByLabelText('Jam kerja efektif per tahun'),
      '1.300 jam — Permendagri 12/2008 (norma lama)',
    );
    await user.click(screen.getByTestId('submit-button'));

    expect(
      await screen.findByText('Sejak 2022 hanya 1.250 jam (PermenPANRB 1/2020) yang berlaku.'),
    ).toBeTruthy();
    expect(graphql.lastVariables('PlanningPageSave')).toBeUndefined();
  });

  it('shows a server issue under the weight it names', async () => {
    const user = userEvent.setup();
    renderPlanning('/planning?year=2026', aPlanningYear(), {
      PlanningPageSave: () =>
        badUserInput([
          {
            field: 'priorityWeights.severity',
            reason: 'INVALID_VALUE',
            message: 'Weight of severity must be at least 0.',
          },
        ]),
    });
    await screen.findByTestId('budget-headroom');

    await user.click(screen.getByTestId('submit-button'));

    const error = await screen.findByText('Nilai tidak valid.');
    expect(error.closest('.ant-form-item')?.textContent).toContain('Tingkat kekurangan');
  });
});
