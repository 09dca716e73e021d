import { parse } from 'csv-parse/sync';
import { ROSTER_COLUMNS, type RosterRow } from '@formasi/core';
import { type ImportRowError } from './staff.types.js';

/** Most rows one import takes (a province's roster is about 40,000; the upload route takes 64 MB). */
export const MAX_IMPORT_ROWS = 200_000;

export type CsvRow = { line: number; row: RosterRow };

/** Parses the roster CSV (header required, any column order, UTF-8 BOM tolerated) into rows with line numbers. */
export function readRosterCsv(csv: string): { rows: CsvRow[]; errors: ImportRowError[] } {
  let parsed: string[][];
  try {
    // Each record is prefixed with the line it ends on, for the error report.
    parsed = parse(csv, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (record: string[], context: { lines: number }) => [String(context.lines), ...record],
    });
  } catch (error) {
    const line =
      typeof error === 'object' && error && 'lines' in error && typeof error.lines === 'number'
        ? error.lines
        : 1;
    return {
      rows: [],
      errors: [
        {
          line,
          column: '',
          reason: 'INVALID_FORMAT',
          message: `The file is not valid CSV: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  const records = parsed.map(([line, ...record]) => ({ line: Number(line), record }));
  const [header, ...body] = records;
  const names = (header?.record ?? []).map((name) => name.trim().toLowerCase());
  const missing = ROSTER_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    return {
      rows: [],
      errors: missing.map((column) => ({
        line: 1,
        column,
        reason: 'REQUIRED',
        message: `The header has no column ${column}.`,
      })),
    };
  }
  if (body.length > MAX_IMPORT_ROWS) {
    return {
      rows: [],
      errors: [
        {
          line: 1,
          column: '',
          reason: 'TOO_LONG',
          message: `At most ${MAX_IMPORT_ROWS} rows per import; got ${body.length}.`,
        },
      ],
    };
  }
  const rows = body.map(({ line, record }) => {
    const row = Object.fromEntries(
      ROSTER_COLUMNS.map((column) => [column, record[names.indexOf(column)] ?? '']),
    );
    return { line, row: row as RosterRow };
  });
  return { rows, errors: [] };
}
