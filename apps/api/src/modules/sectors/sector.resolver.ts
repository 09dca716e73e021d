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
import { SectorService } from './sector.service.js';

export const SectorConnection = connectionOf('Sector', Sector);

@Resolver(() => Sector)
export class SectorResolver {
  @Query(() => SectorConnection, { description: 'Sectors, paged; archived ones only when asked.' })
  sectors(
    @Args(() => SectorsArgs) args: SectorsArgs,
    @Ctx() { em }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return new SectorService(em).list(args, nodeSelectionOf(info));
  }

  @Query(() => Sector, { nullable: true })
  sector(@Arg('id', () => ID) id: string, @Ctx() { em }: Context) {
    return new SectorService(em).get(id);
  }

  @FieldResolver(() => Boolean)
  archived(@Root() sector: { archivedAt: Date | null }): boolean {
    return archivedOf(sector);
  }

  @Authorized('ADMIN')
  @Mutation(() => Sector)
  createSector(@Arg('input', () => CreateSectorInput) input: CreateSectorInput, @Ctx() { em }: Context) {
    return new SectorService(em).create(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Sector)
  updateSector(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSectorInput) input: UpdateSectorInput,
    @Ctx() { em }: Context,
  ) {
    return new SectorService(em).update(id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Sector, { description: 'Archives a sector; refused while it has active units.' })
  archiveSector(@Arg('id', () => ID) id: string, @Ctx() { em }: Context) {
    return new SectorService(em).archive(id);
  }
}
