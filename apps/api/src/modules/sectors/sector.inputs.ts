import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';

export const SectorSort = {
  NAME_ASC: 'NAME_ASC',
  NAME_DESC: 'NAME_DESC',
  CODE_ASC: 'CODE_ASC',
  UPDATED_DESC: 'UPDATED_DESC',
} as const;
export type SectorSort = keyof typeof SectorSort;
registerEnumType(SectorSort, { name: 'SectorSort' });

@InputType()
export class SectorFilter {
  @Field(() => String, { nullable: true, description: 'Matches code or name, case-insensitively.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include archived sectors (default false).' })
  includeArchived?: boolean | null;
}

@ArgsType()
export class SectorsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, at most 100.' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Rows to skip (page-number UIs); ignored with `after`.' })
  offset?: number | null;

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
