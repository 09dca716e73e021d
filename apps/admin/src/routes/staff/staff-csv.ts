import { parseRosterRow, ROSTER_COLUMNS, type RosterRow } from '@formasi/core';

/** The columns importStaff expects, in order (the template's header row): core's roster columns. */
export const STAFF_CSV_HEADER = ROSTER_COLUMNS;

/** A problem found in one cell, with the file's line number (the header is line 1). */
export interface CsvIssue {
  line: number;
  column: string;
  reason: string;
  message: string;
}

export interface StaffCsvReading {
  /** Data rows read (the header excluded). */
  rows: number;
  /** Whether the first row names every column of the template (in any order). */
  headerMatches: boolean;
  /** Every problem core's parseRosterRow finds in a row before anything is sent (the server adds units and positions). */
  issues: CsvIssue[];
}

interface ReadOptions {
  /** Today in Jakarta (YYYY-MM-DD): identifiers cannot hold future dates. */
  today: string;
  onProgress: (read: number, total: number) => void;
  /** Characters parsed between progress updates. */
  chunkSize?: number;
}

const DEFAULT_CHUNK_SIZE = 32 * 1024;

/** Data rows in a file, for the progress bar: non-blank lines after the header. */
export function countDataRows(text: string): number {
  return Math.max(0, text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').length - 1);
}

function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A record as core's roster row, by the header's column positions (the server accepts any order). */
function rosterRowOf(cells: readonly string[], indexes: readonly number[]): RosterRow {
  return Object.fromEntries(
    ROSTER_COLUMNS.map((column, at) => [column, cells[indexes[at] ?? -1] ?? '']),
  ) as RosterRow;
}

/** Core's checks of one row (parseRosterRow: every cell, NIP or NI PPPK by the employment type), all at once. */
function checkRow(
  cells: readonly string[],
  indexes: readonly number[],
  line: number,
  today: string,
): CsvIssue[] {
  return parseRosterRow(rosterRowOf(cells, indexes), today).issues.map((issue) => ({
    line,
    column: issue.field,
    reason: issue.reason,
    message: issue.message,
  }));
}

/**
 * Reads a staff CSV in chunks (reporting rows read / total between them, so the page can paint a progress bar),
 * checks that the header names every column and pre-checks every row with core's parseRosterRow, the server's own
 * rules. Rejects on a CSV syntax error (an unclosed quote). The server checks everything again on import.
 */
export async function readStaffCsv(text: string, options: ReadOptions): Promise<StaffCsvReading> {
  // The parser (with its stream polyfills) loads only when a file is chosen, not with the roster.
  const { parse } = await import('csv-parse/browser/esm');
  const total = countDataRows(text);
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const issues: CsvIssue[] = [];
  let rows = 0;
  let headerMatches = false;
  let indexes: number[] = [];
  const done = new Promise<void>((resolve, reject) => {
    const parser = parse(
      {
        bom: true,
        trim: true,
        skip_empty_lines: true,
        relax_column_count: true,
        on_record: (record: string[], context) => {
          if (context.records === 1) {
            const header = record.map((cell) => cell.toLowerCase());
            headerMatches = STAFF_CSV_HEADER.every((name) => header.includes(name));
            indexes = ROSTER_COLUMNS.map((column) => header.indexOf(column));
          } else {
            rows += 1;
            if (headerMatches) issues.push(...checkRow(record, indexes, context.lines, options.today));
          }
          return null;
        },
      },
      (error) => (error ? reject(error) : resolve()),
    );
    void (async () => {
      for (let start = 0; start < text.length; start += chunkSize) {
        parser.write(text.slice(start, start + chunkSize));
        await nextTick();
        options.onProgress(Math.min(rows, total), total);
      }
      parser.end();
    })();
  });
  await done;
  options.onProgress(rows, Math.max(rows, total));
  return { rows, headerMatches, issues };
}

/** The template: the header row only. */
export const STAFF_CSV_TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(`${STAFF_CSV_HEADER.join(',')}\r\n`)}`;
