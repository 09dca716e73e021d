import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { Public } from '../../auth/authorization.js';
import { type Context } from '../../context.js';

@ObjectType({ description: 'The region this installation serves, as the admin shows it. Public.' })
export class Region {
  @Field({ description: 'e.g. "Kota Sawahlunto" (FORMASI_REGION_NAME).' })
  name!: string;

  @Field({ description: 'The personnel agency, e.g. "BKPSDM" (FORMASI_AGENCY_NAME).' })
  agency!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the region’s emblem is served (FORMASI_REGION_EMBLEM), or null when none is configured.',
  })
  emblemUrl!: string | null;
}

@Resolver(() => Region)
export class RegionResolver {
  @Public()
  @Query(() => Region, {
    description: 'The region’s name, agency and emblem. Public: the sign-in page shows them.',
  })
  region(@Ctx() context: Context): Region {
    return context.region;
  }
}
