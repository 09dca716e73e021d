import {
  type Language,
  parseRosterRow,
  ROSTER_COLUMNS,
  ROSTER_COMMENT_PREFIX,
  rosterExampleRows,
  type RosterExampleTarget,
  type RosterRow,
} from '@formasi/core';
import { toCsv, UTF8_BOM } from '../../lib/export-csv';

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
  /** The UI's language: core writes the pre-check's messages in it, as the server writes its own. */
  language: Language;
  onProgress: (read: number, total: number) => void;
  /** Characters parsed between progress updates. */
  chunkSize?: number;
}

const DEFAULT_CHUNK_SIZE = 32 * 1024;

/** Data rows in a file, for the progress bar: lines after the header that are neither blank nor notes. */
export function countDataRows(text: string): number {
  const lines = text
    .replace(UTF8_BOM, '')
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '' && !line.startsWith(ROSTER_COMMENT_PREFIX));
  return Math.max(0, lines.length - 1);
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
  options: Pick<ReadOptions, 'today' | 'language'>,
): CsvIssue[] {
  const row = rosterRowOf(cells, indexes);
  return parseRosterRow(row, options.today, options.language).issues.map((issue) => ({
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
        // The template's notes, skipped as the server skips them.
        comment: ROSTER_COMMENT_PREFIX,
        comment_no_infix: true,
        on_record: (record: string[], context) => {
          if (context.records === 1) {
            const header = record.map((cell) => cell.toLowerCase());
            headerMatches = STAFF_CSV_HEADER.every((name) => header.includes(name));
            indexes = ROSTER_COLUMNS.map((column) => header.indexOf(column));
          } else {
            rows += 1;
            if (headerMatches) issues.push(...checkRow(record, indexes, context.lines, options));
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

/** The roster file's columns for toCsv: core's ROSTER_COLUMNS, titled by their own names so the file imports back. */
export const ROSTER_CSV_COLUMNS = ROSTER_COLUMNS.map((column) => ({ key: column, title: column }));

/**
 * The template: notes (one `#` line each, saying the allowed values), the header and core's example rows (a PNS and
 * a PPPK member of `target`), which import without an error when `target` is a stored unit and position. Notes
 * hold no comma, so a spreadsheet that saves the file again keeps them as notes.
 */
export function staffCsvTemplate(notes: readonly string[], target: RosterExampleTarget): string {
  const noteLines = notes.map((note) => `${ROSTER_COMMENT_PREFIX} ${note.replaceAll(',', ';')}\r\n`);
  const table = toCsv(ROSTER_CSV_COLUMNS, rosterExampleRows(target)).replace(UTF8_BOM, '');
  return `${UTF8_BOM}${noteLines.join('')}${table}`;
}
