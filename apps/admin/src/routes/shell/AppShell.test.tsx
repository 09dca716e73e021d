import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphQL } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { AppShell } from './AppShell';

const ADMIN = {
  __typename: 'User',
  id: 'user-1',
  name: 'Rina Marlina',
  email: 'rina@sawahluntokota.go.id',
  roles: ['ADMIN'],
};

function renderShell(me: unknown, url = '/', region?: Record<string, unknown>) {
  const graphql = mockGraphQL({
    AppShell: () => ({ data: { me } }),
    ...(region ? { Region: () => ({ data: { region: { __typename: 'Region', ...region } } }) } : {}),
  });
  return renderRoute(<AppShell />, {
    client: graphql.client,
    path: '/',
    url,
    otherRoutes: [{ path: '/login', element: <p>halaman masuk</p> }],
  });
}

describe('AppShell', () => {
  it('shows the agency, the navigation and the signed-in user', async () => {
    renderShell(ADMIN);

    expect(await screen.findByText('Pemerintah Kota Sawahlunto — BKPSDM')).toBeTruthy();
    expect(screen.getByText('Rina Marlina')).toBeTruthy();
    for (const label of ['Beranda', 'Sektor', 'Unit Kerja', 'Jabatan']) {
      expect(screen.getByRole('link', { name: label })).toBeTruthy();
    }
  });

  it('shows the configured region and its emblem instead of the initial', async () => {
    renderShell(ADMIN, '/', {
      name: 'Kabupaten Tanah Datar',
      agency: 'BKPSDM Tanah Datar',
      emblemUrl: '/region/emblem?v=abc',
    });

    expect(await screen.findByText('Pemerintah Kabupaten Tanah Datar — BKPSDM Tanah Datar')).toBeTruthy();
    expect(screen.getByTestId('region-emblem').getAttribute('src')).toBe('/region/emblem?v=abc');
  });

  it('sends a guest to the sign-in page', async () => {
    const { router } = renderShell(null);

    expect(await screen.findByText('halaman masuk')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('switches the visible labels to English and remembers the choice', async () => {
    const user = userEvent.setup();
    const { i18n } = renderShell(ADMIN);
    await screen.findByText('Rina Marlina');

    await user.click(screen.getByText('English'));

    expect(await screen.findByRole('link', { name: 'Positions' })).toBeTruthy();
    expect(screen.getByText('Government of Kota Sawahlunto — BKPSDM')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Jabatan' })).toBeNull();
    expect(window.localStorage.getItem('formasi.language')).toBe('en');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));

    await user.click(screen.getByText('Bahasa Indonesia'));
    expect(await screen.findByRole('link', { name: 'Jabatan' })).toBeTruthy();
    expect(i18n.language).toBe('id');
  });
});
