import { type EntityManager, type EntityProperty, type Ref } from '@mikro-orm/core';
import { type Selection } from './selection.js';

/**
 * A stored row as list reads return it: plain data, no managed entity. A many-to-one relation is the joined row
 * when the query selected it, or its id when it did not (the field resolver then loads it in a batch).
 */
export type Row<T> = {
  [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: NonNullable<T[K]> extends Ref<
    infer U extends object
  >
    ? Row<U> | string | (null extends T[K] ? null : never)
    : T[K];
};

type Convert = (value: unknown) => unknown;

/** A column of the table: a scalar, or the foreign key of a many-to-one relation (`relation`). */
export type RowColumn = { property: string; column: string; convert: Convert; relation: boolean };
export type RowRelation = { property: string; column: string; target: string };

/** The columns and many-to-one relations of one entity's table, read from MikroORM's metadata once. */
export type RowTable = {
  entity: string;
  table: string;
  columns: RowColumn[];
  relations: Map<string, RowRelation>;
  /** The columns a selection needs: the selected ones, the id, and what computed fields read. */
  columnsFor: (selection: Selection | null) => RowColumn[];
};

/** A timestamp as a driver returns it (Date, epoch ms, or PostgreSQL's text) as a Date; null stays null. */
export const toDate = (value: unknown): Date | null =>
  value === null || value === undefined || value instanceof Date
    ? (value ?? null)
    : new Date(value as string | number);
const toBoolean: Convert = (value) => (value === null || value === undefined ? null : Boolean(value));
const toNumber: Convert = (value) => (value === null || value === undefined ? null : Number(value));
const toJson: Convert = (value) => (typeof value === 'string' ? JSON.parse(value) : value);
const asIs: Convert = (value) => value ?? null;

function converterOf(prop: EntityProperty): Convert {
  if (prop.customType?.constructor.name === 'JsonType' || prop.type === 'json') return toJson;
  switch (prop.runtimeType) {
    case 'Date':
      return toDate;
    case 'boolean':
      return toBoolean;
    case 'number':
      return toNumber;
    default:
      return asIs;
  }
}

/**
 * Fields computed from other columns. A selected field that is neither a column, a relation nor listed here
 * (a computed field resolver) makes the read take every column, so it always has what it needs.
 */
const COMPUTED_FROM: Record<string, readonly string[]> = {
  archived: ['archivedAt'],
  // StaffMember: the stored pension start.
  retirementDate: ['retiresOn'],
  __typename: [],
};

function columnsFor(columns: readonly RowColumn[], selection: Selection | null): RowColumn[] {
  if (!selection) return [...columns];
  const wanted = new Set(['id']);
  for (const field of selection.keys()) {
    const computed = COMPUTED_FROM[field];
    if (computed) computed.forEach((property) => wanted.add(property));
    else if (columns.some((column) => column.property === field)) wanted.add(field);
    else return [...columns];
  }
  return columns.filter((column) => wanted.has(column.property));
}

const tables = new Map<string, RowTable>();

export function rowTableOf(em: EntityManager, entity: string): RowTable {
  const known = tables.get(entity);
  if (known) return known;
  const meta = em.getMetadata().get(entity);
  const columns: RowColumn[] = [];
  const relations = new Map<string, RowRelation>();
  for (const prop of Object.values<EntityProperty>(meta.properties)) {
    const column = prop.fieldNames?.[0];
    if (!column || prop.persist === false || prop.lazy) continue;
    if (prop.kind === 'scalar') {
      columns.push({ property: prop.name, column, convert: converterOf(prop), relation: false });
    } else if (prop.kind === 'm:1') {
      columns.push({ property: prop.name, column, convert: asIs, relation: true });
      relations.set(prop.name, { property: prop.name, column, target: prop.type });
    }
  }
  const table: RowTable = {
    entity,
    table: meta.tableName,
    columns,
    relations,
    columnsFor: (selection) => columnsFor(columns, selection),
  };
  tables.set(entity, table);
  return table;
}
