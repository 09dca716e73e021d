import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { type StakeholderSource } from '@formasi/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { StakeholderSourceEnum } from '../../common/enums.js';
import { Position } from '../positions/position.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { Unit } from '../units/unit.entity.js';

/**
 * Input from the community, a unit or an education institution about a need. It counts in the priority only once
 * BKPSDM has confirmed a weight.
 */
@ObjectType()
@Entity({ tableName: 'stakeholder_input' })
// The year's inputs, newest first.
@Index({ properties: ['year', 'createdAt'] })
export class StakeholderInput extends BaseEntity {
  @Field(() => Int)
  @Property({ type: 'integer' })
  @Index()
  year!: number;

  @Field(() => StakeholderSourceEnum)
  @Property({ type: 'string', length: 16 })
  source!: StakeholderSource;

  @Field(() => String, { description: 'Who said it: a forum, a unit, a university.' })
  @Property({ type: 'string', length: 200 })
  submittedBy!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  summary!: string;

  @ManyToOne(() => Sector, { ref: true, nullable: true })
  sector: Ref<Sector> | null = null;

  @ManyToOne(() => Unit, { ref: true, nullable: true })
  unit: Ref<Unit> | null = null;

  @ManyToOne(() => Position, { ref: true, nullable: true })
  position: Ref<Position> | null = null;

  @Field(() => Float, { description: 'Weight proposed when the input was recorded, 0..1.' })
  @Property({ type: 'double' })
  proposedWeight!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Weight confirmed by BKPSDM, 0..1; null until confirmed.',
  })
  @Property({ type: 'double', nullable: true })
  confirmedWeight: number | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  confirmedAt: Date | null = null;
}
