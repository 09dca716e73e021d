import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption } from '../../test/antd-select';
import { aConnection, aSector } from '../../test/fixtures';
import { aStakeholderInput } from '../../test/gap-fixtures';
import { badUserInput, mockGraphQL } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { StakeholdersPage } from './StakeholdersPage';

const CONFIRMED = aStakeholderInput({
  id: 'input-2',
  source: 'INSTITUTION',
  submittedBy: 'PSDKU UNP Sawahlunto',
  summary: 'Lulusan D3 Pertambangan siap magang di Museum Goedang Ransoem.',
  unit: null,
  sector: { __typename: 'Sector', id: 'sector-pariwisata', name: 'Pariwisata' },
  confirmedWeight: 0.4,
  confirmedAt: '2025-03-01T02:00:00.000Z',
});

function mockStakeholders(created: Record<string, unknown>[] = []) {
  return mockGraphQL({
    StakeholdersPage: () => ({ data: { stakeholderInputs: [aStakeholderInput(), CONFIRMED, ...created] } }),
    SectorSelectOptions: () => ({ data: { sectors: aConnection('Sector', [aSector()]) } }),
    UnitSelectOptions: () => ({ data: { units: aConnection('Unit', []) } }),
    PositionSelectOptions: () => ({ data: { positions: aConnection('Position', []) } }),
    StakeholdersPageCreate: ({ input }) => {
      const node = aStakeholderInput({ id: 'input-3', ...(input as Record<string, unknown>), unit: null });
      created.push(node);
      return { data: { createStakeholderInput: node } };
    },
    StakeholdersPageConfirm: ({ id, weight }) => ({
      data: {
        confirmStakeholderInput: aStakeholderInput({
          id,
          confirmedWeight: weight,
          confirmedAt: '2025-03-02T02:00:00.000Z',
        }),
      },
    }),
  });
}

describe('StakeholdersPage', () => {
  it('lists the year in the URL and tags inputs whose weight is not confirmed', async () => {
    const graphql = mockStakeholders();
    renderRoute(<StakeholdersPage />, {
      client: graphql.client,
      path: '/stakeholders',
      url: '/stakeholders?year=2026',
    });

    const pending = (await screen.findByText('Antrean di Puskesmas Talawi lebih dari tiga jam.')).closest(
      'tr',
    );
    expect(graphql.lastVariables('StakeholdersPage')).toEqual({ year: 2026 });
    expect(pending && within(pending).getByText('Masyarakat')).toBeTruthy();
    expect(pending && within(pending).getByText('Belum dikonfirmasi — tidak dihitung')).toBeTruthy();
    expect(pending?.textContent).toContain('Unit Kerja: Puskesmas Talawi');
    const confirmed = screen.getByText(/Lulusan D3 Pertambangan/).closest('tr');
    expect(confirmed && within(confirmed).getByText('0,40')).toBeTruthy();
    expect(confirmed && within(confirmed).queryByText('Belum dikonfirmasi — tidak dihitung')).toBeNull();
    expect(screen.getByTestId('unconfirmed-count').textContent).toBe('1 masukan menunggu konfirmasi');
  });

  it('records an input for the year, attached to a sector, with the proposed weight', async () => {
    const user = userEvent.setup();
    const graphql = mockStakeholders();
    renderRoute(<StakeholdersPage />, {
      client: graphql.client,
      path: '/stakeholders',
      url: '/stakeholders?year=2026',
    });
    await screen.findByText('Antrean di Puskesmas Talawi lebih dari tiga jam.');

    await user.click(screen.getByTestId('create-button'));
    const form = await screen.findByTestId('stakeholder-form');
    await user.click(within(form).getByText('Institusi Pendidikan'));
    await user.type(within(form).getByLabelText('Disampaikan oleh'), 'SMK Negeri 1 Sawahlunto');
    await user.type(
      within(form).getByLabelText('Ringkasan masukan'),
      'Kekurangan guru produktif pertambangan.',
    );
    await user.click(screen.getByTestId('submit-button'));
    expect(
      await within(form).findByText('Pilih minimal satu: sektor, unit kerja, atau jabatan.'),
    ).toBeTruthy();

    await chooseOption(user, within(form).getByRole('combobox', { name: 'Sektor' }), 'Kesehatan');
    await user.click(screen.getByTestId('submit-button'));

    await waitFor(() =>
      expect(graphql.lastVariables('StakeholdersPageCreate')).toEqual({
        input: {
          year: 2026,
          source: 'INSTITUTION',
          submittedBy: 'SMK Negeri 1 Sawahlunto',
          summary: 'Kekurangan guru produktif pertambangan.',
          sectorId: 'sector-kesehatan',
          proposedWeight: 0.5,
        },
      }),
    );
    expect(await screen.findByText('Masukan berhasil dicatat.')).toBeTruthy();
  });

  it("shows the server's reason under the field it names", async () => {
    const user = userEvent.setup();
    const graphql = mockGraphQL({
      StakeholdersPage: () => ({ data: { stakeholderInputs: [] } }),
      SectorSelectOptions: () => ({ data: { sectors: aConnection('Sector', [aSector()]) } }),
      UnitSelectOptions: () => ({ data: { units: aConnection('Unit', []) } }),
      PositionSelectOptions: () => ({ data: { positions: aConnection('Position', []) } }),
      StakeholdersPageCreate: () =>
        badUserInput([{ field: 'summary', reason: 'TOO_SHORT', message: 'summary is too short' }]),
    });
    renderRoute(<StakeholdersPage />, {
      client: graphql.client,
      path: '/stakeholders',
      url: '/stakeholders?year=2026',
    });
    expect(await screen.findByText('Belum ada masukan untuk tahun ini.')).toBeTruthy();

    await user.click(screen.getByTestId('create-button'));
    const form = await screen.findByTestId('stakeholder-form');
    await user.type(within(form).getByLabelText('Disampaikan oleh'), 'Warga');
    await user.type(within(form).getByLabelText('Ringkasan masukan'), 'ok');
    await chooseOption(user, within(form).getByRole('combobox', { name: 'Sektor' }), 'Kesehatan');
    await user.click(screen.getByTestId('submit-button'));

    expect(await within(form).findByText('Isian terlalu pendek.')).toBeTruthy();
  });

  it('lets an admin confirm the weight an input carries', async () => {
    const user = userEvent.setup();
    const graphql = mockStakeholders();
    renderRoute(<StakeholdersPage />, {
      client: graphql.client,
      path: '/stakeholders',
      url: '/stakeholders?year=2026',
    });
    const pending = (await screen.findByText('Antrean di Puskesmas Talawi lebih dari tiga jam.')).closest(
      'tr',
    );
    if (!pending) throw new Error('no row');

    await user.click(within(pending).getByTestId('confirm-weight'));
    const input = await screen.findByTestId('confirm-weight-input');
    const field = input.tagName === 'INPUT' ? input : within(input).getByRole('spinbutton');
    await user.clear(field);
    await user.type(field, '0,75');
    await user.click(screen.getByTestId('confirm-weight-submit'));

    await waitFor(() =>
      expect(graphql.lastVariables('StakeholdersPageConfirm')).toEqual({ id: 'input-1', weight: 0.75 }),
    );
    expect(await screen.findByText('Bobot masukan berhasil dikonfirmasi.')).toBeTruthy();
  });

  it('refuses a confirmed weight of −10 with core’s bound under the field, sending nothing', async () => {
    const user = userEvent.setup();
    const graphql = mockStakeholders();
    renderRoute(<StakeholdersPage />, {
      client: graphql.client,
      path: '/stakeholders',
      url: '/stakeholders?year=2026',
    });
    const pending = (await screen.findByText('Antrean di Puskesmas Talawi lebih dari tiga jam.')).closest(
      'tr',
    );
    if (!pending) throw new Error('no row');

    await user.click(within(pending).getByTestId('confirm-weight'));
    const field = await screen.findByTestId('confirm-weight-input');
    await user.clear(field);
    await user.type(field, '-10');
    await user.click(screen.getByTestId('confirm-weight-submit'));

    expect(await screen.findByText('Tidak boleh kurang dari 0.')).toBeTruthy();
    expect((field as HTMLInputElement).value).toBe('-10');
    expect(graphql.lastVariables('StakeholdersPageConfirm')).toBeUndefined();
    expect(screen.queryByText('Bobot masukan berhasil dikonfirmasi.')).toBeNull();
  });

  it('offers no confirmation or recording to viewers', async () => {
    const graphql = mockStakeholders();
    renderRoute(<StakeholdersPage />, {
      client: graphql.client,
      path: '/stakeholders',
      url: '/stakeholders?year=2026',
      roles: ['VIEWER'],
    });
    await screen.findByText('Antrean di Puskesmas Talawi lebih dari tiga jam.');
    expect(screen.queryByTestId('confirm-weight')).toBeNull();
    expect(screen.queryByTestId('create-button')).toBeNull();
  });
});
