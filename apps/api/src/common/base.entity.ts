import { randomUUID } from 'node:crypto';
import { type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** Columns every stored row has: a UUID (safe to mint on any replica) and audit timestamps. */
@ObjectType()
export abstract class BaseEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

/**
 * Rows that are archived instead of deleted, so history (needs, applications) keeps its references. Their
 * resolvers expose `archived` through `archivedOf` (a method here would make type-graphql build an entity for
 * every list row it resolves).
 */
@ObjectType()
export abstract class ArchivableEntity extends BaseEntity {
  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  archivedAt: Opt<Date> | null = null;
}

/** The `archived` field of an archivable entity or list row. */
export const archivedOf = (row: { archivedAt: Date | null }): boolean => row.archivedAt !== null;
