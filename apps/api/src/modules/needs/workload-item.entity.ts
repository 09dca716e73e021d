import { Entity, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { PositionNeed } from './position-need.entity.js';

/** A row of uraian tugas: output, annual volume and time norm in minutes (PermenPANRB 1/2020). */
@ObjectType()
@Entity({ tableName: 'workload_item' })
export class WorkloadItem extends BaseEntity {
  @ManyToOne(() => PositionNeed, { ref: true, deleteRule: 'cascade', index: true })
  positionNeed!: Ref<PositionNeed>;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  task!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  outputUnit!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  annualVolume!: number;

  @Field(() => Float)
  @Property({ type: 'double' })
  normMinutes!: number;

  @Property({ type: 'integer' })
  sortOrder: Opt<number> = 0;

  @Field(() => Float, { description: 'annualVolume × normMinutes' })
  minutes(): number {
    return this.annualVolume * this.normMinutes;
  }
}
