import { type ExportColumn, type ExportRow, type ExportValue } from './export-table';

/** Byte order mark: without it Excel reads UTF-8 as the local code page and garbles Indonesian text. */
export const UTF8_BOM = '\uFEFF';
export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

// RFC 4180: comma-separated fields, CRLF line ends, fields with a comma, quote or line break wrapped in quotes
// and inner quotes doubled.
const DELIMITER = ',';
const LINE_END = '\r\n';
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
// A text cell starting like a formula is run by spreadsheets (CSV injection); a leading apostrophe keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: ExportValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV text: BOM, a header row of titles, then one line per row. Numbers are written in plain
 * notation with a dot (`12.5`), which every spreadsheet reads as a number whatever its locale's display.
 */
export function toCsv<K extends string>(
  columns: readonly ExportColumn<K>[],
  rows: readonly ExportRow<K>[],
): string {
  const header = columns.map((column) => csvField(column.title)).join(DELIMITER);
  const lines = rows.map((row) => columns.map((column) => csvField(row[column.key])).join(DELIMITER));
  return `${UTF8_BOM}${[header, ...lines].join(LINE_END)}${LINE_END}`;
}
