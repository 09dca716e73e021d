import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseOption } from '../../test/antd-select';
import { captureDownloads } from '../../test/download';
import { aConnection, aSector } from '../../test/fixtures';
import { aGap, aGapConnection, aSummaryRow, aWaveYear } from '../../test/gap-fixtures';
import { mockGraphQL, type Resolver } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { defaultPlanningYear } from '../../shared/planning-year';
import { GapsPage } from './GapsPage';

const WAVE = [2026, 2027, 2028, 2029, 2030].map((year) => aWaveYear(year));

function mockDashboard(overrides: Record<string, Resolver> = {}) {
  return mockGraphQL({
    GapsPageSummary: () => ({
      data: {
        region: [aSummaryRow({ key: 'region', label: 'Kota Sawahlunto', need: 81, shortage: 27 })],
        bySector: [
          aSummaryRow(),
          aSummaryRow({ key: 'sector-pendidikan', label: 'Pendidikan', shortage: 12 }),
        ],
        byKecamatan: [aSummaryRow({ key: 'kec-talawi', label: 'Talawi' })],
      },
    }),
    GapsPageWave: () => ({ data: { retirementWave: WAVE } }),
    GapsPageRecap: () => ({ data: { gapSummary: [aSummaryRow()] } }),
    GapsPageList: () => ({ data: { gaps: aGapConnection([aGap()], 1) } }),
    SectorSelectOptions: () => ({ data: { sectors: aConnection('Sector', [aSector()]) } }),
    UnitSelectOptions: () => ({ data: { units: aConnection('Unit', []) } }),
    KecamatanSelectOptions: () => ({ data: { kecamatans: [] } }),
    ...overrides,
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('GapsPage', () => {
  it('reads year, horizon, filters, sort and page from the URL into the gap query', async () => {
    const graphql = mockDashboard();
    renderRoute(<GapsPage />, {
      client: graphql.client,
      path: '/gaps',
      url: '/gaps?year=2026&horizon=2&sector=sector-kesehatan&kind=FUNGSIONAL&gap=SHORTAGE&minPriority=40&sort=SIZE_DESC&page=2&size=10&q=perawat',
    });

    expect(await screen.findByText('Perawat Ahli Pertama')).toBeTruthy();
    expect(graphql.lastVariables('GapsPageList')).toEqual({
      year: 2026,
      horizon: 2,
      first: 10,
      offset: 10,
      sort: 'SIZE_DESC',
      filter: {
        search: 'perawat',
        sectorId: 'sector-kesehatan',
        positionKind: 'FUNGSIONAL',
        gapKind: 'SHORTAGE',
        minPriority: 40,
      },
    });
    expect(graphql.lastVariables('GapsPageSummary')).toEqual({ year: 2026, horizon: 2 });
    expect(graphql.lastVariables('GapsPageWave')).toEqual({ year: 2026 });
  });

  it('opens on next year with leavers of that year only, and shows the totals of the whole city', async () => {
    const graphql = mockDashboard();
    renderRoute(<GapsPage />, { client: graphql.client, path: '/gaps', url: '/gaps?horizon=9&gap=WIDE' });

    await screen.findByText('Perawat Ahli Pertama');
    expect(graphql.lastVariables('GapsPageList')).toMatchObject({
      year: defaultPlanningYear(),
      horizon: 0,
      sort: 'PRIORITY_DESC',
    });
    expect(graphql.lastVariables('GapsPageList')?.filter).not.toHaveProperty('gapKind');
    expect(within(screen.getByTestId('kpi-need')).getByText('81')).toBeTruthy();
    expect(within(screen.getByTestId('kpi-shortage')).getByText('27')).toBeTruthy();
    const row = screen.getByText('Perawat Ahli Pertama').closest('tr');
    expect(row && within(row).getByText('Kurang 3')).toBeTruthy();
    expect(row && within(row).getByText('6,4')).toBeTruthy();
    // The summary's net is said in words: a shortage of 14 reads "Kurang 14", never "+14".
    const summary = screen.getByTestId('gap-summary');
    const sector = (await within(summary).findByText('Kesehatan')).closest('tr');
    expect(sector && within(sector).getByText('Kurang 14')).toBeTruthy();
    expect(within(summary).queryByText('+14')).toBeNull();
  });

  it('writes filter and sort changes to the URL and returns to the first page', async () => {
    const user = userEvent.setup();
    const graphql = mockDashboard();
    const { router } = renderRoute(<GapsPage />, {
      client: graphql.client,
      path: '/gaps',
      url: '/gaps?year=2026&page=3',
    });
    await screen.findByText('Perawat Ahli Pertama');

    await chooseOption(user, screen.getByRole('combobox', { name: 'Kekurangan/kelebihan' }), 'Kelebihan');
    await waitFor(() => expect(router.state.location.search).toBe('?year=2026&gap=SURPLUS'));
    await chooseOption(user, screen.getByRole('combobox', { name: 'Urutkan' }), 'Selisih terbesar');
    await waitFor(() => expect(router.state.location.search).toBe('?year=2026&gap=SURPLUS&sort=SIZE_DESC'));
    await waitFor(() =>
      expect(graphql.lastVariables('GapsPageList')).toMatchObject({
        offset: 0,
        sort: 'SIZE_DESC',
        filter: { gapKind: 'SURPLUS' },
      }),
    );

    await user.click(screen.getByTestId('gap-reset'));
    await waitFor(() => expect(router.state.location.search).toBe('?year=2026&sort=SIZE_DESC'));
  });

  it('"Mengapa?" shows the server\'s explanation steps, priority factors and outlook', async () => {
    const user = userEvent.setup();
    const graphql = mockDashboard();
    renderRoute(<GapsPage />, { client: graphql.client, path: '/gaps', url: '/gaps?year=2026' });

    await user.click(
      await screen.findByRole('button', { name: 'Mengapa Perawat Ahli Pertama di Puskesmas Talawi?' }),
    );

    const drawer = await screen.findByTestId('gap-explanation');
    expect(within(drawer).getByText('Mengapa Perawat Ahli Pertama?')).toBeTruthy();
    const steps = within(drawer).getByTestId('gap-explanation-steps');
    expect(
      within(drawer).getByText('By the end of 2026 the unit is short of 3: it needs 6 and will have 3.'),
    ).toBeTruthy();
    const workloadRow = within(steps).getByText('FTE menurut beban kerja').closest('tr');
    expect(workloadRow && within(workloadRow).getByText('8.000 jam / 1.250 jam')).toBeTruthy();
    expect(workloadRow && within(workloadRow).getByText('6,4')).toBeTruthy();
    const gapRow = within(steps).getByText('Selisih 2026').closest('tr');
    expect(gapRow && within(gapRow).getByText('6 − (4 − 1)')).toBeTruthy();
    expect(within(steps).getByText('A step the admin does not know')).toBeTruthy();
    const factors = within(drawer).getByTestId('gap-explanation-factors');
    const stakeholderRow = within(factors).getByText('Masukan pemangku kepentingan').closest('tr');
    expect(stakeholderRow?.textContent).toContain('Keluhan antrean dari masyarakat Talawi (bobot 0,8).');
    expect(stakeholderRow?.textContent).toContain('0,80');
    expect(within(drawer).getByText('Faktor prioritas (skor 78,5)')).toBeTruthy();
    expect(within(within(drawer).getByTestId('gap-outlook-table')).getAllByRole('row')).toHaveLength(6);
  });

  it('exports every gap matching the filter as CSV, paging through the list 100 at a time', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const all = Array.from({ length: 150 }, (_, index) =>
      aGap({
        id: `gap-${index}`,
        position: { ...aGap().position, name: `Jabatan ${index + 1}` },
        priority: 90 - index / 2,
      }),
    );
    const graphql = mockDashboard({
      GapsExport: ({ offset, first }) => {
        const start = Number(offset);
        return { data: { gaps: aGapConnection(all.slice(start, start + Number(first)), all.length) } };
      },
    });
    renderRoute(<GapsPage />, {
      client: graphql.client,
      path: '/gaps',
      url: '/gaps?year=2026&gap=SHORTAGE',
    });
    await screen.findByText('Perawat Ahli Pertama');

    await user.click(screen.getByTestId('gap-export'));
    await user.click(await screen.findByTestId('gap-export-csv'));

    await waitFor(() => expect(downloads).toHaveLength(1));
    const exports = graphql.calls.filter((call) => call.operationName === 'GapsExport');
    expect(exports.map((call) => [call.variables.first, call.variables.offset])).toEqual([
      [100, 0],
      [100, 100],
    ]);
    expect(exports[0]?.variables).toMatchObject({ year: 2026, horizon: 0, filter: { gapKind: 'SHORTAGE' } });
    const [download] = downloads;
    expect(download?.fileName).toBe('kesenjangan-2026.csv');
    expect([...(download?.bytes.slice(0, 3) ?? [])]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = download?.text.slice(1).split('\r\n') ?? [];
    expect(lines[0]).toBe(
      'Peringkat,Jabatan,Jenis Jabatan,Kode Unit,Unit Kerja,Sektor,Kecamatan,Kebutuhan,Kebutuhan (dibulatkan),Pegawai saat ini,Keluar s.d. 2026,Proyeksi pegawai 2026,Selisih,Kekurangan/kelebihan,Prioritas',
    );
    expect(lines[1]).toBe(
      '1,Jabatan 1,Fungsional,PKM-TALAWI,Puskesmas Talawi,Kesehatan,Talawi,6.4,6,4,1,3,3,Kekurangan,90',
    );
    expect(lines[150]).toMatch(/^150,Jabatan 150,/);
    expect(lines).toHaveLength(152);
  });
});
