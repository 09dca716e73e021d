import { type EntityManager } from '@mikro-orm/core';
import { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';

export type PlainRow = Record<string, unknown>;

/** What the read path needs of a pooled `pg` client (knex keeps these in its tarn pool). */
type PgClient = {
  query: (statement: { name?: string; text: string; values?: unknown[] }) => Promise<{ rows: PlainRow[] }>;
};
type TarnPool = { acquire: () => { promise: Promise<PgClient> }; release: (client: PgClient) => boolean };

/**
 * Distinct statement texts sent as named prepared statements (parsed once per connection, their plans cached by
 * PostgreSQL). Past this many, further texts go unnamed: the API builds statements from the client's selection,
 * and no client may make it prepare without bound.
 */
const MAX_PREPARED = 300;
const preparedNames = new Map<string, string>();

const isScalar = (value: unknown) =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'number' ||
  typeof value === 'boolean' ||
  value instanceof Date;

/**
 * `?` placeholders as `$1…$n` with their values, or null when MikroORM's own formatting must be used: an array
 * parameter (which it expands into a list) or an escaped `\\?`/`??` in the text.
 */
function numbered(sql: string, params: readonly unknown[]): { text: string; values: unknown[] } | null {
  if (!params.every(isScalar)) return null;
  const renumbered = renumberedOf(sql);
  return renumbered && renumbered.placeholders === params.length
    ? { text: renumbered.text, values: [...params] }
    : null;
}

type Renumbered = { text: string; placeholders: number } | null;
/** Statement texts already renumbered (the same few dozen every request), bounded like the prepared names. */
const renumberedTexts = new Map<string, Renumbered>();

function renumberedOf(sql: string): Renumbered {
  const known = renumberedTexts.get(sql);
  if (known !== undefined) return known;
  let renumbered: Renumbered = null;
  if (!sql.includes('??') && !sql.includes('\\?')) {
    let placeholders = 0;
    const text = sql.replace(/\?/g, () => `$${++placeholders}`);
    renumbered = { text, placeholders };
  }
  if (renumberedTexts.size < MAX_PREPARED * 4) renumberedTexts.set(sql, renumbered);
  return renumbered;
}

function preparedNameOf(text: string): string | undefined {
  const known = preparedNames.get(text);
  if (known || preparedNames.size >= MAX_PREPARED) return known;
  const name = `formasi_read_${preparedNames.size + 1}`;
  preparedNames.set(text, name);
  return name;
}

/**
 * One read-only SQL statement's rows, with `?` placeholders. Parameters are compared with columns or bound to
 * `limit`/`offset`, where PostgreSQL infers their type; a parameter selected bare would come back as text.
 *
 * On PostgreSQL outside a transaction the statement goes straight to a pooled `pg` client from the ORM's own pool,
 * as a prepared statement with its parameters (see MAX_PREPARED), and is logged to the ORM's query logger with its
 * parameters inlined as MikroORM logs them (the statement-count and EXPLAIN tests read that log). What that skips
 * is MikroORM's and knex's per-statement machinery (query builder, runner, timeout race, event emitters) and
 * PostgreSQL's parsing and planning of the same text on every request: measured at about a third of a small
 * list's request. The rows are the same: the pool's clients carry MikroORM's type parsers.
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
  const logger = em.config.getLogger();
  const logged = () => platform.formatQuery(sql, [...params]);
  const bound = numbered(sql, params);
  const statement = bound
    ? { name: preparedNameOf(bound.text), text: bound.text, values: bound.values }
    : { text: logged() };
  const pool = (connection.getKnex().client as { pool: TarnPool }).pool;
  const started = Date.now();
  const client = await pool.acquire().promise;
  try {
    const { rows } = await client.query(statement);
    if (logger.isEnabled('query')) {
      logger.logQuery({
        level: 'info',
        query: logged(),
        took: Date.now() - started,
        results: rows.length,
        connection: { type: 'write', name: 'default' },
      });
    }
    return rows;
  } catch (error) {
    logger.logQuery({ level: 'error', query: logged(), took: Date.now() - started });
    throw platform.getExceptionConverter().convertException(error as Error);
  } finally {
    pool.release(client);
  }
}
