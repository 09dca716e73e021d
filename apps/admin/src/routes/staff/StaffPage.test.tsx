import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aConnection } from '../../test/fixtures';
import { mockGraphQL, type Resolver } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { StaffPage } from './StaffPage';
import { aStaffCsv, aStaffMember, VALID_ROWS } from './staff-fixtures';

function anImportResult(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'StaffImportResult',
    applied: false,
    totalRows: 3,
    created: 2,
    updated: 1,
    unchanged: 0,
    errors: [],
    warnings: [],
    ...overrides,
  };
}

function renderStaff(resolvers: Record<string, Resolver> = {}, roles = ['ADMIN'], url = '/staff') {
  const graphql = mockGraphQL({
    StaffPage: () => ({ data: { staffMembers: aConnection('StaffMember', [aStaffMember()], 1) } }),
    UnitSelectOptions: () => ({ data: { units: aConnection('Unit', []) } }),
    PositionSelectOptions: () => ({ data: { positions: aConnection('Position', []) } }),
    ...resolvers,
  });
  const view = renderRoute(<StaffPage />, { client: graphql.client, path: '/staff', url, roles });
  return { ...view, graphql };
}

async function chooseFile(user: ReturnType<typeof userEvent.setup>, csv: string) {
  await user.click(await screen.findByTestId('import-button'));
  const input = await waitFor(() => {
    const found = document.querySelector<HTMLInputElement>('.ant-drawer input[type="file"]');
    if (!found) throw new Error('no file input yet');
    return found;
  });
  await user.upload(input, new File([csv], 'pegawai-2026.csv', { type: 'text/csv' }));
}

describe('StaffPage', () => {
  it('lists staff with the NIP as the server sends it and passes the URL’s filters to the query', async () => {
    const { graphql } = renderStaff({}, ['VIEWER'], '/staff?q=rahmat&type=PNS&unit=unit-pkm-talawi');

    expect(await screen.findByText('1968***********002')).toBeTruthy();
    expect(screen.getByText('Perawat Ahli Pertama')).toBeTruthy();
    expect(screen.queryByTestId('import-button')).toBeNull();
    expect(graphql.lastVariables('StaffPage')).toMatchObject({
      filter: { search: 'rahmat', employmentType: 'PNS', unitId: 'unit-pkm-talawi', includeArchived: false },
    });
  });

  it('says the list holds current staff as of today and marks members past their pension date', async () => {
    renderStaff({
      StaffPage: () => ({
        data: {
          staffMembers: aConnection(
            'StaffMember',
            [
              aStaffMember({ id: 'retired', name: 'Rahmat Hidayat', retirementDate: '2026-04-01' }),
              aStaffMember({ id: 'in-post', name: 'Fitri Yani', retirementDate: '2052-08-01' }),
            ],
            2,
          ),
        },
      }),
    });

    const retired = (await screen.findByText('Rahmat Hidayat')).closest('tr');
    const inPost = screen.getByText('Fitri Yani').closest('tr');
    expect(retired && within(retired).queryByTestId('past-pension')).toBeTruthy();
    expect(inPost && within(inPost).queryByTestId('past-pension')).toBeNull();
    expect(screen.getByTestId('staff-as-of').textContent).toMatch(/^Pegawai aktif per hari ini \(\d/);
  });

  it('reads the file with a progress bar, dry-runs it and shows the server’s per-row errors', async () => {
    const user = userEvent.setup();
    const { graphql } = renderStaff({
      StaffPageImport: () => ({
        data: {
          importStaff: anImportResult({
            created: 1,
            updated: 0,
            unchanged: 0,
            errors: [
              {
                __typename: 'ImportRowError',
                line: 3,
                column: 'unit_code',
                reason: 'NOT_FOUND',
                message: 'Unit code PKM-TALAWII does not exist.',
              },
              {
                __typename: 'ImportRowError',
                line: 4,
                column: 'contract_end',
                reason: 'REQUIRED',
                message: 'A PPPK row needs contract_end.',
              },
            ],
          }),
        },
      }),
    });

    await chooseFile(user, aStaffCsv(VALID_ROWS));

    const report = await screen.findByTestId('import-report');
    expect(screen.getByTestId('import-progress').textContent).toContain('3 dari 3 baris dibaca');
    const errors = within(within(report).getByTestId('import-errors'));
    const unitRow = errors.getByText('Unit code PKM-TALAWII does not exist.').closest('tr');
    expect(unitRow?.textContent).toContain('3');
    expect(unitRow?.textContent).toContain('unit_code');
    expect(unitRow?.textContent).toContain('Data yang dipilih tidak ditemukan.');
    expect(errors.getByText('A PPPK row needs contract_end.').closest('tr')?.textContent).toContain(
      'Wajib diisi.',
    );
    expect(within(report).getByText('Baris yang harus diperbaiki (2)')).toBeTruthy();
    expect(screen.getByTestId('import-apply').hasAttribute('disabled')).toBe(true);
    expect(graphql.lastVariables('StaffPageImport')).toEqual({ csv: aStaffCsv(VALID_ROWS), dryRun: true });
  });

  it('adds the browser’s NIP pre-check to the report when the server did not flag that cell', async () => {
    const user = userEvent.setup();
    renderStaff({ StaffPageImport: () => ({ data: { importStaff: anImportResult({ errors: [] }) } }) });

    await chooseFile(
      user,
      aStaffCsv([
        ...VALID_ROWS,
        '12345,Budi,1970-01-01,MALE,PNS,,,1995-01-01,PKM-TALAWI,Perawat Ahli Pertama',
      ]),
    );

    const errors = within(await screen.findByTestId('import-errors'));
    const row = errors.getByText('Pemeriksaan awal').closest('tr');
    expect(row?.textContent).toContain('5');
    expect(row?.textContent).toContain('nip');
    expect(row?.textContent).toContain('Format tidak valid.');
  });

  it('applies a clean file all at once and shows the counts', async () => {
    const user = userEvent.setup();
    const { graphql } = renderStaff({
      StaffPageImport: (variables) => ({
        data: { importStaff: anImportResult({ applied: variables.dryRun === false }) },
      }),
    });
    await chooseFile(user, aStaffCsv(VALID_ROWS));
    expect(
      await screen.findByText('Semua baris valid. Tekan Terapkan untuk menyimpan perubahan.'),
    ).toBeTruthy();
    expect(screen.getByTestId('import-created').textContent).toContain('2');

    await user.click(screen.getByTestId('import-apply'));

    expect(await screen.findByText('Impor diterapkan: 2 baru, 1 diperbarui, 0 tidak berubah.')).toBeTruthy();
    expect(graphql.lastVariables('StaffPageImport')).toEqual({ csv: aStaffCsv(VALID_ROWS), dryRun: false });
    await waitFor(() =>
      expect(graphql.calls.filter((call) => call.operationName === 'StaffPage')).toHaveLength(2),
    );
  });

  it('shows the server’s warnings next to the counts and still lets a file with only warnings be applied', async () => {
    const user = userEvent.setup();
    renderStaff({
      StaffPageImport: () => ({
        data: {
          importStaff: anImportResult({
            warnings: [
              {
                __typename: 'ImportRowWarning',
                line: 3,
                column: 'birth_date',
                reason: 'MISMATCH',
                message:
                  'NIP memuat tanggal lahir 1968-03-15, tetapi tanggal lahir yang tercatat 1968-03-16.',
              },
            ],
          }),
        },
      }),
    });

    await chooseFile(user, aStaffCsv(VALID_ROWS));

    const warnings = within(await screen.findByTestId('import-warnings'));
    expect(warnings.getByText('Peringatan (1)')).toBeTruthy();
    const row = warnings
      .getByText('NIP memuat tanggal lahir 1968-03-15, tetapi tanggal lahir yang tercatat 1968-03-16.')
      .closest('tr');
    expect(row?.textContent).toContain('birth_date');
    expect(row?.textContent).toContain('Tidak cocok dengan data lain; periksa mana yang benar.');
    expect(screen.queryByTestId('import-errors')).toBeNull();
    expect(screen.getByText('Semua baris valid. Tekan Terapkan untuk menyimpan perubahan.')).toBeTruthy();
    expect(screen.getByTestId('import-apply').hasAttribute('disabled')).toBe(false);
  });

  it('lists the template’s allowed values in the import drawer', async () => {
    const user = userEvent.setup();
    renderStaff();
    await user.click(await screen.findByTestId('import-button'));
    const notes = await screen.findByTestId('import-notes');
    expect(notes.textContent).toContain('gender: MALE/FEMALE/L/P (L = laki-laki; P = perempuan).');
    expect(notes.textContent).toContain('employment_type: PNS/PPPK.');
  });

  it('refuses a file whose header is not the template’s before sending it', async () => {
    const user = userEvent.setup();
    const { graphql } = renderStaff();

    await chooseFile(user, 'nip,nama\n196803151992011002,Rahmat');

    expect((await screen.findByTestId('import-problem')).textContent).toContain(
      'Baris judul tidak memuat semua kolom templat',
    );
    expect(graphql.lastVariables('StaffPageImport')).toBeUndefined();
  });
});
