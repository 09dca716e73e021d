import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '../../test/antd-select';
import { aConnection, aSector, aUnit } from '../../test/fixtures';
import { mockGraphQL } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { UnitsPage } from './UnitsPage';

describe('UnitsPage', () => {
  it('filters by kind and kecamatan through the URL and can clear all filters', async () => {
    const user = userEvent.setup();
    const graphql = mockGraphQL({
      UnitsPage: () => ({ data: { units: aConnection('Unit', [aUnit()]) } }),
      SectorSelectOptions: () => ({ data: { sectors: aConnection('Sector', [aSector()]) } }),
      KecamatanSelectOptions: () => ({
        data: {
          kecamatans: [
            { __typename: 'Kecamatan', id: 'kec-talawi', code: '13.73.04', name: 'Talawi' },
            { __typename: 'Kecamatan', id: 'kec-barangin', code: '13.73.02', name: 'Barangin' },
          ],
        },
      }),
    });
    const { router } = renderRoute(<UnitsPage />, {
      client: graphql.client,
      path: '/units',
      url: '/units?page=2',
    });
    await screen.findByText('Puskesmas Talawi');

    await chooseOption(user, screen.getByRole('combobox', { name: 'Jenis Unit' }), 'Puskesmas');
    await waitFor(() => expect(router.state.location.search).toBe('?kind=PUSKESMAS'));
    await chooseOption(user, screen.getByRole('combobox', { name: 'Kecamatan' }), 'Talawi');
    await waitFor(() => expect(router.state.location.search).toBe('?kind=PUSKESMAS&kecamatan=kec-talawi'));
    await waitFor(() =>
      expect(graphql.lastVariables('UnitsPage')).toMatchObject({
        offset: 0,
        filter: { kind: 'PUSKESMAS', kecamatanId: 'kec-talawi' },
      }),
    );

    await user.click(screen.getByRole('button', { name: /Hapus filter/ }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    const kindSelect = screen.getByRole('combobox', { name: 'Jenis Unit' }).closest('.ant-select');
    await waitFor(() => expect(kindSelect?.textContent).not.toContain('Puskesmas'));
    expect(kindSelect?.textContent).toContain('Jenis Unit');
  });

  it('shows the server error with a retry', async () => {
    let attempts = 0;
    const graphql = mockGraphQL({
      UnitsPage: () => {
        attempts += 1;
        return attempts === 1
          ? { data: null, errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }
          : { data: { units: aConnection('Unit', [aUnit()]) } };
      },
    });
    renderRoute(<UnitsPage />, { client: graphql.client, path: '/units', url: '/units' });

    expect(
      await screen.findByText('Terjadi kesalahan pada server. Silakan coba beberapa saat lagi.'),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('Puskesmas Talawi')).toBeTruthy();
  });
});
