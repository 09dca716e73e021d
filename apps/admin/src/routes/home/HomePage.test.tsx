import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphQL } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { HomePage } from './HomePage';

describe('HomePage', () => {
  it('greets the user and shows the totals of sectors, units and positions with links to each list', async () => {
    const graphql = mockGraphQL({
      HomePage: () => ({
        data: {
          me: { __typename: 'User', id: 'user-1', name: 'Rina Marlina' },
          sectors: { __typename: 'SectorConnection', totalCount: 6 },
          units: { __typename: 'UnitConnection', totalCount: 36 },
          positions: { __typename: 'PositionConnection', totalCount: 1250 },
        },
      }),
    });
    renderRoute(<HomePage />, { client: graphql.client, path: '/', url: '/' });

    expect(await screen.findByText('Selamat datang, Rina Marlina')).toBeTruthy();
    expect(screen.getByTestId('stat-sectors').textContent).toContain('6');
    expect(screen.getByTestId('stat-units').textContent).toContain('36');
    // Thousands are grouped the Indonesian way.
    expect(screen.getByTestId('stat-positions').textContent).toContain('1.250');
    const links = screen
      .getAllByRole('link', { name: /Buka daftar/ })
      .map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/sectors', '/units', '/positions']);
  });
});
