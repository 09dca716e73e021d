import { type GapKind, type PositionKind } from '@formasi/core';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../common/connection.js';
import { GapKindEnum, PositionKindEnum } from '../../common/enums.js';

export const GapGroupBy = {
  REGION: 'REGION',
  SECTOR: 'SECTOR',
  UNIT: 'UNIT',
  KECAMATAN: 'KECAMATAN',
  POSITION: 'POSITION',
} as const;
export type GapGroupBy = keyof typeof GapGroupBy;
registerEnumType(GapGroupBy, {
  name: 'GapGroupBy',
  description: 'REGION is the one total of the whole region; POSITION groups by jabatan name across units.',
});

export const GapSort = { PRIORITY_DESC: 'PRIORITY_DESC', SIZE_DESC: 'SIZE_DESC' } as const;
export type GapSort = keyof typeof GapSort;
registerEnumType(GapSort, { name: 'GapSort' });

@ObjectType()
export class PriorityFactor {
  @Field(() => String) factor!: string;
  @Field(() => Float, { description: '0..1' }) value!: number;
  @Field(() => Float) weight!: number;
  @Field(() => Float, { description: 'Points of the 0..100 score.' }) contribution!: number;
  @Field(() => String) explanation!: string;
}

@ObjectType()
export class ExplanationStep {
  @Field(() => String, {
    description: 'Stable key (NEED, ROUNDING, STAFF, LEAVING, …) for translated labels.',
  })
  key!: string;
  @Field(() => String) label!: string;
  @Field(() => String) formula!: string;
  @Field(() => Float) value!: number;
}

@ObjectType()
export class GapOutlookYear {
  @Field(() => Int) year!: number;
  @Field(() => Int) leavingInYear!: number;
  @Field(() => Int) leavingByYear!: number;
  @Field(() => Int) projectedStaff!: number;
  @Field(() => Float, { description: 'headcount − projected staff at the end of that year.' }) gap!: number;
}

@ObjectType({
  description: 'Need against supply for one position in one unit, with its priority and its reasons.',
})
export class Gap {
  // id, position, unit, sector, kecamatan and the texts are field resolvers over the stored row (gap.resolver.ts).
  @Field(() => Int) year!: number;
  @Field(() => Float, { description: 'Unrounded need (FTE) from the demand signal used.' }) need!: number;
  @Field(() => Int) headcount!: number;
  @Field(() => Int) staff!: number;
  @Field(() => Int, { description: 'Leaving by the end of the horizon year.' }) leaving!: number;
  @Field(() => Int) projectedStaff!: number;
  @Field(() => Float, { description: 'headcount − (staff − leaving): positive = kekurangan.' }) gap!: number;
  @Field(() => GapKindEnum) kind!: GapKind;
  @Field(() => Float, { description: '0..100' }) priority!: number;
  @Field(() => [GapOutlookYear], { description: 'The next five years.' }) outlook!: GapOutlookYear[];
}

@ObjectType()
export class GapSummaryRow {
  @Field(() => ID) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Float) need!: number;
  @Field(() => Int) staff!: number;
  @Field(() => Int) leaving!: number;
  @Field(() => Int) projectedStaff!: number;
  @Field(() => Float, { description: 'Σ positive gaps (kekurangan).' }) shortage!: number;
  @Field(() => Float, { description: 'Σ negative gaps as a positive number (kelebihan).' }) surplus!: number;
  @Field(() => Float, { description: 'shortage − surplus.' }) net!: number;
  @Field(() => Int) gapCount!: number;
}

@ObjectType()
export class RetirementWaveYear {
  @Field(() => Int) year!: number;
  @Field(() => Int) retirements!: number;
  @Field(() => Int) contractEnds!: number;
  @Field(() => Int) transfers!: number;
  @Field(() => Int) total!: number;
}

@InputType()
export class GapFilter {
  @Field(() => ID, { nullable: true }) sectorId?: string | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => ID, { nullable: true }) kecamatanId?: string | null;
  @Field(() => PositionKindEnum, { nullable: true }) positionKind?: PositionKind | null;
  @Field(() => GapKindEnum, { nullable: true }) gapKind?: GapKind | null;
  @Field(() => Float, { nullable: true }) minPriority?: number | null;
  @Field(() => Float, { nullable: true }) maxPriority?: number | null;
  @Field(() => String, { nullable: true, description: 'Matches the position or unit name.' }) search?:
    string | null;
}

@ArgsType()
export class GapsArgs extends PageArgs {
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Years ahead (0..4) for `leaving`.' })
  horizon?: number | null;
  @Field(() => GapFilter, { nullable: true }) filter?: GapFilter | null;
  @Field(() => GapSort, { nullable: true, defaultValue: 'PRIORITY_DESC' }) sort?: GapSort | null;
}
