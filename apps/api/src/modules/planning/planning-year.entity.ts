import { Entity, type Opt, Property, Unique } from '@mikro-orm/core';
import {
  DEFAULT_PRIORITY_WEIGHTS,
  type PositionKind,
  type PriorityWeights,
  type RoundingRule,
} from '@formasi/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { RoundingRuleEnum } from '../../common/enums.js';

export type SectorPriorityRow = { sectorId: string; priority: number; urgent: boolean; note: string | null };
export type AverageCostRow = { kind: PositionKind; annualCost: number };

/** A planning year's configuration, set by BKPSDM: effective hours, rounding, priority weights and budget figures. */
@ObjectType()
@Entity({ tableName: 'planning_year' })
export class PlanningYear extends BaseEntity {
  @Field(() => Int)
  @Property({ type: 'integer' })
  @Unique()
  year!: number;

  @Field(() => Int, { description: 'Waktu kerja efektif per year (1,250 h under PermenPANRB 1/2020).' })
  @Property({ type: 'integer' })
  effectiveHours: Opt<number> = 1250;

  @Field(() => RoundingRuleEnum)
  @Property({ type: 'string', length: 16 })
  roundingRule: Opt<RoundingRule> = 'HALF_UP';

  @Property({ type: 'json' })
  priorityWeights: Opt<PriorityWeights> = { ...DEFAULT_PRIORITY_WEIGHTS };

  @Property({ type: 'json' })
  sectorPriorities: Opt<SectorPriorityRow[]> = [];

  @Property({ type: 'json' })
  averageCosts: Opt<AverageCostRow[]> = [];

  @Field(() => Float, { nullable: true, description: 'Total regional spending (belanja APBD), rupiah.' })
  @Property({ type: 'double', nullable: true })
  totalSpending: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Personnel spending (belanja pegawai), rupiah.' })
  @Property({ type: 'double', nullable: true })
  personnelSpending: number | null = null;

  @Field(() => Float, { nullable: true, description: 'TKD teacher allowances, excluded from the 30% cap.' })
  @Property({ type: 'double', nullable: true })
  excludedTeacherAllowances: number | null = null;
}
