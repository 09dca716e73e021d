import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';

/** A kecamatan (district) of the region, keyed by its Kemendagri code (e.g. 13.73.01), not the BPS code. */
@ObjectType()
@Entity({ tableName: 'kecamatan' })
export class Kecamatan extends BaseEntity {
  @Field(() => String, { description: 'Kemendagri region code, e.g. 13.73.01 (BPS codes differ).' })
  @Property({ type: 'string', length: 20 })
  @Unique()
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;
}
