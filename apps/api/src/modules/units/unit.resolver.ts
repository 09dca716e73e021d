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
import { Kecamatan } from '../kecamatans/kecamatan.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { Unit } from './unit.entity.js';
import { CreateUnitInput, UnitsArgs, UpdateUnitInput } from './unit.inputs.js';

export const UnitConnection = connectionOf('Unit', Unit);

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => UnitConnection, {
    description: 'Units (OPDs and their sub-units), paged; archived only when asked.',
  })
  units(
    @Args(() => UnitsArgs) args: UnitsArgs,
    @Ctx() { services }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return services.units.list(args, nodeSelectionOf(info));
  }

  @Query(() => Unit, { nullable: true })
  unit(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.units.get(id);
  }

  // A list joins the relations it selects; entities and unjoined ids load in one batch per relation.
  @FieldResolver(() => Unit, { nullable: true })
  parent(@Root() unit: Unit | Row<Unit>, @Ctx() { loaders }: Context) {
    return loaders.related<Unit>('Unit', unit.parent);
  }

  @FieldResolver(() => Sector)
  sector(@Root() unit: Unit | Row<Unit>, @Ctx() { loaders }: Context) {
    return loaders.related<Sector>('Sector', unit.sector);
  }

  @FieldResolver(() => Kecamatan, { nullable: true })
  kecamatan(@Root() unit: Unit | Row<Unit>, @Ctx() { loaders }: Context) {
    return loaders.related<Kecamatan>('Kecamatan', unit.kecamatan);
  }

  @FieldResolver(() => Boolean)
  archived(@Root() unit: { archivedAt: Date | null }): boolean {
    return archivedOf(unit);
  }

  @Authorized('ADMIN')
  @Mutation(() => Unit)
  createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() { services }: Context) {
    return services.units.create(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Unit)
  updateUnit(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUnitInput) input: UpdateUnitInput,
    @Ctx() { services }: Context,
  ) {
    return services.units.update(id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Unit, {
    description: 'Archives a unit; refused while it has active positions or sub-units.',
  })
  archiveUnit(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.units.archive(id);
  }
}
