import {
  Collection,
  Entity,
  ManyToOne,
  OneToMany,
  type Opt,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { type DemandSignal } from '@formasi/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { DemandSignalEnum } from '../../common/enums.js';
import { Position } from '../positions/position.entity.js';
import { NeedsAnalysis } from './needs-analysis.entity.js';
import { WorkloadItem } from './workload-item.entity.js';

/** One position's need inside an analysis: its workload items and, where one applies, a service-standard need. */
@ObjectType()
@Entity({ tableName: 'position_need' })
@Unique({ properties: ['analysis', 'position'] })
export class PositionNeed extends BaseEntity {
  @ManyToOne(() => NeedsAnalysis, { ref: true, deleteRule: 'cascade' })
  analysis!: Ref<NeedsAnalysis>;

  @ManyToOne(() => Position, { ref: true, index: true })
  position!: Ref<Position>;

  @Field(() => Float, {
    nullable: true,
    description: 'Need from a service standard (rombel/JP, puskesmas standard, ratio).',
  })
  @Property({ type: 'double', nullable: true })
  standardNeed: number | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'How the service-standard need was computed, e.g. "12 rombel × 4 JP / 24".',
  })
  @Property({ type: 'text', nullable: true })
  standardBasis: string | null = null;

  @Field(() => DemandSignalEnum, {
    nullable: true,
    description: 'An explicit choice of demand signal; null = the larger.',
  })
  @Property({ type: 'string', length: 24, nullable: true })
  demandChoice: DemandSignal | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  demandNote: string | null = null;

  @OneToMany(() => WorkloadItem, (item) => item.positionNeed, {
    orphanRemoval: true,
    orderBy: { sortOrder: 'asc' },
  })
  workloadItems = new Collection<WorkloadItem>(this);

  @Property({ type: 'integer' })
  sortOrder: Opt<number> = 0;
}
