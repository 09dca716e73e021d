import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ArchivableEntity } from '../../common/base.entity.js';

/** A government sector (pendidikan, kesehatan, …) that units and positions belong to. */
@ObjectType()
@Entity({ tableName: 'sector' })
export class Sector extends ArchivableEntity {
  @Field(() => String, { description: 'Stable upper-case code, e.g. PENDIDIKAN.' })
  @Property({ type: 'string', length: 32 })
  @Unique()
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;
}
