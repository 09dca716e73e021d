import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type OpenedSink } from './bulk-sink.js';
import { type Cell, type Column, type Row, type TableSpec } from './table-spec.js';

// Rows per chunk handed to the COPY stream: big enough to keep the socket busy, small enough to stream.
const ROWS_PER_CHUNK = 5_000;
// Rows per COPY statement. PostgreSQL checks foreign keys when a statement ends, so a COPY's rows count as done
// only then: batches keep the progress honest (one COPY of a million staff spends its last half checking).
const ROWS_PER_COPY = 50_000;

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const NEEDS_ESCAPE = /[\\\n\r\t]/;
const escapeCopy = (text: string): string =>
  NEEDS_ESCAPE.test(text) ? text.replace(/[\\\n\r\t]/g, (char) => ESCAPES[char] ?? char) : text;

/** A value in COPY's text format: \N for null, ISO timestamps, t/f booleans, JSON text, escaped strings. */
export function copyText(column: Column, value: Cell): string {
  if (value === null) return '\\N';
  if (column.kind === 'json') return escapeCopy(JSON.stringify(value));
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeCopy(value);
  throw new Error(`gen-data: column ${column.name} cannot hold ${JSON.stringify(value)}`);
}

/** Up to ROWS_PER_COPY rows of `rows` as COPY text chunks; `counted` hears how many were taken. */
function* copyBatch(
  spec: TableSpec,
  rows: Iterator<Row>,
  counted: (count: number) => void,
): Generator<string> {
  let lines: string[] = [];
  let taken = 0;
  while (taken < ROWS_PER_COPY) {
    const next = rows.next();
    if (next.done) break;
    const row = next.value;
    lines.push(spec.columns.map((column) => copyText(column, row[column.property] ?? null)).join('\t'));
    taken += 1;
    if (lines.length === ROWS_PER_CHUNK) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
  counted(taken);
}

/** COPY … FROM STDIN on a connection of its own (the same URL as the ORM's), inside one transaction. */
export async function openPostgresSink(orm: MikroORM): Promise<OpenedSink> {
  const client = new pg.Client({ connectionString: orm.config.getClientUrl() });
  await client.connect();
  await client.query('begin');
  const tables: string[] = [];
  const writer = async (spec: TableSpec, rows: Iterable<Row>, onRows: (count: number) => void) => {
    tables.push(`"${spec.table}"`);
    const columns = spec.columns.map((column) => `"${column.name}"`).join(', ');
    const iterator = rows[Symbol.iterator]();
    for (let taken = ROWS_PER_COPY; taken === ROWS_PER_COPY;) {
      const stream = client.query(copyFrom(`copy "${spec.table}" (${columns}) from stdin`));
      await pipeline(Readable.from(copyBatch(spec, iterator, (count) => (taken = count))), stream);
      if (taken > 0) onRows(taken);
    }
  };
  const end = () => client.end();
  return {
    writer,
    commit: async () => {
      try {
        await client.query('commit');
        // Fresh statistics, so queries benchmarked right after a run are planned as they will be later.
        if (tables.length > 0) await client.query(`analyze ${tables.join(', ')}`);
      } finally {
        await end();
      }
    },
    rollback: async () => {
      try {
        await client.query('rollback');
      } finally {
        await end();
      }
    },
  };
}
