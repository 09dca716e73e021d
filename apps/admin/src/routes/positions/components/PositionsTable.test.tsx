import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../../gql';
import { type PositionsTable_PositionFragment } from '../../../gql/graphql';
import { createI18n } from '../../../i18n/create-i18n';
import { addFeatureTranslations } from '../../../i18n/features';
import { PositionsTable, PositionsTable_position } from './PositionsTable';

function aRow(overrides: Partial<PositionsTable_PositionFragment>) {
  return makeFragmentData(
    {
      id: 'p1',
      name: 'Guru Kelas Ahli Pertama',
      kind: 'FUNGSIONAL',
      level: 'AHLI_PERTAMA',
      isTeacher: true,
      educationLevels: ['S1', 'D4'],
      retirementAge: 60,
      archived: false,
      unit: { id: 'u1', name: 'SD Negeri 01 Talawi' },
      sector: { id: 's1', name: 'Pendidikan' },
      ...overrides,
    },
    PositionsTable_position,
  );
}

describe('PositionsTable', () => {
  it('shows kind, level, education and BUP in Indonesian and tags teacher and archived rows', () => {
    render(
      <I18nextProvider i18n={addFeatureTranslations(createI18n('id'))}>
        <MemoryRouter>
          <PositionsTable
            positions={[
              aRow({}),
              aRow({ id: 'p2', name: 'Pengadministrasi Umum', isTeacher: false, archived: true }),
            ]}
            loading={false}
            total={2}
            page={1}
            size={20}
            listSearch="?q=guru"
            onPageChange={vi.fn()}
          />
        </MemoryRouter>
      </I18nextProvider>,
    );

    const teacherRow = screen.getByText('Guru Kelas Ahli Pertama').closest('tr');
    if (!teacherRow) throw new Error('no row');
    const cells = within(teacherRow);
    expect(cells.getByText('Fungsional')).toBeTruthy();
    expect(cells.getByText('Ahli Pertama')).toBeTruthy();
    expect(cells.getByText('60 tahun')).toBeTruthy();
    expect(cells.getByText('Jabatan Guru')).toBeTruthy();
    expect(teacherRow.textContent).toMatch(/D-IV.*S-1/);
    expect(cells.queryByText('Diarsipkan')).toBeNull();

    const archivedRow = screen.getByText('Pengadministrasi Umum').closest('tr');
    expect(archivedRow && within(archivedRow).getByText('Diarsipkan')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Guru Kelas Ahli Pertama' }).getAttribute('href')).toBe(
      '/positions/p1',
    );
  });
});
