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
import { type Row } from '../../common/row-table.js';
import { nodeSelectionOf } from '../../common/selection.js';
import { connectionOf } from '../../common/connection.js';
import { archivedOf } from '../../common/base.entity.js';
import { type Context } from '../../context.js';
import { Sector } from '../sectors/sector.entity.js';
import { Unit } from '../units/unit.entity.js';
import { Position } from './position.entity.js';
import { CreatePositionInput, PositionsArgs, UpdatePositionInput } from './position.inputs.js';

export const PositionConnection = connectionOf('Position', Position);

@Resolver(() => Position)
export class PositionResolver {
  @Query(() => PositionConnection, {
    description: 'Positions (jabatan per unit), paged; archived only when asked.',
  })
  positions(
    @Args(() => PositionsArgs) args: PositionsArgs,
    @Ctx() { services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.positions.list(args, nodeSelectionOf(info));
  }

  @Query(() => Position, { nullable: true })
  position(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.positions.get(id);
  }

  // A list joins the relations it selects; entities and unjoined ids load in one batch per relation.
  @FieldResolver(() => Unit)
  unit(@Root() position: Position | Row<Position>, @Ctx() { loaders }: Context) {
    return loaders.related<Unit>('Unit', position.unit);
  }

  @FieldResolver(() => Sector)
  sector(@Root() position: Position | Row<Position>, @Ctx() { loaders }: Context) {
    return loaders.related<Sector>('Sector', position.sector);
  }

  @FieldResolver(() => Boolean)
  archived(@Root() position: { archivedAt: Date | null }): boolean {
    return archivedOf(position);
  }

  @Authorized('ADMIN')
  @Mutation(() => Position)
  createPosition(
    @Arg('input', () => CreatePositionInput) input: CreatePositionInput,
    @Ctx() { services }: Context,
  ) {
    return services.positions.create(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Position)
  updatePosition(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePositionInput) input: UpdatePositionInput,
    @Ctx() { services }: Context,
  ) {
    return services.positions.update(id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Position)
  archivePosition(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.positions.archive(id);
  }
}
