import { isUuid } from './lookup.js';

/** `%`, `_` and the escape character itself match literally in a search. */
const escapeLike = (term: string): string => term.replace(/[\\%_]/g, (char) => `\\${char}`);

export type SqlDialect = 'postgresql' | 'sqlite';

/**
 * The WHERE clause of a list read, on one table alias: the page and its count build the same conditions on their
 * own alias. Values always travel as parameters.
 */
export class RowWhere {
  private readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  constructor(
    readonly alias: string,
    private readonly dialect: SqlDialect,
  ) {}

  /** A column of the listed table, quoted for both dialects. */
  column(name: string): string {
    return `${this.alias}."${name}"`;
  }

  isNull(column: string): this {
    this.conditions.push(`${this.column(column)} is null`);
    return this;
  }

  /**
   * Equality when the filter sets a value; nothing when it does not. A malformed id (`…_id` columns hold UUIDs)
   * matches no row, as PostgreSQL would otherwise refuse the comparison.
   */
  equals(column: string, value: string | number | null | undefined): this {
    if (value === null || value === undefined) return this;
    if ((column === 'id' || column.endsWith('_id')) && !isUuid(String(value))) {
      this.conditions.push('1 = 0');
      return this;
    }
    this.conditions.push(`${this.column(column)} = ?`);
    this.params.push(value);
    return this;
  }

  /**
   * Case-insensitive "contains" on any of the columns, or nothing for a blank search. PostgreSQL needs ILIKE;
   * SQLite's LIKE is already case-insensitive for ASCII and has no ILIKE.
   */
  contains(
    columns: readonly string[],
    search: string | null | undefined,
    /** Also matches rows whose `column` equals the search turned into `value` (e.g. a NIP typed with dots). */
    exactly?: { column: string; value: (term: string) => string },
  ): this {
    const term = search?.trim();
    if (!term || columns.length === 0) return this;
    const operator = this.dialect === 'postgresql' ? 'ilike' : 'like';
    const pattern = `%${escapeLike(term)}%`;
    const each = columns.map((name) => `${this.column(name)} ${operator} ? escape '\\'`);
    for (const _ of columns) this.params.push(pattern);
    if (exactly) {
      each.push(`${this.column(exactly.column)} = ?`);
      this.params.push(exactly.value(term));
    }
    this.conditions.push(`(${each.join(' or ')})`);
    return this;
  }

  /**
   * Case-insensitive "contains" on the name of a row another column points to (e.g. the unit of a gap), for any
   * of the given references.
   */
  containsInRelated(
    references: readonly { column: string; table: string; name: string }[],
    search: string | null | undefined,
  ): this {
    const term = search?.trim();
    if (!term || references.length === 0) return this;
    const operator = this.dialect === 'postgresql' ? 'ilike' : 'like';
    const pattern = `%${escapeLike(term)}%`;
    const each = references.map(
      (ref) =>
        `${this.column(ref.column)} in (select "id" from "${ref.table}" where "${ref.name}" ${operator} ? escape '\\')`,
    );
    this.conditions.push(`(${each.join(' or ')})`);
    for (const _ of references) this.params.push(pattern);
    return this;
  }

  /** A condition written by hand; `{t}` stands for the alias. */
  raw(sql: string, params: readonly unknown[] = []): this {
    this.conditions.push(`(${sql.replaceAll('{t}', this.alias)})`);
    this.params.push(...params);
    return this;
  }

  toSql(): string {
    return this.conditions.length > 0 ? ` where ${this.conditions.join(' and ')}` : '';
  }
}
