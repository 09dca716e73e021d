import { type EntityManager } from '@mikro-orm/core';
import { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

export type PlainRow = Record<string, unknown>;

/** What the read path needs of a pooled `pg` client (knex keeps these in its tarn pool). */
type PgClient = { query: (sql: string) => Promise<{ rows: PlainRow[] }> };
type TarnPool = { acquire: () => { promise: Promise<PgClient> }; release: (client: PgClient) => boolean };

/**
 * One read-only SQL statement's rows, with `?` placeholders.
 *
 * On PostgreSQL outside a transaction the statement goes straight to a pooled `pg` client from the ORM's own pool,
 * formatted by MikroORM's platform exactly as `connection.execute` formats it (so the same text, types and
 * results), and logged to the ORM's query logger like every other statement (the statement-count and EXPLAIN tests
 * read it). What that skips is MikroORM's and knex's per-statement machinery (query builder, runner, timeout race,
 * event emitters): measured at about a third of a small list's request, more than the statement itself.
 * Inside a transaction, and on SQLite (in-process, no socket), it is `connection.execute`.
 */
export async function readRows(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<PlainRow[]> {
  if (!(em instanceof SqlEntityManager)) throw new Error('row reads need an SQL EntityManager');
  const connection = em.getConnection();
  const tx = em.getTransactionContext();
  const platform = em.getPlatform();
  if (tx || !(platform instanceof PostgreSqlPlatform)) {
    return connection.execute(sql, [...params], 'all', tx);
  }
  const formatted = platform.formatQuery(sql, [...params]);
  const pool = (connection.getKnex().client as { pool: TarnPool }).pool;
  const started = Date.now();
  const client = await pool.acquire().promise;
  try {
    const { rows } = await client.query(formatted);
    em.config.getLogger().logQuery({
      level: 'info',
      query: formatted,
      took: Date.now() - started,
      results: rows.length,
      connection: { type: 'write', name: 'default' },
    });
    return rows;
  } catch (error) {
    em.config.getLogger().logQuery({ level: 'error', query: formatted, took: Date.now() - started });
    throw platform.getExceptionConverter().convertException(error as Error);
  } finally {
    pool.release(client);
  }
}
