import { type Row } from '../../common/row-table.js';
import { type PositionKind } from '@formasi/core';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PositionKindEnum, RoundingRuleEnum } from '../../common/enums.js';
import { Sector } from '../sectors/sector.entity.js';

@ObjectType({ description: 'Weights BKPSDM gives the priority factors for a planning year.' })
export class PriorityWeightsType {
  @Field(() => Float) sectorPriority!: number;
  @Field(() => Float) severity!: number;
  @Field(() => Float) serviceImpact!: number;
  @Field(() => Float) retirements!: number;
  @Field(() => Float) stakeholder!: number;
}

@ObjectType('SectorPriority')
export class SectorPriorityType {
  /** The sector entity or its plain row (read through the request's related loader). */
  @Field(() => Sector) sector!: Sector | Row<Sector>;
  @Field(() => Float, { description: '0..1' }) priority!: number;
  @Field(() => Boolean, { description: 'Declared urgent for this year (e.g. heritage tourism).' })
  urgent!: boolean;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('AverageCost')
export class AverageCostType {
  @Field(() => PositionKindEnum) kind!: PositionKind;
  @Field(() => Float, { description: 'Average annual cost of one civil servant of this kind, rupiah.' })
  annualCost!: number;
}

@ObjectType('BudgetHeadroom', {
  description: 'Belanja pegawai against the 30% cap (UU HKPD 1/2022 Ps. 146).',
})
export class BudgetHeadroomType {
  @Field(() => Float) cap!: number;
  @Field(() => Float) currentShare!: number;
  @Field(() => Float) plannedCost!: number;
  @Field(() => Float) projectedShare!: number;
  @Field(() => Float, { description: 'Rupiah left under the cap after the plan; negative when over.' })
  headroom!: number;
  @Field(() => Boolean) exceedsCap!: boolean;
  @Field(() => String) explanation!: string;
}

@InputType()
export class PriorityWeightsInput {
  @Field(() => Float) sectorPriority!: number;
  @Field(() => Float) severity!: number;
  @Field(() => Float) serviceImpact!: number;
  @Field(() => Float) retirements!: number;
  @Field(() => Float) stakeholder!: number;
}

@InputType()
export class SectorPriorityInput {
  @Field(() => ID) sectorId!: string;
  @Field(() => Float) priority!: number;
  @Field(() => Boolean) urgent!: boolean;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class AverageCostInput {
  @Field(() => PositionKindEnum) kind!: PositionKind;
  @Field(() => Float) annualCost!: number;
}

@InputType({ description: 'Omitted fields keep their value (or the default for a new year).' })
export class PlanningYearInput {
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true }) effectiveHours?: number | null;
  @Field(() => RoundingRuleEnum, { nullable: true }) roundingRule?: 'HALF_UP' | 'CEIL' | 'FLOOR' | null;
  @Field(() => PriorityWeightsInput, { nullable: true }) priorityWeights?: PriorityWeightsInput | null;
  @Field(() => [SectorPriorityInput], { nullable: true }) sectorPriorities?: SectorPriorityInput[] | null;
  @Field(() => Float, { nullable: true }) totalSpending?: number | null;
  @Field(() => Float, { nullable: true }) personnelSpending?: number | null;
  @Field(() => Float, { nullable: true }) excludedTeacherAllowances?: number | null;
  @Field(() => [AverageCostInput], { nullable: true }) averageCosts?: AverageCostInput[] | null;
}
