import { type EntityManager, type EntityName, type FilterQuery } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { DomainError, issue } from '@formasi/core';
import { NotFoundError } from './errors.js';

type Archivable = { id: string; archivedAt: Date | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client-sent id can name a row at all (ids are UUIDs). */
export const isUuid = (id: string): boolean => UUID.test(id);

/**
 * The row a client-sent id names, or null. Ids are UUIDs, and PostgreSQL refuses to compare a uuid column with
 * anything else, so a malformed id is "no such row" without asking the database (the same on SQLite).
 */
export function findById<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  id: string,
): Promise<T | null> {
  return isUuid(id) ? em.findOne(entity, { id } as FilterQuery<T>) : Promise.resolve(null);
}

/** Loads a row named by a mutation's target id, or answers NOT_FOUND. */
export async function findOrFail<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  label: string,
  id: string,
): Promise<T> {
  const row = await findById(em, entity, id);
  if (!row) throw new NotFoundError(label, id);
  return row;
}

/**
 * Loads a row an input field refers to (e.g. sectorId): a missing or archived row is a bad input of that field.
 */
export async function findActiveReference<T extends Archivable>(
  em: EntityManager,
  entity: EntityName<T>,
  label: string,
  field: string,
  id: string,
): Promise<T> {
  const row = await findById(em, entity, id);
  if (!row) throw new DomainError([issue(field, 'NOT_FOUND', `${field}: ${label} ${id} does not exist.`)]);
  if (row.archivedAt)
    throw new DomainError([issue(field, 'ARCHIVED', `${field}: ${label} ${id} is archived.`)]);
  return row;
}

/**
 * A case-insensitive "contains" condition, or undefined for a blank search. PostgreSQL needs ILIKE; SQLite's LIKE
 * is already case-insensitive and has no ILIKE.
 */
export function containsText(
  em: EntityManager,
  search: string | null | undefined,
): { $ilike: string } | { $like: string } | undefined {
  const term = search?.trim();
  if (!term) return undefined;
  const pattern = `%${term}%`;
  return em.getPlatform() instanceof PostgreSqlPlatform ? { $ilike: pattern } : { $like: pattern };
}
