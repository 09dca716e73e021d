import { type ExportColumn, type ExportRow } from './export-table';

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ].
const SHEET_NAME_MAX = 31;
const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 60;

function sheetNameOf(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, SHEET_NAME_MAX) || 'Sheet1';
}

/**
 * The table as an .xlsx workbook: bold, frozen header row, numbers as numeric cells, columns sized to their text.
 * exceljs is loaded only now, so it stays out of the bundle until someone exports.
 */
export async function toXlsx<K extends string>(
  columns: readonly ExportColumn<K>[],
  rows: readonly ExportRow<K>[],
  sheetName: string,
): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Formasi';
  const sheet = workbook.addWorksheet(sheetNameOf(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.title,
    key: column.key,
    width: widthOf(column, rows),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(columns.map((column) => row[column.key] ?? null));
  }
  return workbook.xlsx.writeBuffer();
}

function widthOf<K extends string>(column: ExportColumn<K>, rows: readonly ExportRow<K>[]): number {
  const longest = rows.reduce(
    (max, row) => Math.max(max, String(row[column.key] ?? '').length),
    column.title.length,
  );
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, longest + 2));
}
