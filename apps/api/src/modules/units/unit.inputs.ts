import { type UnitKind } from '@formasi/core';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { type CodeNameSort, codeNameSortEnum } from '../../common/code-name-sort.js';
import { PageArgs } from '../../common/connection.js';
import { UnitKindEnum } from '../../common/enums.js';

export const UnitSort = codeNameSortEnum('UnitSort');
export type UnitSort = CodeNameSort;

@InputType()
export class UnitFilter {
  @Field(() => String, { nullable: true, description: 'Matches code or name, case-insensitively.' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  sectorId?: string | null;

  @Field(() => UnitKindEnum, { nullable: true })
  kind?: UnitKind | null;

  @Field(() => ID, { nullable: true })
  kecamatanId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Direct children of this unit.' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include archived units (default false).' })
  includeArchived?: boolean | null;
}

@ArgsType()
export class UnitsArgs extends PageArgs {
  @Field(() => UnitFilter, { nullable: true })
  filter?: UnitFilter | null;

  @Field(() => UnitSort, { nullable: true, defaultValue: 'NAME_ASC' })
  sort?: UnitSort | null;
}

@InputType()
export class CreateUnitInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => UnitKindEnum)
  kind!: UnitKind;

  @Field(() => ID)
  sectorId!: string;

  @Field(() => ID, { nullable: true, description: 'The parent unit; required for every kind but OPD.' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  kecamatanId?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => Int, { nullable: true, description: 'People or students served (null clears).' })
  servedPopulation?: number | null;
}

@InputType()
export class UpdateUnitInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => UnitKindEnum, { nullable: true })
  kind?: UnitKind | null;

  @Field(() => ID, { nullable: true })
  sectorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Null makes the unit top-level (OPD only); omit to keep.' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Null clears the kecamatan; omit to keep.' })
  kecamatanId?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => Int, { nullable: true, description: 'People or students served (null clears).' })
  servedPopulation?: number | null;
}
