import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aConnection } from '../../test/fixtures';
import { badUserInput, mockGraphQL, type Resolver } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { NeedsAnalysisPage } from './NeedsAnalysisPage';
import { aNeedsAnalysis, aPlanningYearRounding, aPositionNeed } from './needs-fixtures';

function renderEditor(
  resolvers: Record<string, Resolver> = {},
  analysis = aNeedsAnalysis(),
  roles = ['ADMIN'],
) {
  const graphql = mockGraphQL({
    NeedsAnalysisPage: () => ({ data: { needsAnalysis: analysis } }),
    NeedsAnalysisPageRounding: () => ({ data: { planningYear: aPlanningYearRounding() } }),
    PositionSelectOptions: () => ({ data: { positions: aConnection('Position', []) } }),
    ...resolvers,
  });
  const view = renderRoute(<NeedsAnalysisPage />, {
    client: graphql.client,
    path: '/needs/:id',
    url: '/needs/analysis-talawi-2026',
    roles,
  });
  return { ...view, graphql };
}

async function findCard() {
  return within(await screen.findByTestId('position-need-position-perawat'));
}

describe('NeedsAnalysisPage', () => {
  it('recomputes the required FTE, hours and headcount on every keystroke in a workload cell', async () => {
    const user = userEvent.setup();
    renderEditor();
    const card = await findCard();
    expect(card.getByTestId('live-fte').textContent).toContain('1,20');
    expect(card.getByTestId('live-headcount').textContent).toContain('1');
    expect(card.getByTestId('live-formula').textContent).toBe('90.000 menit / (1.250 jam × 60) = 1,20');

    const volume = card.getByLabelText('Volume per tahun, baris 1');
    await user.clear(volume);
    await user.type(volume, '1');
    expect(card.getByTestId('live-fte').textContent).toContain('0,00');
    await user.type(volume, '2500');

    expect(card.getByTestId('live-fte').textContent).toContain('2,50');
    expect(card.getByTestId('live-hours').textContent).toContain('3.125,00');
    // 2.5 FTE rounds half up to 3 people.
    expect(card.getByTestId('live-headcount').textContent).toContain('3');
    expect(card.getByTestId('row-minutes-0').textContent).toBe('187.500');
  });

  it('adds a workload row and counts it in the live FTE', async () => {
    const user = userEvent.setup();
    renderEditor();
    const card = await findCard();

    await user.click(card.getByTestId('workload-add-row'));
    await user.type(await card.findByLabelText('Volume per tahun, baris 2'), '500');
    await user.type(await card.findByLabelText('Norma waktu (menit), baris 2'), '60');

    // 90,000 + 30,000 minutes over 75,000 = 1.6 FTE.
    await waitFor(() => expect(card.getByTestId('live-fte').textContent).toContain('1,60'));
    expect(card.getByTestId('live-headcount').textContent).toContain('2');
  });

  it('asks for a note when a signal is chosen by hand, and sends nothing without it', async () => {
    const user = userEvent.setup();
    const { graphql } = renderEditor();
    const card = await findCard();

    await user.click(card.getByRole('radio', { name: 'Beban kerja (ABK)' }).closest('label')!);
    await user.click(card.getByTestId('save-need'));

    expect(await card.findByText('Tuliskan alasan memilih sinyal ini.')).toBeTruthy();
    expect(graphql.lastVariables('NeedsAnalysisPageSaveNeed')).toBeUndefined();
  });

  it('saves the rows in order and shows the server’s row errors under the cells they name', async () => {
    const user = userEvent.setup();
    const { graphql } = renderEditor({
      NeedsAnalysisPageSaveNeed: () =>
        badUserInput([
          {
            field: 'workloadItems.0.normMinutes',
            reason: 'INVALID_VALUE',
            message: 'Workload item 1 time norm (minutes) must be at most 75000; got 90000.',
          },
        ]),
    });
    const card = await findCard();
    await user.click(card.getByRole('radio', { name: 'Standar pelayanan' }).closest('label')!);
    await user.type(card.getByLabelText('Alasan pilihan'), 'Standar puskesmas rawat inap');

    await user.click(card.getByTestId('save-need'));

    const error = await card.findByText('Nilai tidak valid.');
    expect(error.closest('.ant-form-item')?.querySelector('input')?.getAttribute('aria-label')).toBe(
      'Norma waktu (menit), baris 1',
    );
    expect(graphql.lastVariables('NeedsAnalysisPageSaveNeed')).toEqual({
      input: {
        analysisId: 'analysis-talawi-2026',
        positionId: 'position-perawat',
        workloadItems: [
          { task: 'Melakukan asuhan keperawatan', outputUnit: 'pasien', annualVolume: 6000, normMinutes: 15 },
        ],
        standardNeed: null,
        standardBasis: null,
        demandChoice: 'SERVICE_STANDARD',
        demandNote: 'Standar puskesmas rawat inap',
      },
    });
  });

  it('fills the service-standard need from the subject-teacher calculator (rombel × JP / 24)', async () => {
    const user = userEvent.setup();
    const teacher = {
      __typename: 'Position',
      id: 'position-perawat',
      name: 'Guru Matematika Ahli Pertama',
      isTeacher: true,
      servedPerStaffBenchmark: null,
    };
    renderEditor(
      {},
      aNeedsAnalysis({
        unit: {
          __typename: 'Unit',
          id: 'unit-smp-1',
          code: 'SMPN1',
          name: 'SMP Negeri 1',
          kind: 'SCHOOL_SMP',
        },
        positionNeeds: [aPositionNeed({ position: teacher })],
      }),
    );
    const card = await findCard();
    // A teacher's card offers the teacher ratios only: no puskesmas table, no population ratio.
    expect(card.queryByRole('combobox', { name: 'Jenis puskesmas' })).toBeNull();
    expect(card.queryByLabelText('Penduduk dilayani')).toBeNull();

    await user.type(card.getByLabelText('Guru mata pelajaran (= rombel × JP / 24): Jumlah rombel'), '12');
    await user.type(card.getByLabelText('JP per minggu'), '4');
    await user.click(card.getByTestId('apply-subject-teachers'));

    expect(card.getByLabelText<HTMLInputElement>('Kebutuhan menurut standar').value).toBe('2');
    expect(card.getByLabelText<HTMLInputElement>('Dasar perhitungan').value).toBe(
      'Guru mata pelajaran: 12 rombel × 4 JP / 24 JP = 2,00',
    );
  });

  it('offers a puskesmas nurse the puskesmas table only, and no calculator where none fits', async () => {
    renderEditor();
    const card = await findCard();
    expect(card.getByRole('combobox', { name: 'Jenis puskesmas' })).toBeTruthy();
    expect(card.queryByTestId('apply-subject-teachers')).toBeNull();
    expect(card.queryByLabelText('Penduduk dilayani')).toBeNull();
    expect(
      card.queryByText('Standar puskesmas kawasan perdesaan belum tersedia', { exact: false }),
    ).toBeNull();
  });

  it('offers no calculator to an administrative position of an OPD', async () => {
    renderEditor(
      {},
      aNeedsAnalysis({
        unit: { __typename: 'Unit', id: 'unit-bkpsdm', code: 'BKPSDM', name: 'BKPSDM', kind: 'OPD' },
      }),
    );
    const card = await findCard();
    expect(card.getByLabelText('Kebutuhan menurut standar')).toBeTruthy();
    expect(card.queryByTestId('standard-calculators')).toBeNull();
  });

  it('shows the server’s need, bezetting, EJ and PJ grade of the saved position', async () => {
    renderEditor();
    const result = within(await screen.findByTestId('need-result'));

    expect(result.getByTestId('result-need').textContent).toBe('1,20');
    expect(result.getByText('A — Sangat Baik')).toBeTruthy();
  });

  it('submits a draft through the workflow dialog', async () => {
    const user = userEvent.setup();
    const { graphql } = renderEditor({
      NeedsAnalysisPageTransition: () => ({
        data: { transitionNeedsAnalysis: aNeedsAnalysis({ status: 'SUBMITTED', editable: false }) },
      }),
    });
    await findCard();

    await user.click(screen.getByTestId('workflow-SUBMIT'));
    await user.click(await screen.findByTestId('workflow-confirm'));

    await waitFor(() =>
      expect(graphql.lastVariables('NeedsAnalysisPageTransition')).toEqual({
        id: 'analysis-talawi-2026',
        action: 'SUBMIT',
        note: null,
      }),
    );
    expect(await screen.findByText('Analisis berhasil diajukan.')).toBeTruthy();
  });

  it('requires a reason to return an analysis', async () => {
    const user = userEvent.setup();
    const { graphql } = renderEditor({}, aNeedsAnalysis({ status: 'SUBMITTED', editable: false }));
    await findCard();

    await user.click(screen.getByTestId('workflow-RETURN'));
    await user.click(await screen.findByTestId('workflow-confirm'));

    expect(await screen.findByText('Alasan wajib diisi saat mengembalikan analisis.')).toBeTruthy();
    expect(graphql.lastVariables('NeedsAnalysisPageTransition')).toBeUndefined();
  });

  it('leaves nothing editable in a final analysis and offers a new version instead', async () => {
    renderEditor({}, aNeedsAnalysis({ status: 'FINAL', editable: false, positionNeeds: [aPositionNeed()] }));
    const section = await screen.findByTestId('position-needs');
    await findCard();

    const controls = section.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) expect(control.disabled).toBe(true);
    expect(within(section).queryByTestId('save-need')).toBeNull();
    expect(within(section).queryByTestId('workload-add-row')).toBeNull();
    expect(within(section).queryByTestId('remove-need')).toBeNull();
    expect(screen.queryByTestId('workflow-SUBMIT')).toBeNull();
    expect(screen.getByTestId('new-version-button')).toBeTruthy();
    expect(screen.getByText(/Analisis telah ditetapkan dan hanya dapat dibaca/)).toBeTruthy();
  });

  it('offers a unit operator only what the server allows: submit its draft, nothing on another unit', async () => {
    const { unmount } = renderEditor({}, aNeedsAnalysis({ viewerActions: ['SUBMIT'] }), ['UNIT_OPERATOR']);
    await findCard();
    expect(screen.getByTestId('workflow-SUBMIT')).toBeTruthy();
    expect(screen.queryByTestId('workflow-VERIFY')).toBeNull();
    expect(screen.getByTestId('save-need')).toBeTruthy();
    unmount();

    renderEditor({}, aNeedsAnalysis({ viewerActions: [], viewerCanEdit: false, viewerCanVersion: false }), [
      'UNIT_OPERATOR',
    ]);
    await findCard();
    expect(screen.queryByTestId('workflow-SUBMIT')).toBeNull();
    expect(screen.queryByTestId('save-need')).toBeNull();
    expect(screen.getByText('Anda hanya dapat membaca analisis ini.')).toBeTruthy();
  });
});
