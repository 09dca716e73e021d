import { type EntityClass, type EntityProperty, type MikroORM, ReferenceKind } from '@mikro-orm/core';

export type ColumnKind = 'text' | 'number' | 'boolean' | 'datetime' | 'json';
export type Column = { property: string; name: string; kind: ColumnKind };
/** A table as the migrated schema has it: columns named and typed from MikroORM's metadata of its entity. */
export type TableSpec = { table: string; columns: Column[] };

export type JsonValue = readonly unknown[] | { readonly [key: string]: unknown };
export type Cell = string | number | boolean | Date | null | JsonValue;
/** A row keyed by the entity's property names (relations by the referenced id). */
export type Row = Readonly<Record<string, Cell>>;

function kindOf(prop: EntityProperty<object>): ColumnKind {
  if (prop.kind === ReferenceKind.MANY_TO_ONE) return 'text';
  if (prop.type.toLowerCase().includes('json')) return 'json';
  switch (prop.runtimeType) {
    case 'Date':
      return 'datetime';
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'number';
    case 'string':
      return 'text';
    default:
      throw new Error(`gen-data: no column kind for ${prop.name} (${prop.type}/${prop.runtimeType})`);
  }
}

/**
 * The columns of an entity's table that a row fills, in the entity's order. A column the row lacks must be
 * nullable or have a default (a new column added by a migration then keeps working); otherwise this throws.
 */
export function tableSpecOf(orm: MikroORM, entity: EntityClass<object>, sample: Row): TableSpec {
  const meta = orm.getMetadata().get<object>(entity.name);
  const columns: Column[] = [];
  for (const prop of meta.props) {
    const stored = prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE;
    if (!stored || prop.persist === false) continue;
    const [name] = prop.fieldNames;
    if (name === undefined) continue;
    if (prop.name in sample) {
      columns.push({ property: prop.name, name, kind: kindOf(prop) });
    } else if (!prop.nullable && prop.default === undefined) {
      throw new Error(`gen-data: rows of ${meta.tableName} lack the required column ${name}`);
    }
  }
  const known = new Set(columns.map((column) => column.property));
  const unknown = Object.keys(sample).filter((key) => !known.has(key));
  if (unknown.length > 0)
    throw new Error(`gen-data: ${meta.tableName} has no columns for ${unknown.join(', ')}`);
  return { table: meta.tableName, columns };
}
