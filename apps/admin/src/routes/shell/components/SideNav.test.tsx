import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphQL } from '../../../test/mock-graphql';
import { renderRoute } from '../../../test/render';
import { SideNav } from './SideNav';

function renderNav(roles: string[], url = '/') {
  return renderRoute(<SideNav />, { client: mockGraphQL({}).client, path: '*', url, roles });
}

describe('SideNav', () => {
  it('offers Pengguna to administrators and highlights it on its pages', async () => {
    renderNav(['ADMIN'], '/users');

    const link = await screen.findByRole('link', { name: 'Pengguna' });
    expect(link.getAttribute('href')).toBe('/users');
    expect(link.closest('.ant-menu-item-selected')).toBeTruthy();
  });

  it.each([['VIEWER'], ['UNIT_OPERATOR']])('hides Pengguna from a %s', async (role) => {
    renderNav([role]);

    expect(await screen.findByRole('link', { name: 'Jabatan' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Pengguna' })).toBeNull();
  });
});
