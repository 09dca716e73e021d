import { type AnalysisStatus, type DemandSignal, type PjGrade } from '@formasi/core';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageArgs } from '../../common/connection.js';
import { AnalysisStatusEnum, DemandSignalEnum, PjGradeEnum } from '../../common/enums.js';
import { Position } from '../positions/position.entity.js';
import { type PositionNeed } from './position-need.entity.js';
import { WorkloadItem } from './workload-item.entity.js';

/** A position's need as computed from its workload rows and service standard with the year's configuration. */
@ObjectType('PositionNeed')
export class PositionNeedView {
  @Field(() => ID) id!: string;
  entity!: PositionNeed;
  @Field(() => [WorkloadItem]) workloadItems!: WorkloadItem[];
  @Field(() => Float) workloadHours!: number;
  @Field(() => Float, { description: 'Σ(volume × norm minutes) / (effective hours × 60), unrounded.' })
  workloadFte!: number;
  @Field(() => Float, { nullable: true }) standardNeed!: number | null;
  @Field(() => String, { nullable: true }) standardBasis!: string | null;
  @Field(() => DemandSignalEnum, { nullable: true }) demandChoice!: DemandSignal | null;
  @Field(() => String, { nullable: true }) demandNote!: string | null;
  @Field(() => Float, { description: 'The need used: the chosen signal, or the larger one.' }) need!: number;
  @Field(() => DemandSignalEnum) signal!: DemandSignal;
  @Field(() => String) signalReason!: string;
  @Field(() => Int, { description: 'The need rounded with the year’s rounding rule.' }) headcount!: number;
  @Field(() => Int, {
    description:
      'Staff in post in this position on the eve of the planning year (holders past their pension date do not count).',
  })
  bezetting!: number;
  @Field(() => Float, { nullable: true, description: 'EJ = workload hours / (bezetting × effective hours).' })
  effectiveness!: number | null;
  @Field(() => PjGradeEnum, { nullable: true }) pjGrade!: PjGrade | null;
}

@ObjectType()
export class PositionNeedComparison {
  @Field(() => Position) position!: Position;
  @Field(() => Float, { nullable: true }) fromNeed!: number | null;
  @Field(() => Int, { nullable: true }) fromHeadcount!: number | null;
  @Field(() => Float, { nullable: true }) toNeed!: number | null;
  @Field(() => Int, { nullable: true }) toHeadcount!: number | null;
  @Field(() => Float, { description: 'toNeed − fromNeed (a missing side counts as 0).' }) delta!: number;
}

@ObjectType({ description: 'How many units’ newest analyses of a year are at one workflow status.' })
export class AnalysisStatusCount {
  @Field(() => AnalysisStatusEnum) status!: AnalysisStatus;
  @Field(() => Int) count!: number;
}

@InputType()
export class NeedsAnalysisFilter {
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => AnalysisStatusEnum, { nullable: true }) status?: AnalysisStatus | null;
  @Field(() => Boolean, { nullable: true, description: 'Only the newest version per unit and year.' })
  latestOnly?: boolean | null;
}

@ArgsType()
export class NeedsAnalysesArgs extends PageArgs {
  @Field(() => NeedsAnalysisFilter, { nullable: true }) filter?: NeedsAnalysisFilter | null;
}

@InputType()
export class WorkloadItemInput {
  @Field(() => String) task!: string;
  @Field(() => String) outputUnit!: string;
  @Field(() => Float) annualVolume!: number;
  @Field(() => Float) normMinutes!: number;
}

@InputType()
export class SavePositionNeedInput {
  @Field(() => ID) analysisId!: string;
  @Field(() => ID) positionId!: string;
  @Field(() => [WorkloadItemInput]) workloadItems!: WorkloadItemInput[];
  @Field(() => Float, { nullable: true }) standardNeed?: number | null;
  @Field(() => String, { nullable: true }) standardBasis?: string | null;
  @Field(() => DemandSignalEnum, { nullable: true }) demandChoice?: DemandSignal | null;
  @Field(() => String, { nullable: true }) demandNote?: string | null;
}
