import { ArgsType, Field, InputType } from 'type-graphql';
import { type CodeNameSort, codeNameSortEnum } from '../../common/code-name-sort.js';
import { PageArgs } from '../../common/connection.js';

export const SectorSort = codeNameSortEnum('SectorSort');
export type SectorSort = CodeNameSort;

@InputType()
export class SectorFilter {
  @Field(() => String, { nullable: true, description: 'Matches code or name, case-insensitively.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include archived sectors (default false).' })
  includeArchived?: boolean | null;
}

@ArgsType()
export class SectorsArgs extends PageArgs {
  @Field(() => SectorFilter, { nullable: true })
  filter?: SectorFilter | null;

  @Field(() => SectorSort, { nullable: true, defaultValue: 'NAME_ASC' })
  sort?: SectorSort | null;
}

@InputType()
export class CreateSectorInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class UpdateSectorInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
