import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '../../test/antd-select';
import { aConnection, aSector, aUnit } from '../../test/fixtures';
import { badUserInput, mockGraphQL, type Resolver } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { UnitCreatePage } from './UnitCreatePage';

function renderCreatePage(createUnit: Resolver = () => ({ data: { createUnit: aUnit() } })) {
  const graphql = mockGraphQL({
    SectorSelectOptions: () => ({ data: { sectors: aConnection('Sector', [aSector()]) } }),
    UnitSelectOptions: () => ({
      data: {
        units: aConnection('Unit', [aUnit({ id: 'unit-dinkes', name: 'Dinas Kesehatan', code: 'DINKES' })]),
      },
    }),
    KecamatanSelectOptions: () => ({ data: { kecamatans: [] } }),
    UnitCreatePageCreate: createUnit,
  });
  const view = renderRoute(<UnitCreatePage />, {
    client: graphql.client,
    path: '/units/new',
    url: '/units/new',
  });
  return { ...view, graphql };
}

describe('UnitCreatePage', () => {
  it('follows the parent rule of the kind: none for an OPD, required for a puskesmas', async () => {
    const user = userEvent.setup();
    const { graphql } = renderCreatePage();
    const parent = screen.getByLabelText('Unit Induk');

    await chooseOption(user, screen.getByLabelText('Jenis Unit'), 'Perangkat Daerah (OPD)');
    expect(await screen.findByText(/tidak memiliki unit induk/)).toBeTruthy();
    expect(parent.closest('.ant-select')?.className).toContain('disabled');

    await chooseOption(user, screen.getByLabelText('Jenis Unit'), 'Puskesmas');
    await user.type(screen.getByLabelText('Kode'), 'pkm-kolok');
    await user.type(screen.getByLabelText('Nama'), 'Puskesmas Kolok');
    await chooseOption(user, screen.getByLabelText('Sektor'), 'Kesehatan');
    await user.click(screen.getByTestId('submit-button'));
    const required = await screen.findByText('Wajib diisi.');
    expect(required.closest('.ant-form-item')?.querySelector('#parentId')).toBeTruthy();
    expect(graphql.calls.some((call) => call.operationName === 'UnitCreatePageCreate')).toBe(false);

    await chooseOption(user, parent, 'Dinas Kesehatan (DINKES)');
    await user.click(screen.getByTestId('submit-button'));
    await waitFor(() =>
      expect(graphql.lastVariables('UnitCreatePageCreate')).toEqual({
        input: {
          code: 'PKM-KOLOK',
          name: 'Puskesmas Kolok',
          kind: 'PUSKESMAS',
          sectorId: 'sector-kesehatan',
          parentId: 'unit-dinkes',
          kecamatanId: null,
          address: null,
          servedPopulation: null,
        },
      }),
    );
  });

  it('shows an issue about a disabled field in the alert, not under the field', async () => {
    const user = userEvent.setup();
    renderCreatePage(() =>
      badUserInput([{ field: 'parentId', reason: 'NOT_ALLOWED', message: 'An OPD has no parent unit.' }]),
    );
    await chooseOption(user, screen.getByLabelText('Jenis Unit'), 'Perangkat Daerah (OPD)');
    await user.type(screen.getByLabelText('Kode'), 'dinkes-2');
    await user.type(screen.getByLabelText('Nama'), 'Dinas Kesehatan Dua');
    await chooseOption(user, screen.getByLabelText('Sektor'), 'Kesehatan');
    await user.click(screen.getByTestId('submit-button'));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('An OPD has no parent unit.');
    const parentItem = screen.getByLabelText('Unit Induk').closest('.ant-form-item');
    expect(parentItem?.querySelector('.ant-form-item-explain-error')).toBeNull();
  });
});
