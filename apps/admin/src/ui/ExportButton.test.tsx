import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { App } from 'antd';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { addFeatureTranslations } from '../i18n/features';
import { captureDownloads } from '../test/download';
import { ExportButton, type ExportRowLoader } from './ExportButton';

const COLUMNS = [
  { key: 'label', title: 'Sektor' },
  { key: 'shortage', title: 'Kekurangan' },
] as const;
type Key = (typeof COLUMNS)[number]['key'];

function renderButton(rows: Parameters<typeof ExportButton<Key>>[0]['rows']) {
  return render(
    <I18nextProvider i18n={addFeatureTranslations(createI18n('id'))}>
      <App>
        <ExportButton fileName="rekap 2026" sheetName="Rekap 2026" columns={COLUMNS} rows={rows} />
      </App>
    </I18nextProvider>,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ExportButton', () => {
  it('downloads the rows on hand as CSV text with a BOM, a header and RFC 4180 quoting', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    renderButton([
      { label: 'Pariwisata, Kebudayaan', shortage: 2.5 },
      { label: 'Kesehatan', shortage: 12 },
    ]);

    await user.click(screen.getByTestId('export-button'));
    await user.click(await screen.findByTestId('export-button-csv'));

    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.fileName).toBe('rekap-2026.csv');
    expect(downloads[0]?.text).toBe(
      '\uFEFFSektor,Kekurangan\r\n"Pariwisata, Kebudayaan",2.5\r\nKesehatan,12\r\n',
    );
    expect(await screen.findByText('2 baris diekspor.')).toBeTruthy();
  });

  it('loads every row through the loader, showing progress, then writes an XLSX workbook', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    let finish: () => void = () => undefined;
    const loader: ExportRowLoader<Key> = async (onProgress) => {
      onProgress(100, 240);
      await new Promise<void>((resolve) => {
        finish = resolve;
      });
      onProgress(240, 240);
      return [{ label: 'Pendidikan', shortage: 7 }];
    };
    renderButton(loader);

    await user.click(screen.getByTestId('export-button'));
    await user.click(await screen.findByTestId('export-button-xlsx'));
    expect(await screen.findByText('Mengambil 100 dari 240 baris…')).toBeTruthy();
    finish();

    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 });
    expect(downloads[0]?.fileName).toBe('rekap-2026.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(downloads[0]?.bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Rekap 2026');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Sektor', 'Kekurangan']);
    expect(sheet?.getRow(2).values).toEqual([undefined, 'Pendidikan', 7]);
    await waitFor(() => expect(screen.getByTestId('export-button').textContent).toBe('Ekspor'));
  });

  it('says so when loading the rows fails', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    renderButton(() => Promise.reject(new Error('network down')));

    await user.click(screen.getByTestId('export-button'));
    await user.click(await screen.findByTestId('export-button-csv'));

    expect(await screen.findByText('Ekspor gagal. Silakan coba lagi.')).toBeTruthy();
    expect(downloads).toHaveLength(0);
  });
});
