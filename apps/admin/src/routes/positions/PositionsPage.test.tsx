import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads } from '../../test/download';
import { aConnection, aPosition, aSector, aUnit } from '../../test/fixtures';
import { mockGraphQL } from '../../test/mock-graphql';
import { renderRoute } from '../../test/render';
import { PositionsPage } from './PositionsPage';

function mockPositions() {
  return mockGraphQL({
    PositionsPage: () => ({ data: { positions: aConnection('Position', [aPosition()], 41) } }),
    SectorSelectOptions: () => ({ data: { sectors: aConnection('Sector', [aSector()]) } }),
    UnitSelectOptions: () => ({ data: { units: aConnection('Unit', [aUnit()]) } }),
    UnitSelectSelected: () => ({ data: { unit: aUnit() } }),
  });
}

describe('PositionsPage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads search, filters, sort and page from the URL into the query', async () => {
    const graphql = mockPositions();
    renderRoute(<PositionsPage />, {
      client: graphql.client,
      path: '/positions',
      url: '/positions?q=perawat&kind=FUNGSIONAL&level=AHLI_PERTAMA&unit=unit-pkm-talawi&sort=UNIT_ASC&page=3&size=10',
    });

    expect(await screen.findByText('Perawat Ahli Pertama')).toBeTruthy();
    expect(graphql.lastVariables('PositionsPage')).toEqual({
      first: 10,
      offset: 20,
      sort: 'UNIT_ASC',
      filter: {
        search: 'perawat',
        unitId: 'unit-pkm-talawi',
        kind: 'FUNGSIONAL',
        level: 'AHLI_PERTAMA',
        includeArchived: false,
      },
    });
    expect(screen.getByTestId<HTMLInputElement>('list-search').value).toBe('perawat');
    expect(screen.getByText('21–30 dari 41 data')).toBeTruthy();
  });

  it('ignores values in the URL that are not part of the contract', async () => {
    const graphql = mockPositions();
    renderRoute(<PositionsPage />, {
      client: graphql.client,
      path: '/positions',
      url: '/positions?kind=ASTRONAUT&sort=RANDOM&page=-2&size=7',
    });

    await screen.findByText('Perawat Ahli Pertama');
    expect(graphql.lastVariables('PositionsPage')).toMatchObject({ first: 20, offset: 0, sort: 'NAME_ASC' });
    expect(graphql.lastVariables('PositionsPage')?.filter).not.toHaveProperty('kind');
  });

  it('writes a new search back to the URL and returns to the first page', async () => {
    const graphql = mockPositions();
    const { router } = renderRoute(<PositionsPage />, {
      client: graphql.client,
      path: '/positions',
      url: '/positions?kind=FUNGSIONAL&page=2',
    });
    await screen.findByText('Perawat Ahli Pertama');

    await userEvent.type(screen.getByTestId('list-search'), 'bidan{Enter}');

    await waitFor(() => expect(router.state.location.search).toBe('?kind=FUNGSIONAL&q=bidan'));
    await waitFor(() =>
      expect(graphql.lastVariables('PositionsPage')).toMatchObject({
        offset: 0,
        filter: { search: 'bidan' },
      }),
    );
  });

  it('writes the archived toggle to the URL and tags archived rows', async () => {
    const graphql = mockGraphQL({
      PositionsPage: ({ filter }) => {
        const includeArchived = (filter as { includeArchived: boolean }).includeArchived;
        const rows = includeArchived
          ? [aPosition(), aPosition({ id: 'old', name: 'Juru Lama', archived: true })]
          : [];
        return { data: { positions: aConnection('Position', rows) } };
      },
    });
    const { router } = renderRoute(<PositionsPage />, {
      client: graphql.client,
      path: '/positions',
      url: '/positions',
    });
    expect(await screen.findByText('Belum ada jabatan yang sesuai.')).toBeTruthy();

    await userEvent.click(screen.getByTestId('include-archived'));

    await waitFor(() => expect(router.state.location.search).toBe('?archived=1'));
    const archivedRow = (await screen.findByText('Juru Lama')).closest('tr');
    expect(archivedRow && within(archivedRow).getByText('Diarsipkan')).toBeTruthy();
  });

  it('exports every position matching the URL filter and sort as CSV, paging through the list 100 at a time', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const matching = Array.from({ length: 130 }, (_, index) =>
      aPosition({ id: `position-${index + 1}`, name: `Perawat ${index + 1}` }),
    );
    const pageOf = ({ first, offset }: Record<string, unknown>) => ({
      data: {
        positions: aConnection(
          'Position',
          matching.slice(Number(offset), Number(offset) + Number(first)),
          matching.length,
        ),
      },
    });
    const graphql = mockGraphQL({
      PositionsPage: pageOf,
      PositionsExport: pageOf,
      UnitSelectOptions: () => ({ data: { units: aConnection('Unit', [aUnit()]) } }),
      SectorSelectOptions: () => ({ data: { sectors: aConnection('Sector', [aSector()]) } }),
    });
    renderRoute(<PositionsPage />, {
      client: graphql.client,
      path: '/positions',
      url: '/positions?q=perawat&kind=FUNGSIONAL&sort=UNIT_ASC&page=2&size=10',
    });
    await screen.findByText('Perawat 11');

    await user.click(screen.getByTestId('export-positions'));
    await user.click(await screen.findByTestId('export-positions-csv'));

    await waitFor(() => expect(downloads).toHaveLength(1));
    const exports = graphql.calls.filter((call) => call.operationName === 'PositionsExport');
    expect(exports.map((call) => call.variables)).toEqual(
      [0, 100].map((offset) => ({
        first: 100,
        offset,
        sort: 'UNIT_ASC',
        filter: { search: 'perawat', kind: 'FUNGSIONAL', includeArchived: false },
      })),
    );
    const [download] = downloads;
    expect(download?.fileName).toBe('jabatan.csv');
    const lines = download?.text.slice(1).split('\r\n') ?? [];
    expect(lines[0]).toBe(
      'Nama Jabatan,Jenis Jabatan,Jenjang Jabatan,Jabatan Guru,Kode Unit,Unit Kerja,Sektor,Kualifikasi Pendidikan,Batas Usia Pensiun (BUP),Status',
    );
    expect(lines[1]).toBe(
      'Perawat 1,Fungsional,Ahli Pertama,Tidak,PKM-TALAWI,Puskesmas Talawi,Kesehatan,"S-1, Profesi",58,Aktif',
    );
    expect(lines[130]).toMatch(/^Perawat 130,/);
    // Header, 130 rows and the final line break.
    expect(lines).toHaveLength(132);
  });
});
