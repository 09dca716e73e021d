import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import { type Context } from '../../context.js';
import { Sector } from '../sectors/sector.entity.js';
import { Unit } from '../units/unit.entity.js';
import { Position } from './position.entity.js';
import { CreatePositionInput, PositionsArgs, UpdatePositionInput } from './position.inputs.js';
import { PositionService } from './position.service.js';

export const PositionConnection = connectionOf('Position', Position);

@Resolver(() => Position)
export class PositionResolver {
  @Query(() => PositionConnection, {
    description: 'Positions (jabatan per unit), paged; archived only when asked.',
  })
  positions(@Args(() => PositionsArgs) args: PositionsArgs, @Ctx() { em }: Context) {
    return new PositionService(em).list(args);
  }

  @Query(() => Position, { nullable: true })
  position(@Arg('id', () => ID) id: string, @Ctx() { em }: Context) {
    return new PositionService(em).get(id);
  }

  // Batched through MikroORM's dataloader: one query per relation for a whole page.
  @FieldResolver(() => Unit)
  unit(@Root() position: Position): Promise<Unit> {
    return position.unit.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Sector)
  sector(@Root() position: Position): Promise<Sector> {
    return position.sector.loadOrFail({ dataloader: true });
  }

  @Authorized('ADMIN')
  @Mutation(() => Position)
  createPosition(
    @Arg('input', () => CreatePositionInput) input: CreatePositionInput,
    @Ctx() { em }: Context,
  ) {
    return new PositionService(em).create(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Position)
  updatePosition(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePositionInput) input: UpdatePositionInput,
    @Ctx() { em }: Context,
  ) {
    return new PositionService(em).update(id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Position)
  archivePosition(@Arg('id', () => ID) id: string, @Ctx() { em }: Context) {
    return new PositionService(em).archive(id);
  }
}
