import { type MikroORM, type Transaction } from '@mikro-orm/core';
import { type OpenedSink } from './bulk-sink.js';
import { type Cell, type Column, type Row, type TableSpec } from './table-spec.js';

// SQLite allows 32,766 bound parameters per statement (since 3.32); 500 rows per INSERT stays well below.
const MAX_PARAMETERS = 32_000;
const MAX_ROWS_PER_INSERT = 500;

type SqliteValue = string | number | null;

/** A value as MikroORM stores it on SQLite: datetimes as epoch milliseconds, booleans as 0/1, JSON as text. */
export function sqliteValue(column: Column, value: Cell): SqliteValue {
  if (value === null) return null;
  if (column.kind === 'json') return JSON.stringify(value);
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string' || typeof value === 'number') return value;
  throw new Error(`gen-data: column ${column.name} cannot hold ${JSON.stringify(value)}`);
}

const quote = (name: string): string => `\`${name}\``;

function insertSql(spec: TableSpec, rows: number): string {
  const tuple = `(${spec.columns.map(() => '?').join(', ')})`;
  return `insert into ${quote(spec.table)} (${spec.columns.map((column) => quote(column.name)).join(', ')}) values ${Array.from({ length: rows }, () => tuple).join(', ')}`;
}

/**
 * Multi-row INSERTs on the ORM's own SQLite connection inside one transaction (SQLite has one writer, and the
 * libsql pool is that one connection).
 */
export async function openSqliteSink(orm: MikroORM): Promise<OpenedSink> {
  const connection = orm.em.getConnection();
  const transaction: Transaction = await connection.begin();
  const writer = async (spec: TableSpec, rows: Iterable<Row>, onRows: (count: number) => void) => {
    const perInsert = Math.max(
      1,
      Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / spec.columns.length)),
    );
    const fullSql = insertSql(spec, perInsert);
    let params: SqliteValue[] = [];
    let count = 0;
    const flush = async () => {
      if (count === 0) return;
      await connection.execute(
        count === perInsert ? fullSql : insertSql(spec, count),
        params,
        'run',
        transaction,
      );
      onRows(count);
      params = [];
      count = 0;
    };
    for (const row of rows) {
      for (const column of spec.columns) params.push(sqliteValue(column, row[column.property] ?? null));
      count += 1;
      if (count === perInsert) await flush();
    }
    await flush();
  };
  return {
    writer,
    commit: () => connection.commit(transaction),
    rollback: () => connection.rollback(transaction),
  };
}
