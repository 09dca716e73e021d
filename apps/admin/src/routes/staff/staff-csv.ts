import { parseNiPppk, parseNip, type ValidationIssue } from '@formasi/core';

/** The columns importStaff expects, in order (the template's header row). */
export const STAFF_CSV_HEADER = [
  'nip',
  'name',
  'birth_date',
  'gender',
  'employment_type',
  'contract_end',
  'transfer_date',
  'tmt',
  'unit_code',
  'position_name',
] as const;

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
  /** NIP / NI PPPK format problems found before anything is sent. */
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

/** Where the identifier and the employment type sit (the server accepts the columns in any order). */
interface Columns {
  nip: number;
  employmentType: number;
}

/** Core's identifier rules: NIP for PNS, NI PPPK for PPPK (their digits 9–14 differ), NIP when unknown. */
function checkIdentifier(
  cells: readonly string[],
  columns: Columns,
  line: number,
  today: string,
): CsvIssue[] {
  const nip = cells[columns.nip] ?? '';
  const type = (cells[columns.employmentType] ?? '').trim().toUpperCase();
  const options = { today, field: 'nip' };
  const result = type === 'PPPK' ? parseNiPppk(nip, options) : parseNip(nip, options);
  return result.errors.map((issue: ValidationIssue) => ({
    line,
    column: 'nip',
    reason: issue.reason,
    message: issue.message,
  }));
}

/**
 * Reads a staff CSV in chunks (reporting rows read / total between them, so the page can paint a progress bar),
 * checks that the header names every column and pre-checks every identifier with core's parseNip / parseNiPppk. Rejects on a CSV syntax
 * error (an unclosed quote). The server checks everything again on import.
 */
export async function readStaffCsv(text: string, options: ReadOptions): Promise<StaffCsvReading> {
  // The parser (with its stream polyfills) loads only when a file is chosen, not with the roster.
  const { parse } = await import('csv-parse/browser/esm');
  const total = countDataRows(text);
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const issues: CsvIssue[] = [];
  let rows = 0;
  let headerMatches = false;
  let columns: Columns = { nip: 0, employmentType: 4 };
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
            columns = { nip: header.indexOf('nip'), employmentType: header.indexOf('employment_type') };
          } else {
            rows += 1;
            if (headerMatches) issues.push(...checkIdentifier(record, columns, context.lines, options.today));
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
