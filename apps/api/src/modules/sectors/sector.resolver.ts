import { type GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { nodeSelectionOf } from '../../common/selection.js';
import { connectionOf } from '../../common/connection.js';
import { archivedOf } from '../../common/base.entity.js';
import { type Context } from '../../context.js';
import { Sector } from './sector.entity.js';
import { CreateSectorInput, SectorsArgs, UpdateSectorInput } from './sector.inputs.js';

export const SectorConnection = connectionOf('Sector', Sector);

@Resolver(() => Sector)
export class SectorResolver {
  @Query(() => SectorConnection, { description: 'Sectors, paged; archived ones only when asked.' })
  sectors(
    @Args(() => SectorsArgs) args: SectorsArgs,
    @Ctx() { services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.sectors.list(args, nodeSelectionOf(info));
  }

  @Query(() => Sector, { nullable: true })
  sector(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.sectors.get(id);
  }

  @FieldResolver(() => Boolean)
  archived(@Root() sector: { archivedAt: Date | null }): boolean {
    return archivedOf(sector);
  }

  @Authorized('ADMIN')
  @Mutation(() => Sector)
  createSector(
    @Arg('input', () => CreateSectorInput) input: CreateSectorInput,
    @Ctx() { services }: Context,
  ) {
    return services.sectors.create(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Sector)
  updateSector(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSectorInput) input: UpdateSectorInput,
    @Ctx() { services }: Context,
  ) {
    return services.sectors.update(id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Sector, { description: 'Archives a sector; refused while it has active units.' })
  archiveSector(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.sectors.archive(id);
  }
}
