import { type GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { type Row } from '../../common/row-table.js';
import { selectionOf } from '../../common/selection.js';
import { type Context } from '../../context.js';
import { Position } from '../positions/position.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { Unit } from '../units/unit.entity.js';
import { StakeholderInput } from './stakeholder-input.entity.js';
import { StakeholderInputInput } from './stakeholder.types.js';

@Resolver(() => StakeholderInput)
export class StakeholderInputResolver {
  @Query(() => [StakeholderInput], {
    description: 'Community, unit and institution inputs of a planning year.',
  })
  stakeholderInputs(
    @Arg('year', () => Int) year: number,
    @Ctx() { services }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Row<StakeholderInput>[]> {
    return services.stakeholders.list(year, selectionOf(info));
  }

  @FieldResolver(() => Sector, { nullable: true })
  sector(@Root() row: StakeholderInput | Row<StakeholderInput>, @Ctx() { loaders }: Context) {
    return loaders.related<Sector>('Sector', row.sector);
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() row: StakeholderInput | Row<StakeholderInput>, @Ctx() { loaders }: Context) {
    return loaders.related<Unit>('Unit', row.unit);
  }

  @FieldResolver(() => Position, { nullable: true })
  position(@Root() row: StakeholderInput | Row<StakeholderInput>, @Ctx() { loaders }: Context) {
    return loaders.related<Position>('Position', row.position);
  }

  @Authorized('ADMIN')
  @Mutation(() => StakeholderInput)
  createStakeholderInput(
    @Arg('input', () => StakeholderInputInput) input: StakeholderInputInput,
    @Ctx() { services }: Context,
  ) {
    return services.stakeholders.create(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => StakeholderInput, {
    description: 'BKPSDM confirms the weight (0..1) with which the input counts.',
  })
  confirmStakeholderInput(
    @Arg('id', () => ID) id: string,
    @Arg('weight', () => Float) weight: number,
    @Ctx() { services }: Context,
  ) {
    return services.stakeholders.confirm(id, weight);
  }
}
