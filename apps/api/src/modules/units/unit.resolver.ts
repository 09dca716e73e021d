import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import { type Context } from '../../context.js';
import { Kecamatan } from '../kecamatans/kecamatan.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { Unit } from './unit.entity.js';
import { CreateUnitInput, UnitsArgs, UpdateUnitInput } from './unit.inputs.js';
import { UnitService } from './unit.service.js';

export const UnitConnection = connectionOf('Unit', Unit);

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => UnitConnection, {
    description: 'Units (OPDs and their sub-units), paged; archived only when asked.',
  })
  units(@Args(() => UnitsArgs) args: UnitsArgs, @Ctx() { em }: Context) {
    return new UnitService(em).list(args);
  }

  @Query(() => Unit, { nullable: true })
  unit(@Arg('id', () => ID) id: string, @Ctx() { em }: Context) {
    return new UnitService(em).get(id);
  }

  // Relations load through MikroORM's dataloader: a page of units costs one query per relation, not per row.
  @FieldResolver(() => Unit, { nullable: true })
  parent(@Root() unit: Unit): Promise<Unit> | null {
    return unit.parent ? unit.parent.loadOrFail({ dataloader: true }) : null;
  }

  @FieldResolver(() => Sector)
  sector(@Root() unit: Unit): Promise<Sector> {
    return unit.sector.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Kecamatan, { nullable: true })
  kecamatan(@Root() unit: Unit): Promise<Kecamatan> | null {
    return unit.kecamatan ? unit.kecamatan.loadOrFail({ dataloader: true }) : null;
  }

  @Authorized('ADMIN')
  @Mutation(() => Unit)
  createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() { em }: Context) {
    return new UnitService(em).create(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Unit)
  updateUnit(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUnitInput) input: UpdateUnitInput,
    @Ctx() { em }: Context,
  ) {
    return new UnitService(em).update(id, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Unit, {
    description: 'Archives a unit; refused while it has active positions or sub-units.',
  })
  archiveUnit(@Arg('id', () => ID) id: string, @Ctx() { em }: Context) {
    return new UnitService(em).archive(id);
  }
}
