import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import { type Context } from '../../context.js';
import { Sector } from './sector.entity.js';
import { CreateSectorInput, SectorsArgs, UpdateSectorInput } from './sector.inputs.js';
import { SectorService } from './sector.service.js';

export const SectorConnection = connectionOf('Sector', Sector);

@Resolver(() => Sector)
export class SectorResolver {
  @Query(() => SectorConnection, { description: 'Sectors, paged; archived ones only when asked.' })
  sectors(@Args(() => SectorsArgs) args: SectorsArgs, @Ctx() { em }: Context) {
    return new SectorService(em).list(args);
  }

  @Query(() => Sector, { nullable: true })
  sector(@Arg('id', () => ID) id: string, @Ctx() { em }: Context) {
    return new SectorService(em).get(id);
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
