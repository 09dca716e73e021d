import { type EducationLevel, type Licence, type PositionKind, type PositionLevel } from '@formasi/core';
import { ArgsType, Field, Float, ID, InputType, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../common/connection.js';
import { EducationLevelEnum, LicenceEnum, PositionKindEnum, PositionLevelEnum } from '../../common/enums.js';

export const PositionSort = {
  NAME_ASC: 'NAME_ASC',
  NAME_DESC: 'NAME_DESC',
  UNIT_ASC: 'UNIT_ASC',
  UPDATED_DESC: 'UPDATED_DESC',
} as const;
export type PositionSort = keyof typeof PositionSort;
registerEnumType(PositionSort, { name: 'PositionSort' });

@InputType()
export class PositionFilter {
  @Field(() => String, { nullable: true, description: 'Matches the position name, case-insensitively.' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  sectorId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => PositionKindEnum, { nullable: true })
  kind?: PositionKind | null;

  @Field(() => PositionLevelEnum, { nullable: true })
  level?: PositionLevel | null;

  @Field(() => Boolean, { nullable: true, description: 'Include archived positions (default false).' })
  includeArchived?: boolean | null;
}

@ArgsType()
export class PositionsArgs extends PageArgs {
  @Field(() => PositionFilter, { nullable: true })
  filter?: PositionFilter | null;

  @Field(() => PositionSort, { nullable: true, defaultValue: 'NAME_ASC' })
  sort?: PositionSort | null;
}

@InputType()
export class CreatePositionInput {
  @Field(() => String)
  name!: string;

  @Field(() => PositionKindEnum)
  kind!: PositionKind;

  @Field(() => PositionLevelEnum)
  level!: PositionLevel;

  @Field(() => ID)
  unitId!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  isTeacher?: boolean | null;

  @Field(() => [EducationLevelEnum])
  educationLevels!: EducationLevel[];

  @Field(() => [String], { nullable: true, defaultValue: [] })
  studyPrograms?: string[] | null;

  @Field(() => [LicenceEnum], { nullable: true, defaultValue: [] })
  licences?: Licence[] | null;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  competencies?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Float, { nullable: true, description: 'People one holder should serve (null clears).' })
  servedPerStaffBenchmark?: number | null;
}

@InputType({ description: 'Omitted fields keep their value.' })
export class UpdatePositionInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => PositionKindEnum, { nullable: true })
  kind?: PositionKind | null;

  @Field(() => PositionLevelEnum, { nullable: true })
  level?: PositionLevel | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true })
  isTeacher?: boolean | null;

  @Field(() => [EducationLevelEnum], { nullable: true })
  educationLevels?: EducationLevel[] | null;

  @Field(() => [String], { nullable: true })
  studyPrograms?: string[] | null;

  @Field(() => [LicenceEnum], { nullable: true })
  licences?: Licence[] | null;

  @Field(() => [String], { nullable: true })
  competencies?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Float, { nullable: true, description: 'People one holder should serve (null clears).' })
  servedPerStaffBenchmark?: number | null;
}
