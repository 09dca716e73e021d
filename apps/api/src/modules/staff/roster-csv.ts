import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import {
  type Language,
  ROSTER_COLUMNS,
  ROSTER_COMMENT_PREFIX,
  type RosterRow,
  type RosterTexts,
  rosterTextsOf,
} from '@formasi/core';
import { type ImportRowError } from './staff.types.js';

/** Most rows one import takes (a province's roster is about 40,000; the upload route takes 64 MB). */
export const MAX_IMPORT_ROWS = 200_000;

export type CsvRow = { line: number; row: RosterRow };

/** The roster as it arrives: the whole text (the mutation) or its chunks (the upload, read as it streams). */
export type RosterSource = string | AsyncIterable<Buffer | string>;

const formatError = (error: unknown, texts: RosterTexts): ImportRowError => ({
  line:
    typeof error === 'object' && error && 'lines' in error && typeof error.lines === 'number'
      ? error.lines
      : 1,
  column: '',
  reason: 'INVALID_FORMAT',
  // The parser's own detail stays as it wrote it (English).
  message: texts.notCsv(error instanceof Error ? error.message : String(error)),
});

/**
 * The roster CSV's data rows with their line numbers, read as the source streams (header required, any column
 * order, UTF-8 BOM tolerated, lines starting with ROSTER_COMMENT_PREFIX skipped as notes), so a file is never
 * held whole. A missing header column, a row past MAX_IMPORT_ROWS or a CSV syntax error is pushed onto `errors`
 * (in `language`): the rows stop there (the rest of a file that is too long is still counted for the message).
 * Errors of the source itself (an upload over its limit) throw.
 */
export async function* readRosterCsv(
  source: RosterSource,
  errors: ImportRowError[],
  language: Language,
): AsyncGenerator<CsvRow, void, undefined> {
  const texts = rosterTextsOf(language);
  const input = typeof source === 'string' ? Readable.from([source]) : Readable.from(source);
  const parser = parse({
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
    comment: ROSTER_COMMENT_PREFIX,
    comment_no_infix: true,
  });
  input.once('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let indexes: number[] | null = null;
  let count = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!indexes) {
        const names = record.map((name) => name.trim().toLowerCase());
        const missing = ROSTER_COLUMNS.filter((column) => !names.includes(column));
        if (missing.length > 0) {
          for (const column of missing)
            errors.push({
              line: 1,
              column,
              reason: 'REQUIRED',
              message: texts.headerMissing(column),
            });
          return;
        }
        indexes = ROSTER_COLUMNS.map((column) => names.indexOf(column));
        continue;
      }
      count += 1;
      if (count > MAX_IMPORT_ROWS) continue;
      const row = Object.fromEntries(
        ROSTER_COLUMNS.map((column, at) => [column, record[indexes?.[at] ?? -1] ?? '']),
      ) as RosterRow;
      yield { line: info.lines, row };
    }
  } catch (error) {
    if (input.errored) throw input.errored;
    errors.push(formatError(error, texts));
    return;
  } finally {
    input.destroy();
  }
  if (!indexes) {
    errors.push({
      line: 1,
      column: '',
      reason: 'REQUIRED',
      message: texts.emptyFile(),
    });
  } else if (count > MAX_IMPORT_ROWS) {
    errors.push({
      line: 1,
      column: '',
      reason: 'TOO_LONG',
      message: texts.tooManyRows(MAX_IMPORT_ROWS, count),
    });
  }
}
