import { type EntityClass, type MikroORM } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { openPostgresSink } from './postgres-sink.js';
import { openSqliteSink } from './sqlite-sink.js';
import { type Row, type TableSpec, tableSpecOf } from './table-spec.js';

/** Writes rows of one table in batches; `onRows` hears how many rows each batch wrote. */
export type TableWriter = (
  spec: TableSpec,
  rows: Iterable<Row>,
  onRows: (count: number) => void,
) => Promise<void>;

/** Streams each table's rows into the database, all tables in one transaction. */
export type BulkSink = {
  dialect: 'sqlite' | 'postgresql';
  write: (
    entity: EntityClass<object>,
    rows: Iterable<Row>,
    onRows: (count: number) => void,
  ) => Promise<number>;
};

export type OpenedSink = { writer: TableWriter; commit: () => Promise<void>; rollback: () => Promise<void> };

/** Prepends a row taken from an iterator back in front of the rest. */
function* withFirst(first: Row, rest: Iterator<Row>): Generator<Row> {
  yield first;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}

/**
 * Runs `work` with a sink in one transaction: PostgreSQL COPY on its own connection, or multi-row INSERTs on
 * SQLite's connection. Commits when `work` resolves, rolls back when it throws.
 */
export async function withBulkSink<T>(orm: MikroORM, work: (sink: BulkSink) => Promise<T>): Promise<T> {
  const dialect = orm.em.getPlatform() instanceof PostgreSqlPlatform ? 'postgresql' : 'sqlite';
  const opened = dialect === 'postgresql' ? await openPostgresSink(orm) : await openSqliteSink(orm);
  const sink: BulkSink = {
    dialect,
    write: async (entity, rows, onRows) => {
      const iterator = rows[Symbol.iterator]();
      const first = iterator.next();
      if (first.done) return 0;
      let written = 0;
      await opened.writer(
        tableSpecOf(orm, entity, first.value),
        withFirst(first.value, iterator),
        (count) => {
          written += count;
          onRows(count);
        },
      );
      return written;
    },
  };
  try {
    const result = await work(sink);
    await opened.commit();
    return result;
  } catch (error) {
    await opened.rollback();
    throw error;
  }
}
