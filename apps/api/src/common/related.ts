import { type EntityManager, Reference } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { type PlainRow, rowsById } from './row-query.js';
import { type Row } from './row-table.js';

/** A many-to-one value as an entity or a list row holds it. */
export type RelatedValue<T extends object> = Reference<T> | Row<T> | string | null;

/** Loads the target of a relation for field resolvers, whether the parent is an entity or a list row. */
export type RelatedLoader = <T extends object>(
  entity: string,
  value: RelatedValue<T>,
) => Promise<T | Row<T> | null> | Row<T> | null;

/**
 * Rows a list joined come as they are; an id the list did not join loads with every other id of the request in
 * one statement per entity; an entity's reference loads through MikroORM's dataloader.
 */
export function createRelatedLoader(em: EntityManager): RelatedLoader {
  const byEntity = new Map<string, DataLoader<string, PlainRow | null>>();
  const loaderOf = (entity: string) => {
    let loader = byEntity.get(entity);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows = await rowsById(em, entity, ids);
        return ids.map((id) => rows.get(id) ?? null);
      });
      byEntity.set(entity, loader);
    }
    return loader;
  };
  return <T extends object>(entity: string, value: RelatedValue<T>) => {
    if (value === null) return null;
    if (typeof value === 'string') return loaderOf(entity).load(value) as Promise<Row<T> | null>;
    if (value instanceof Reference) return value.loadOrFail({ dataloader: true });
    return value;
  };
}
