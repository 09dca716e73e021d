import { type StakeholderSource } from '@formasi/core';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { StakeholderSourceEnum } from '../../common/enums.js';

@InputType()
export class StakeholderInputInput {
  @Field(() => Int) year!: number;
  @Field(() => StakeholderSourceEnum) source!: StakeholderSource;
  @Field(() => String) submittedBy!: string;
  @Field(() => String) summary!: string;
  @Field(() => ID, { nullable: true }) sectorId?: string | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => ID, { nullable: true }) positionId?: string | null;
  @Field(() => Float, { description: '0..1' }) proposedWeight!: number;
}
