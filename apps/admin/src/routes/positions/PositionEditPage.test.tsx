import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aConnection, aPosition, aUnit } from '../../test/fixtures';
import { badUserInput, errorResponse, mockGraphQL, type Resolver } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { PositionEditPage } from './PositionEditPage';

function renderEditPage(resolvers: Record<string, Resolver> = {}, roles = ['ADMIN']) {
  const graphql = mockGraphQL({
    PositionEditPage: () => ({ data: { position: aPosition() } }),
    UnitSelectOptions: () => ({ data: { units: aConnection('Unit', [aUnit()]) } }),
    ...resolvers,
  });
  const view = renderRoute(<PositionEditPage />, {
    client: graphql.client,
    path: '/positions/:id',
    url: '/positions/position-perawat',
    roles,
  });
  return { ...view, graphql };
}

describe('PositionEditPage', () => {
  it('fills the form from the saved position and shows its BUP read-only', async () => {
    renderEditPage();

    expect(await screen.findByDisplayValue('Perawat Ahli Pertama')).toBeTruthy();
    const bup = screen.getByLabelText<HTMLInputElement>('Batas Usia Pensiun (BUP)');
    expect(bup.value).toBe('58 tahun');
    expect(bup.readOnly).toBe(true);
  });

  it('sends the changed fields and shows the validation error of a too-short name under the name', async () => {
    const user = userEvent.setup();
    const { graphql } = renderEditPage({
      PositionEditPageUpdate: () =>
        badUserInput([
          { field: 'name', reason: 'TOO_SHORT', message: 'Name must be at least 3 characters.' },
        ]),
    });
    const name = await screen.findByLabelText('Nama Jabatan');

    await user.clear(name);
    await user.type(name, 'Pe');
    await user.click(screen.getByTestId('submit-button'));

    const error = await screen.findByText('Isian terlalu pendek.');
    expect(error.closest('.ant-form-item')?.querySelector('#name')).toBe(name);
    expect(graphql.lastVariables('PositionEditPageUpdate')).toMatchObject({
      id: 'position-perawat',
      input: { name: 'Pe', level: 'AHLI_PERTAMA', educationLevels: ['PROFESI', 'S1'] },
    });
  });

  it('asks before archiving and shows why the server refused', async () => {
    const user = userEvent.setup();
    const { graphql } = renderEditPage({
      PositionEditPageArchive: () =>
        errorResponse('BAD_USER_INPUT', 'Position is used by 2 open formasi.', {
          field: 'id',
          reason: 'IN_USE',
        }),
    });
    await screen.findByDisplayValue('Perawat Ahli Pertama');

    await user.click(screen.getByTestId('archive-button'));
    expect(await screen.findByText(/Arsipkan jabatan ini\?/)).toBeTruthy();
    await user.click(screen.getByTestId('archive-confirm'));

    expect(await screen.findByText('Data tidak dapat diarsipkan')).toBeTruthy();
    expect(screen.getByText('Masih digunakan oleh data aktif lain.')).toBeTruthy();
    expect(screen.getByText('Position is used by 2 open formasi.')).toBeTruthy();
    await waitFor(() =>
      expect(graphql.lastVariables('PositionEditPageArchive')).toEqual({ id: 'position-perawat' }),
    );
  });

  it('shows a not-found state for an unknown id', async () => {
    renderEditPage({ PositionEditPage: () => ({ data: { position: null } }) });

    expect(await screen.findByText('Data tidak ditemukan atau telah dihapus.')).toBeTruthy();
  });

  it('lets a viewer read but not change or archive', async () => {
    renderEditPage({}, ['VIEWER']);

    const name = await screen.findByLabelText<HTMLInputElement>('Nama Jabatan');
    expect(name.disabled).toBe(true);
    expect(screen.queryByTestId('archive-button')).toBeNull();
  });
});
