import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '../../test/antd-select';
import { aConnection, aUnit } from '../../test/fixtures';
import { badUserInput, mockGraphQL, type Resolver } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { defaultPlanningYear } from '../../shared/planning-year';
import { NeedsAnalysesPage } from './NeedsAnalysesPage';
import { aNeedsAnalysis } from './needs-fixtures';

function renderList(url: string, resolvers: Record<string, Resolver> = {}) {
  const graphql = mockGraphQL({
    NeedsAnalysesPage: () => ({
      data: { needsAnalyses: aConnection('NeedsAnalysis', [aNeedsAnalysis({ status: 'SUBMITTED' })]) },
    }),
    UnitSelectOptions: () => ({ data: { units: aConnection('Unit', [aUnit()]) } }),
    UnitSelectSelected: () => ({ data: { unit: aUnit() } }),
    ...resolvers,
  });
  const view = renderRoute(<NeedsAnalysesPage />, {
    client: graphql.client,
    path: '/needs',
    url,
    otherRoutes: [{ path: '/needs/:id', element: <p>editor analisis</p> }],
  });
  return { ...view, graphql };
}

describe('NeedsAnalysesPage', () => {
  it('starts at next year’s newest versions', async () => {
    const { graphql } = renderList('/needs');

    expect(await screen.findByText('Puskesmas Talawi')).toBeTruthy();
    expect(screen.getByText('Diajukan')).toBeTruthy();
    expect(graphql.lastVariables('NeedsAnalysesPage')).toEqual({
      first: 20,
      offset: 0,
      filter: { year: defaultPlanningYear(), latestOnly: true },
    });
  });

  it('reads year, unit, status and all versions from the URL into the query', async () => {
    const { graphql } = renderList('/needs?year=2027&unit=unit-pkm-talawi&status=FINAL&versions=all&page=2');

    await screen.findByText('Puskesmas Talawi');
    expect(graphql.lastVariables('NeedsAnalysesPage')).toEqual({
      first: 20,
      offset: 20,
      filter: { year: 2027, unitId: 'unit-pkm-talawi', status: 'FINAL', latestOnly: false },
    });
  });

  it('writes a status filter into the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderList('/needs?year=2026');
    await screen.findByText('Puskesmas Talawi');

    await chooseOption(user, screen.getByLabelText('Status'), 'Dikembalikan');

    await waitFor(() => expect(router.state.location.search).toBe('?year=2026&status=RETURNED'));
  });

  it('shows why the server refused a new analysis under the unit', async () => {
    const user = userEvent.setup();
    renderList('/needs?year=2026', {
      NeedsAnalysesPageCreate: () =>
        badUserInput([
          {
            field: 'unitId',
            reason: 'DUPLICATE',
            message: 'Puskesmas Talawi already has an analysis for 2026.',
          },
        ]),
    });
    await screen.findByText('Puskesmas Talawi');

    await user.click(screen.getByTestId('create-button'));
    await chooseOption(
      user,
      await screen.findByLabelText('Unit Kerja', { selector: '#needs-create_unitId' }),
      'Puskesmas Talawi (PKM-TALAWI)',
    );
    await user.click(screen.getByTestId('needs-create-submit'));

    expect(await screen.findByText('Sudah digunakan oleh data lain.')).toBeTruthy();
  });

  it('opens the editor of a new analysis', async () => {
    const user = userEvent.setup();
    const { router, graphql } = renderList('/needs?year=2026', {
      NeedsAnalysesPageCreate: () => ({
        data: { createNeedsAnalysis: aNeedsAnalysis({ id: 'analysis-new' }) },
      }),
    });
    await screen.findByText('Puskesmas Talawi');

    await user.click(screen.getByTestId('create-button'));
    await chooseOption(
      user,
      await screen.findByLabelText('Unit Kerja', { selector: '#needs-create_unitId' }),
      'Puskesmas Talawi (PKM-TALAWI)',
    );
    await user.click(screen.getByTestId('needs-create-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/needs/analysis-new'));
    expect(graphql.lastVariables('NeedsAnalysesPageCreate')).toEqual({
      year: 2026,
      unitId: 'unit-pkm-talawi',
    });
  });
});
