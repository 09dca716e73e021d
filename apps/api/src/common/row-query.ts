import { type EntityManager } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { type Connection, type PageWindow, toConnection } from './connection.js';
import { RowWhere, type SqlDialect } from './row-filters.js';
import { type Row, type RowColumn, type RowTable, rowTableOf } from './row-table.js';
import { type NodeSelection, type Selection } from './selection.js';
import { type PlainRow, readRows } from './sql-read.js';

/** Narrows a list to the rows it shows; called once for the page and once for its count. */
export type RowFilter = (where: RowWhere) => void;

/** A sort key: a column of the listed table (`['name']`) or of a many-to-one relation (`['unit', 'name']`). */
export type RowOrder = { path: readonly string[]; direction: 'asc' | 'desc' };

export type RowListQuery = {
  entity: string;
  /** What the client selects on each row: selected relations are joined into the same statement. */
  selection: Selection;
  filter?: RowFilter;
  order: readonly RowOrder[];
  window: PageWindow;
};

export type { PlainRow };

type Join = {
  alias: string;
  table: RowTable;
  columns: RowColumn[];
  joins: Map<string, Join>;
};

/** Relations nested deeper than this load through the batch loaders instead of joins. */
const MAX_JOIN_DEPTH = 3;

const dialectOf = (em: EntityManager): SqlDialect =>
  em.getPlatform() instanceof PostgreSqlPlatform ? 'postgresql' : 'sqlite';

/** The tables one read joins, the columns it takes from each, and how its rows become nested objects. */
class JoinPlan {
  private next = 0;
  readonly root: Join;

  constructor(
    private readonly em: EntityManager,
    entity: string,
    selection: Selection | null,
    order: readonly RowOrder[],
  ) {
    this.root = this.node(entity, selection);
    if (selection) this.joinSelected(this.root, selection, 1);
    for (const key of order) {
      let join = this.root;
      for (const property of key.path.slice(0, -1)) join = this.joinOf(join, property, null);
    }
  }

  private node(entity: string, selection: Selection | null): Join {
    const table = rowTableOf(this.em, entity);
    return { alias: `t${this.next++}`, table, columns: table.columnsFor(selection), joins: new Map() };
  }

  private joinOf(parent: Join, property: string, selection: Selection | null): Join {
    const known = parent.joins.get(property);
    if (known) return known;
    const relation = parent.table.relations.get(property);
    if (!relation) throw new Error(`${parent.table.entity} has no relation ${property}`);
    const join = this.node(relation.target, selection);
    parent.joins.set(property, join);
    return join;
  }

  private joinSelected(parent: Join, selection: Selection, depth: number): void {
    if (depth > MAX_JOIN_DEPTH) return;
    for (const [field, children] of selection) {
      if (!parent.table.relations.has(field)) continue;
      // Only the id is asked: the foreign key column answers it without a join.
      if (children.size === 1 && children.has('id')) continue;
      this.joinSelected(this.joinOf(parent, field, children), children, depth + 1);
    }
  }

  columnOf(path: readonly string[]): string {
    let join = this.root;
    for (const property of path.slice(0, -1)) {
      const next = join.joins.get(property);
      if (!next) throw new Error(`${property} is not joined`);
      join = next;
    }
    const name = path.at(-1);
    const column = join.table.columns.find((candidate) => candidate.property === name);
    if (!column) throw new Error(`${join.table.entity} has no column ${name}`);
    return `${join.alias}."${column.column}"`;
  }

  /** `select` list and `from … left join …` of the plan (joins flat, each after the table it hangs on). */
  fromClause(): { selects: string[]; from: string } {
    const selects: string[] = [];
    const joins: string[] = [];
    const visit = (join: Join) => {
      join.columns.forEach((column, index) =>
        selects.push(`${join.alias}."${column.column}" as ${join.alias}_${index}`),
      );
      for (const [property, child] of join.joins) {
        const relation = join.table.relations.get(property);
        if (!relation) continue;
        joins.push(
          ` left join "${child.table.table}" ${child.alias} on ${child.alias}."id" = ${join.alias}."${relation.column}"`,
        );
        visit(child);
      }
    };
    visit(this.root);
    return { selects, from: `"${this.root.table.table}" ${this.root.alias}${joins.join('')}` };
  }

  read(raw: PlainRow, join: Join = this.root): PlainRow | null {
    const row: PlainRow = {};
    let present = false;
    join.columns.forEach((column, index) => {
      const value = raw[`${join.alias}_${index}`];
      if (column.property === 'id') present = value !== null && value !== undefined;
      if (column.relation) {
        const child = join.joins.get(column.property);
        row[column.property] = child && value !== null ? this.read(raw, child) : (value ?? null);
      } else {
        row[column.property] = column.convert(value);
      }
    });
    return present ? row : null;
  }
}

/**
 * One page of plain rows and the total, in one SQL statement: the selected many-to-one relations are joined, only
 * the selected columns are read, and the count is a subquery with the same filter. No entity is created; writes
 * keep using the unit of work.
 */
export async function listRows<T>(
  em: EntityManager,
  query: RowListQuery & {
    /** Whether the client reads totalCount; without it the page is read one row long to know if more follow. */
    withTotal?: boolean;
  },
): Promise<{ rows: Row<T>[]; total: number | (() => Promise<number>); hasMore: boolean }> {
  const dialect = dialectOf(em);
  const withTotal = query.withTotal ?? true;
  const plan = new JoinPlan(em, query.entity, query.selection, query.order);
  const table = plan.root.table.table;
  const countWhere = new RowWhere('c', dialect);
  const pageWhere = new RowWhere(plan.root.alias, dialect);
  query.filter?.(countWhere);
  query.filter?.(pageWhere);
  const count = `select count(*) as n from "${table}" c${countWhere.toSql()}`;
  const countRows = async () => Number((await readRows(em, count, countWhere.params))[0]?.n ?? 0);
  const { selects, from } = plan.fromClause();
  const order = query.order.map((key) => `${plan.columnOf(key.path)} ${key.direction}`).join(', ');
  const { limit, offset } = query.window;
  const sql =
    `select ${selects.join(', ')}${withTotal ? `, (${count}) as total_count` : ''} from ${from}` +
    `${pageWhere.toSql()}${order ? ` order by ${order}` : ''} limit ? offset ?`;
  const params = [
    ...(withTotal ? countWhere.params : []),
    ...pageWhere.params,
    withTotal ? limit : limit + 1,
    offset,
  ];
  const raw: PlainRow[] = await readRows(em, sql, params);
  // The one typed boundary of a raw read: the plan built these objects from T's own metadata.
  const rows = raw.slice(0, limit).flatMap((row) => plan.read(row) ?? []) as Row<T>[];
  if (!withTotal) return { rows, total: countRows, hasMore: raw.length > limit };
  // An empty page (past the end, or first: 0) carries no count.
  const total = raw[0] ? Number(raw[0].total_count) : await countRows();
  return { rows, total, hasMore: offset + rows.length < total };
}

/** Every row of a short list (kecamatan, select options) in one statement, without a count. */
export async function allRows<T>(em: EntityManager, query: Omit<RowListQuery, 'window'>): Promise<Row<T>[]> {
  const dialect = dialectOf(em);
  const plan = new JoinPlan(em, query.entity, query.selection, query.order);
  const where = new RowWhere(plan.root.alias, dialect);
  query.filter?.(where);
  const { selects, from } = plan.fromClause();
  const order = query.order.map((key) => `${plan.columnOf(key.path)} ${key.direction}`).join(', ');
  const sql = `select ${selects.join(', ')} from ${from}${where.toSql()}${order ? ` order by ${order}` : ''}`;
  const raw: PlainRow[] = await readRows(em, sql, where.params);
  return raw.flatMap((row) => plan.read(row) ?? []) as Row<T>[];
}

/** A list query's page as a Relay connection of rows. */
export async function listConnection<T>(
  em: EntityManager,
  window: PageWindow,
  query: Omit<RowListQuery, 'window'>,
): Promise<Connection<Row<T>>> {
  const withTotal = (query.selection as Partial<NodeSelection>).withTotal ?? true;
  const { rows, total, hasMore } = await listRows<T>(em, { ...query, window, withTotal });
  return toConnection(rows, total, window, hasMore);
}

/** Whole rows by id (for relations a list did not join), in one statement. */
export async function rowsById(
  em: EntityManager,
  entity: string,
  ids: readonly string[],
): Promise<Map<string, PlainRow>> {
  const plan = new JoinPlan(em, entity, null, []);
  const { selects, from } = plan.fromClause();
  const unique = [...new Set(ids)];
  const sql = `select ${selects.join(', ')} from ${from} where ${plan.root.alias}."id" in (${unique.map(() => '?').join(', ')})`;
  const raw: PlainRow[] = await readRows(em, sql, unique);
  const rows = new Map<string, PlainRow>();
  for (const row of raw) {
    const read = plan.read(row);
    if (read && typeof read.id === 'string') rows.set(read.id, read);
  }
  return rows;
}
