import { DownloadOutlined, FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_MIME_TYPE, toCsv } from '../lib/export-csv';
import { downloadFile } from '../lib/export-download';
import { exportFileName, type ExportColumn, type ExportFormat, type ExportRow } from '../lib/export-table';
import { toXlsx, XLSX_MIME_TYPE } from '../lib/export-xlsx';
import { formatNumber } from '../lib/format';

/** Loads every row to export (e.g. all pages of a list), reporting how far it got. */
export type ExportRowLoader<K extends string> = (
  onProgress: (loaded: number, total: number) => void,
) => Promise<readonly ExportRow<K>[]>;

interface ExportButtonProps<K extends string> {
  /** File name without extension, e.g. `kesenjangan-2026`. */
  fileName: string;
  /** Worksheet name in the XLSX file. */
  sheetName: string;
  columns: readonly ExportColumn<K>[];
  /** The rows on hand, or a loader that fetches all of them when the user exports. */
  rows: readonly ExportRow<K>[] | ExportRowLoader<K>;
  disabled?: boolean;
  testId?: string;
}

async function writeFile<K extends string>(
  format: ExportFormat,
  columns: readonly ExportColumn<K>[],
  rows: readonly ExportRow<K>[],
  fileName: string,
  sheetName: string,
): Promise<void> {
  if (format === 'csv') {
    downloadFile(toCsv(columns, rows), exportFileName(fileName, 'csv'), CSV_MIME_TYPE);
    return;
  }
  downloadFile(await toXlsx(columns, rows, sheetName), exportFileName(fileName, 'xlsx'), XLSX_MIME_TYPE);
}

/** "Ekspor" → CSV or Excel of a table; shows progress while a loader pages through the rows. */
export function ExportButton<K extends string>({
  fileName,
  sheetName,
  columns,
  rows,
  disabled,
  testId = 'export-button',
}: ExportButtonProps<K>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<{ loaded: number; total: number } | undefined>();
  const [busy, setBusy] = useState(false);

  const handleExport = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const all =
        typeof rows === 'function' ? await rows((loaded, total) => setProgress({ loaded, total })) : rows;
      await writeFile(format, columns, all, fileName, sheetName);
      void message.success(t('export.done', { count: all.length, rows: formatNumber(all.length) }));
    } catch {
      void message.error(t('export.failed'));
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  };

  const label = progress
    ? t('export.progress', { loaded: formatNumber(progress.loaded), total: formatNumber(progress.total) })
    : t('export.button');
  return (
    <Dropdown
      trigger={['click']}
      disabled={disabled || busy}
      menu={{
        items: [
          {
            key: 'csv',
            icon: <FileTextOutlined />,
            label: <span data-testid={`${testId}-csv`}>{t('export.csv')}</span>,
          },
          {
            key: 'xlsx',
            icon: <FileExcelOutlined />,
            label: <span data-testid={`${testId}-xlsx`}>{t('export.xlsx')}</span>,
          },
        ],
        onClick: ({ key }) => void handleExport(key === 'xlsx' ? 'xlsx' : 'csv'),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy} data-testid={testId} aria-live="polite">
        {label}
      </Button>
    </Dropdown>
  );
}
