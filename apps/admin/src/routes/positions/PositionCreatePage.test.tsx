import { LEVELS_BY_KIND } from '@formasi/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { chooseOption, openSelect } from '../../test/antd-select';
import { aConnection, aPosition, aUnit } from '../../test/fixtures';
import { badUserInput, mockGraphQL, type Resolver } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { PositionCreatePage } from './PositionCreatePage';

function renderCreatePage(createPosition: Resolver) {
  const graphql = mockGraphQL({
    UnitSelectOptions: () => ({ data: { units: aConnection('Unit', [aUnit()]) } }),
    PositionCreatePageCreate: createPosition,
  });
  const view = renderRoute(<PositionCreatePage />, {
    client: graphql.client,
    path: '/positions/new',
    url: '/positions/new',
    otherRoutes: [{ path: '/positions/:id', element: <p>jabatan</p> }],
  });
  return { ...view, graphql };
}

async function fillValidPosition(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.type(screen.getByLabelText('Nama Jabatan'), name);
  await chooseOption(user, screen.getByLabelText('Jenis Jabatan'), 'Fungsional');
  await chooseOption(user, screen.getByLabelText('Jenjang Jabatan'), 'Ahli Pertama');
  await chooseOption(user, screen.getByLabelText('Unit Kerja'), 'Puskesmas Talawi (PKM-TALAWI)');
  await chooseOption(user, screen.getByLabelText('Kualifikasi Pendidikan'), 'S-1');
}

function formItemOf(label: string): Element | null {
  return screen.getByLabelText(label).closest('.ant-form-item');
}

describe('PositionCreatePage', () => {
  it('offers only the levels of the chosen kind and drops a level that no longer fits', async () => {
    const user = userEvent.setup();
    renderCreatePage(() => ({ data: { createPosition: aPosition() } }));
    const level = screen.getByLabelText('Jenjang Jabatan');

    await chooseOption(user, screen.getByLabelText('Jenis Jabatan'), 'Struktural');
    expect(await openSelect(user, level)).toEqual([
      'JPT Utama',
      'JPT Madya',
      'JPT Pratama',
      'Administrator',
      'Pengawas',
    ]);
    await chooseOption(user, level, 'Administrator');
    expect(level.closest('.ant-select')?.textContent).toContain('Administrator');

    await chooseOption(user, screen.getByLabelText('Jenis Jabatan'), 'Fungsional');
    const offered = await openSelect(user, level);
    expect(offered).toHaveLength(LEVELS_BY_KIND.FUNGSIONAL.length);
    expect(offered).toContain('Ahli Pertama');
    expect(offered).not.toContain('Administrator');
    expect(level.closest('.ant-select')?.textContent).not.toContain('Administrator');
  });

  it('previews the retirement age (BUP) from the chosen kind and level', async () => {
    const user = userEvent.setup();
    renderCreatePage(() => ({ data: { createPosition: aPosition() } }));

    await chooseOption(user, screen.getByLabelText('Jenis Jabatan'), 'Fungsional');
    await chooseOption(user, screen.getByLabelText('Jenjang Jabatan'), 'Ahli Madya');

    const bup = screen.getByLabelText<HTMLInputElement>('Batas Usia Pensiun (BUP)');
    await waitFor(() => expect(bup.value).toBe('60 tahun'));
    expect(bup.readOnly).toBe(true);
  });

  it('shows a server BAD_USER_INPUT issue under the field it names', async () => {
    const user = userEvent.setup();
    const { graphql } = renderCreatePage(() =>
      badUserInput([
        { field: 'name', reason: 'TOO_SHORT', message: 'Name must be at least 3 characters.' },
        {
          field: 'educationLevels',
          reason: 'REQUIRED',
          message: 'At least one education level is required.',
        },
      ]),
    );
    await fillValidPosition(user, 'Pe');

    await user.click(screen.getByTestId('submit-button'));

    const nameError = await screen.findByText('Isian terlalu pendek.');
    expect(nameError.closest('.ant-form-item')?.querySelector('#name')).toBeTruthy();
    const educationError = screen.getByText('Wajib diisi.');
    expect(educationError.closest('.ant-form-item')?.querySelector('#educationLevels')).toBeTruthy();
    expect(graphql.lastVariables('PositionCreatePageCreate')).toMatchObject({
      input: {
        name: 'Pe',
        kind: 'FUNGSIONAL',
        level: 'AHLI_PERTAMA',
        unitId: 'unit-pkm-talawi',
        isTeacher: false,
      },
    });
  });

  it('marks the required fields, the education qualification among them, before the first submit', () => {
    renderCreatePage(() => ({ data: { createPosition: aPosition() } }));
    const required = (label: string) => formItemOf(label)?.querySelector('.ant-form-item-required') !== null;
    expect(required('Nama Jabatan')).toBe(true);
    expect(required('Kualifikasi Pendidikan')).toBe(true);
    expect(required('Unit Kerja')).toBe(true);
    expect(required('Uraian Jabatan')).toBe(false);
  });

  it('clears a server error when its field changes, and one the server no longer reports on the next save', async () => {
    const user = userEvent.setup();
    let answer = 0;
    renderCreatePage(() =>
      badUserInput(
        answer++ === 0
          ? [
              { field: 'name', reason: 'TOO_SHORT', message: 'Name must be at least 3 characters.' },
              { field: 'description', reason: 'TOO_LONG', message: 'Description is too long.' },
              { field: 'competencies', reason: 'NOT_ALLOWED', message: 'Competency not allowed.' },
            ]
          : [{ field: 'name', reason: 'TOO_SHORT', message: 'Name must be at least 3 characters.' }],
      ),
    );
    await fillValidPosition(user, 'Pe');
    await user.click(screen.getByTestId('submit-button'));
    expect(await screen.findByText('Isian terlalu panjang.')).toBeTruthy();
    expect(screen.getByText('Nilai ini tidak diperbolehkan.')).toBeTruthy();

    // The description has no rule of its own: only the shared mechanism clears its server error.
    await user.type(screen.getByLabelText('Uraian Jabatan'), ' singkat');
    await waitFor(() => expect(screen.queryByText('Isian terlalu panjang.')).toBeNull());
    expect(screen.getByText('Nilai ini tidak diperbolehkan.')).toBeTruthy();

    await user.click(screen.getByTestId('submit-button'));
    await waitFor(() => expect(screen.queryByText('Nilai ini tidak diperbolehkan.')).toBeNull());
    expect(formItemOf('Nama Jabatan')?.textContent).toContain('Isian terlalu pendek.');
  });

  it('refuses a benchmark of -5 with the bound core sets, and sends nothing', async () => {
    const user = userEvent.setup();
    const { graphql } = renderCreatePage(() => ({ data: { createPosition: aPosition() } }));
    await fillValidPosition(user, 'Dokter Ahli Pertama');
    await user.type(screen.getByLabelText('Standar layanan per pegawai'), '-5');
    await user.click(screen.getByTestId('submit-button'));

    expect(await screen.findByText('Harus lebih besar dari 0.')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Standar layanan per pegawai').value).toBe('-5');
    expect(graphql.lastVariables('PositionCreatePageCreate')).toBeUndefined();
  });

  it('saves a valid position and lands on it', async () => {
    const user = userEvent.setup();
    const { router } = renderCreatePage(() => ({ data: { createPosition: aPosition() } }));
    await fillValidPosition(user, 'Perawat Ahli Pertama');

    await user.click(screen.getByTestId('submit-button'));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/positions/${aPosition().id}`));
    expect(await screen.findByText('Jabatan berhasil ditambahkan.')).toBeTruthy();
  });
});
