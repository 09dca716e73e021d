import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aConnection, aPosition, aSector, aUnit } from '../../test/fixtures';
import { mockGraphQL } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { PositionsPage } from './PositionsPage';

function mockPositions() {
  return mockGraphQL({
    PositionsPage: () => ({ data: { positions: aConnection('Position', [aPosition()], 41) } }),
    SectorSelectOptions: () => ({ data: { sectors: aConnection('Sector', [aSector()]) } }),
    UnitSelectOptions: () => ({ data: { units: aConnection('Unit', [aUnit()]) } }),
    UnitSelectSelected: () => ({ data: { unit: aUnit() } }),
  });
}

describe('PositionsPage', () => {
  it('reads search, filters, sort and page from the URL into the query', async () => {
    const graphql = mockPositions();
    renderRoute(<PositionsPage />, {
      client: graphql.client,
      path: '/positions',
      url: '/positions?q=perawat&kind=FUNGSIONAL&level=AHLI_PERTAMA&unit=unit-pkm-talawi&sort=UNIT_ASC&page=3&size=10',
    });

    expect(await screen.findByText('Perawat Ahli Pertama')).toBeTruthy();
    expect(graphql.lastVariables('PositionsPage')).toEqual({
      first: 10,
      offset: 20,
      sort: 'UNIT_ASC',
      filter: {
        search: 'perawat',
        unitId: 'unit-pkm-talawi',
        kind: 'FUNGSIONAL',
        level: 'AHLI_PERTAMA',
        includeArchived: false,
      },
    });
    expect(screen.getByTestId<HTMLInputElement>('list-search').value).toBe('perawat');
    expect(screen.getByText('21–30 dari 41 data')).toBeTruthy();
  });

  it('ignores values in the URL that are not part of the contract', async () => {
    const graphql = mockPositions();
    renderRoute(<PositionsPage />, {
      client: graphql.client,
      path: '/positions',
      url: '/positions?kind=ASTRONAUT&sort=RANDOM&page=-2&size=7',
    });

    await screen.findByText('Perawat Ahli Pertama');
    expect(graphql.lastVariables('PositionsPage')).toMatchObject({ first: 20, offset: 0, sort: 'NAME_ASC' });
    expect(graphql.lastVariables('PositionsPage')?.filter).not.toHaveProperty('kind');
  });

  it('writes a new search back to the URL and returns to the first page', async () => {
    const graphql = mockPositions();
    const { router } = renderRoute(<PositionsPage />, {
      client: graphql.client,
      path: '/positions',
      url: '/positions?kind=FUNGSIONAL&page=2',
    });
    await screen.findByText('Perawat Ahli Pertama');

    await userEvent.type(screen.getByTestId('list-search'), 'bidan{Enter}');

    await waitFor(() => expect(router.state.location.search).toBe('?kind=FUNGSIONAL&q=bidan'));
    await waitFor(() =>
      expect(graphql.lastVariables('PositionsPage')).toMatchObject({
        offset: 0,
        filter: { search: 'bidan' },
      }),
    );
  });

  it('writes the archived toggle to the URL and tags archived rows', async () => {
    const graphql = mockGraphQL({
      PositionsPage: ({ filter }) => {
        const includeArchived = (filter as { includeArchived: boolean }).includeArchived;
        const rows = includeArchived
          ? [aPosition(), aPosition({ id: 'old', name: 'Juru Lama', archived: true })]
          : [];
        return { data: { positions: aConnection('Position', rows) } };
      },
    });
    const { router } = renderRoute(<PositionsPage />, {
      client: graphql.client,
      path: '/positions',
      url: '/positions',
    });
    expect(await screen.findByText('Belum ada jabatan yang sesuai.')).toBeTruthy();

    await userEvent.click(screen.getByTestId('include-archived'));

    await waitFor(() => expect(router.state.location.search).toBe('?archived=1'));
    const archivedRow = (await screen.findByText('Juru Lama')).closest('tr');
    expect(archivedRow && within(archivedRow).getByText('Diarsipkan')).toBeTruthy();
  });
});
